import { defineMessages } from '../define';

/**
 * What PRC law adds to a finding where it likely governs: terms that monopolise technology are void
 * (Civil Code art. 850), and the Supreme People's Court's interpretation on technology-contract
 * disputes, art. 10, says which.
 */
export const reviewPrc = defineMessages(
  {
    'review.rule.missing.personal-information.message': 'Your customers\' personal information goes to them with no terms on how it is kept',
    'review.rule.missing.personal-information.why':
      'The draft has you hand your customers\' or users\' personal information (orders, contact details) to the other side, but says nothing of how they must treat it. Under the Personal Information Protection Law, before you provide it to another handler you must tell those people who receives it, for what purpose and how, and obtain their separate consent (art. 23); the recipient then answers for its own processing. Where the other side processes it on your behalf, you must also agree with it the purpose, manner and security measures and supervise its processing (art. 21). Add terms that they use it only to serve those customers, keep it secure, do not pass it on, tell you at once of any leak, and delete it once it is no longer needed for that purpose, after the time the law requires it to be kept.',
    'review.rule.note.prc-grant-back': 'Under PRC law a term that makes the receiving side hand over its improvements without fair return, or forbids it to improve the technology, can be void as an illegal monopoly of technology (Civil Code art. 850; Supreme People\'s Court interpretation on technology-contract disputes, art. 10).',
    'review.rule.note.prc-derived':
      'Under PRC law this can be void although it reads as mutual: only the side that works on the other\'s information derives anything from it, so in effect that side alone hands over its improvements, without return. Terms that make the exchange of improvements unequal are an illegal monopoly of technology (Civil Code art. 850; Supreme People\'s Court interpretation on technology-contract disputes, art. 10(1)).',
    'review.rule.note.prc-compete-ban':
      'Under PRC law, where this agreement is a technology contract (a transfer, licence or service for technology), a term that forbids one side to develop competing technology, or to obtain similar technology elsewhere, can be void as an illegal monopoly of technology (Civil Code arts. 850 and 864; Supreme People\'s Court interpretation on technology-contract disputes, art. 10).',
    'review.rule.one-sided.compete-ban.obtain.message': 'You may not obtain similar or competing technology from anyone else',
    'review.rule.one-sided.compete-ban.obtain.why':
      'The term ties you to their technology for as long as it runs: you cannot license or buy a better or cheaper alternative, even where theirs fails. Delete it, or at most limit it to using their confidential information in what you obtain elsewhere.',
    'review.rule.one-sided.compete-ban.improve-other.message': 'You may not use the technology to improve any other technology',
    'review.rule.one-sided.compete-ban.improve-other.why':
      'The term forbids you to use the licensed technology, or what it produces, to improve any other technology, your own included: your engineers may not train, tune or test your own products with it. A licence may limit how its technology is used, not bar your own research. Ask that it be struck, or limited to copying the licensed technology itself.',
    'review.rule.one-sided.assignment.grant-back-licence.message': 'Your improvements are licensed to the other side exclusively or free of charge, with nothing back',
    'review.rule.one-sided.assignment.grant-back-licence.why':
      'An exclusive licence of your improvements shuts you out of your own work, and a free one hands the other side what your engineers build on its technology with no return, while its own improvements stay its own. Keep your improvements, and grant at most a non-exclusive licence on terms that run both ways or at a reasonable royalty.',
  },
  {
    'review.rule.missing.personal-information.message': '我方客户的个人信息交给对方，却未约定对方如何保管',
    'review.rule.missing.personal-information.why':
      '本协议要求我方将客户或用户的个人信息（订单、联系方式等）提供给对方，却未约定对方应如何处理。根据《个人信息保护法》，我方向其他个人信息处理者提供个人信息前，应当告知个人接收方的名称、处理目的和处理方式，并取得个人的单独同意（第二十三条）；接收方对其自身的处理活动负责。对方代我方处理这些信息的，我方还须与其约定处理目的、处理方式和保护措施，并对其处理活动进行监督（第二十一条）。应约定对方仅为服务相关客户而使用该信息，采取安全保护措施，不得向他人提供，发生泄露时立即通知我方，并在处理目的实现后（法定保存期限届满后）删除。',
    'review.rule.note.prc-grant-back': '根据中国法律，要求受让方无偿或不对等地提供其改进技术、或限制其改进技术的条款，可能因非法垄断技术而无效（《民法典》第八百五十条；最高人民法院关于审理技术合同纠纷案件适用法律若干问题的解释第十条）。',
    'review.rule.note.prc-derived':
      '根据中国法律，该条款虽然形式上对双方同等适用，仍可能无效：实际上只有使用对方信息开展工作的一方才会产生衍生成果，因此实际上只有该方无偿交出其改进成果。交换改进技术的条件不对等的条款属于非法垄断技术（《民法典》第八百五十条；最高人民法院关于审理技术合同纠纷案件适用法律若干问题的解释第十条第（一）项）。',
    'review.rule.note.prc-compete-ban':
      '根据中国法律，如本协议属于技术合同（技术转让、许可或技术服务等），禁止一方研究开发与之竞争的技术或从其他来源获得类似技术的条款，可能因非法垄断技术而无效（《民法典》第八百五十条、第八百六十四条；最高人民法院关于审理技术合同纠纷案件适用法律若干问题的解释第十条）。',
    'review.rule.one-sided.compete-ban.obtain.message': '我方不得从他方获得类似或竞争性技术',
    'review.rule.one-sided.compete-ban.obtain.why': '该条款在有效期内将我方绑定于对方技术：即使对方技术不能满足需要，我方也不能许可或购买更好、更便宜的替代技术。应删除该条款，至多限于我方不得在从他方获得的技术中使用对方保密信息。',
    'review.rule.one-sided.compete-ban.improve-other.message': '我方不得利用许可技术改进其他任何技术',
    'review.rule.one-sided.compete-ban.improve-other.why': '该条款禁止我方利用许可技术或其输出改进其他任何技术，包括我方自己的技术：我方工程师不能用它训练、调优或测试我方产品。许可可以限定技术的使用方式，但不应限制我方自身的研究开发。应争取删除该条款，或仅限于禁止复制许可技术本身。',
    'review.rule.one-sided.assignment.grant-back-licence.message': '我方改进须独占或无偿许可给对方，对方不给予对等回报',
    'review.rule.one-sided.assignment.grant-back-licence.why': '独占许可使我方无法利用自己的改进成果；无偿许可则使对方无偿取得我方工程师在其技术基础上所作的改进，而对方自己的改进仍归其所有。应争取改进归我方所有，至多以双方对等或支付合理许可费的条件给予对方非独占许可。',
  },
);
