import { defineMessages } from '../define';

/**
 * The one-sided points read in the terms of a trial, a pilot or a hosted service: what the other side
 * may publish, cut off or take from what we give it (src/core/review/rules).
 */
export const reviewServiceTerms = defineMessages(
  {
    'review.rule.one-sided.results-publishable.message': 'Nothing stops them publishing how your product performed in their trial',
    'review.rule.one-sided.results-publishable.why':
      'The other side may try your product, but nothing keeps its benchmark, performance or test results to itself. Results of an unfinished product, published or passed to a competitor, can set the market\'s view of it before launch, and they reveal what it can and cannot yet do. Ask that the results be your Confidential Information and that nothing about the product or its performance be published or shown to third parties without your prior written consent.',
    'review.rule.one-sided.suspension-no-export.message': 'They may cut off your access without notice, and nothing lets you take your data out',
    'review.rule.one-sided.suspension-no-export.why':
      'The other side may suspend your access to the service it runs, with no notice owed, and the draft gives you no way to export or retrieve the data you keep in it. A disputed invoice or a use it alone judges harmful then stops your business and leaves your data in its hands. Ask for written notice at least 10 days before a suspension (except to stop an immediate threat to the service), suspension only of the part affected, and a right to export your data in a usable format during any suspension and for at least 30 days after the agreement ends.',
    'review.rule.one-sided.deliverables-licensed.message': 'They keep the deliverables you pay for, and you get only a licence',
    'review.rule.one-sided.deliverables-licensed.why':
      'The other side keeps ownership of what it makes for you and gives you a licence to it. You cannot stop it selling the same work to your competitors, you cannot enforce or register rights in it yourself, and what you may do with it ends where the licence ends. Ask that the deliverables be assigned to you, on creation or at the latest on payment, with a licence to any of their existing materials built into them; if they must keep them, ask for a perpetual, irrevocable, worldwide licence that you may modify, transfer and sublicense, and that they not license the work made for you to others.',
    'review.rule.ambiguous.deliverables-choice.message': 'Whether you own the deliverables or only get a licence is chosen in a document that is not here',
    'review.rule.ambiguous.deliverables-choice.why':
      'The terms offer two regimes for what the other side makes for you, a licence or an assignment, and leave the choice to a cover page, order or statement of work that is not in this text. Until you see that choice you cannot tell whether you will own what you pay for. Choose assignment to you, on creation or at the latest on payment, with a licence to any of their existing materials built into the deliverables, and check that each statement of work does not switch it back to a licence.',
    'review.rule.ambiguous.law-blank.message': 'The governing law or the courts are left blank: {terms}',
    'review.rule.ambiguous.law-blank.why':
      'A law or a forum still to be filled in chooses nothing. If it is signed blank, which law applies and where a dispute is heard are left to the court that hears it first, and a form sent back for signature may come filled with the other side\'s home. Fill it in before signing: for your side, PRC law or a neutral law, and arbitration at a neutral seat such as Singapore or Hong Kong, or the courts of your home.',
    'review.rule.ambiguous.owner-blank.message': 'Who owns the results is left blank: {terms}',
    'review.rule.ambiguous.owner-blank.why':
      'An owner still to be filled in allocates nothing. If it is signed blank, the law decides who owns the results: under PRC law, for example, the right to patent what is developed on commission belongs to the side that developed it unless the contract says otherwise, and an unallocated technical secret may be used and passed on by both sides, so the side that pays may end up with a right to use only. Fill in the owner before signing, as the position for your side says.',
    'review.rule.ambiguous.cover-values.message': 'Key values of these terms are set on a cover page that is not here: {terms}',
    'review.rule.ambiguous.cover-values.why':
      'These terms use {terms} without saying what they are: the values are filled in on a cover page or order form that this text does not include. Until you see it you cannot tell what the information may be used for, how long the duties last, or which law and courts apply. Review the cover page together with these terms and check each of those fields there.',
    'review.rule.one-sided.feedback-not-confidential.message': 'What you tell them in feedback is declared not to be your confidential information',
    'review.rule.one-sided.feedback-not-confidential.why':
      'Your engineers\' comments on their product often carry your own designs, test methods and plans. Declared not confidential, all of it loses protection as soon as it is given, and they may use or pass it on. Ask that any of your Confidential Information in feedback stay confidential, and that feedback be used only to correct and improve the product it is about.',
  },
  {
    'review.rule.one-sided.results-publishable.message': '对方可公开其试用我方产品的性能结果，协议未加限制',
    'review.rule.one-sided.results-publishable.why':
      '对方可以试用我方产品，但协议未要求其对基准测试、性能或测试结果保密。尚未定型的产品的测试结果一旦公开或提供给竞争对手，可能在产品上市前就左右市场对其评价，并暴露产品目前的能力和不足。应要求该等结果属于我方的保密信息，且未经我方事先书面同意，不得公开或向第三方展示与产品或其性能有关的任何内容。',
    'review.rule.one-sided.suspension-no-export.message': '对方可不经通知暂停我方访问，且我方无法导出数据',
    'review.rule.one-sided.suspension-no-export.why':
      '对方可以暂停我方对其运营的服务的访问，且无需通知，协议也未给予我方导出或取回存放在该服务中的数据的途径。一笔有争议的款项或对方单方认定的有害使用，即可使我方业务停顿，我方数据也留在对方手中。应要求对方在暂停前至少10日书面通知（为制止对服务的紧急威胁除外），仅暂停受影响的部分，并允许我方在暂停期间以及协议终止后至少30日内以可用格式导出我方数据。',
    'review.rule.one-sided.deliverables-licensed.message': '我方付费的交付成果归对方所有，我方仅获得许可',
    'review.rule.one-sided.deliverables-licensed.why':
      '对方保留其为我方完成的成果的所有权，仅向我方授予许可。我方无法阻止对方将同样的成果出售给我方的竞争对手，也无法自行主张或登记相关权利，且我方的使用范围以许可为限。应要求交付成果在完成时（最迟在付款时）转让给我方，并就其中包含的对方既有材料向我方授予许可；如对方必须保留所有权，应要求获得永久、不可撤销、全球范围、可修改、可转让并可分许可的许可，且对方不得将为我方完成的成果许可给他人。',
    'review.rule.ambiguous.deliverables-choice.message': '交付成果归我方所有还是仅许可我方使用，由本文件以外的文件选择',
    'review.rule.ambiguous.deliverables-choice.why':
      '本条款为对方为我方完成的成果设置了许可和转让两种安排，并将选择交由本文件以外的封面页、订单或工作说明书确定。在看到该选择之前，我方无法判断是否拥有自己付费取得的成果。应选择转让给我方（在完成时，最迟在付款时），并就交付成果中包含的对方既有材料向我方授予许可，同时核对每份工作说明书未将其改回许可。',
    'review.rule.ambiguous.law-blank.message': '适用法律或管辖法院尚为空白：{terms}',
    'review.rule.ambiguous.law-blank.why':
      '尚未填写的适用法律或争议解决地等于没有选择。如果空白签署，适用哪国法律、在何处解决争议将由最先受理的法院决定，对方退回签署的文本也可能已填入其所在地。应在签署前填写：对我方而言，选择中国法律或中立法律，并约定在新加坡或香港等中立地仲裁，或由我方所在地法院管辖。',
    'review.rule.ambiguous.owner-blank.message': '成果归属尚为空白：{terms}',
    'review.rule.ambiguous.owner-blank.why':
      '尚未填写的权利人等于没有约定归属。如果空白签署，成果归属由法律决定：例如依照中国法律，委托开发完成的发明创造，除另有约定外申请专利的权利属于研究开发人，未约定归属的技术秘密双方均可使用和转让，付费的一方可能只取得使用权。应在签署前按我方立场填写权利人。',
    'review.rule.ambiguous.cover-values.message': '本条款的关键内容在本文件以外的封面页上约定：{terms}',
    'review.rule.ambiguous.cover-values.why':
      '本条款使用了{terms}，但未说明其内容：这些内容在本文件未包含的封面页或订单中填写。在看到封面页之前，我方无法判断信息可用于何种目的、各项义务持续多久，以及适用哪国法律和由哪个法院管辖。应将封面页与本条款一并审阅，并逐项核对上述内容。',
    'review.rule.one-sided.feedback-not-confidential.message': '我方反馈被声明不属于我方保密信息',
    'review.rule.one-sided.feedback-not-confidential.why':
      '我方工程师对对方产品的意见往往包含我方自己的设计、测试方法和计划。一经声明不属于保密信息，这些内容在提出时即失去保护，对方可以使用或向他人提供。应要求反馈中包含的我方保密信息仍予保密，且反馈仅用于修正和改进其所涉及的产品。',
  },
);
