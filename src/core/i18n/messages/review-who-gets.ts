import { defineMessages } from '../define';

/** review.rule.*: terms that decide who gets what under a licence or a test, read for the side under review. */
export const reviewWhoGets = defineMessages(
  {
    'review.rule.one-sided.commercial-threshold.message': 'Commercial use is covered only below a number of users, devices or revenue',
    'review.rule.one-sided.commercial-threshold.why':
      'Past the stated number of users, devices or revenue, your products need a separate licence that the licensor may refuse, limit or price as it sees fit, and until it grants one you have no right to go on selling. The line is reached just when the product succeeds and your own development is built on the technology, so the licensor holds the price of everything built on it. Have the licence cover the commercial use you plan, with no ceiling, or fix now the fee and terms that apply above the line.',
    'review.rule.one-sided.control-ends-licence.message': 'A change in your control can cost you the licence',
    'review.rule.one-sided.control-ends-licence.why':
      'If your company is sold, merged or gets a new controlling shareholder, the licence ends, or the licensor may end it or must agree before it goes on. The products built on the technology stop with it, the licensor can hold up or price any deal for your company, and a buyer will discount the business for the risk. Let the licence continue through a change of control, with at most notice to the licensor, and let it end only for a breach left uncured.',
    'review.rule.one-sided.export-foreign-staff.message': 'The export clause bars foreign nationals, your own staff included',
    'review.rule.one-sided.export-foreign-staff.why':
      'The clause forbids giving the technology or information to foreign nationals, or treats giving it to them as a deemed export that needs a foreign government licence. For a Chinese company nearly every engineer is a foreign national under those words, so your own team may not lawfully see what you license or pay to have developed, and each look is a breach. Replace the nationality bar with a duty on each side to comply with the export laws that apply, with the sender naming any controlled item and its classification before delivery.',
    'review.rule.one-sided.endless-confidentiality.message': 'You must keep everything they disclose secret for ever',
    'review.rule.one-sided.endless-confidentiality.why':
      'The duty has no end and covers all their information, not only their trade secrets: you must police for ever information that goes out of date or merges into your own know-how, and any later product of yours invites a claim that it used something you were told. Ask for a stated number of years after the deal ends, with trade secrets kept for as long as they remain trade secrets.',
    'review.rule.one-sided.endless-confidentiality.silent.message': 'Your duty of confidence has no stated end',
    'review.rule.one-sided.endless-confidentiality.silent.why':
      'The draft says nothing of how long you must keep their information secret, and names no end of the agreement: the duty is likely to be read as lasting for as long as the information stays confidential, over everything they disclose. This is common and often accepted, but it binds you with no end. Ask for a stated number of years after the deal ends, with trade secrets kept for as long as they remain trade secrets.',
    'review.rule.one-sided.nonprofit-only.message': 'The terms are for non-profit or academic bodies only',
    'review.rule.one-sided.nonprofit-only.why':
      'You are asked to warrant that you are a non-profit or academic body, or the terms bar use by a for-profit company. A company cannot give that warranty truthfully: it is a misrepresentation from signing, and the licence does not reach you as written, so every use of the software, data or material is outside it and the other side may end it or claim for infringement at any time. Delete the warranty and the bar, and take a licence granted to your company for the use you plan, commercial use included where you will need it.',
    'review.rule.one-sided.submissions-free.message': 'Whatever you send them is declared not confidential and free for them to use',
    'review.rule.one-sided.submissions-free.why':
      'Everything you provide under the agreement (test reports, logs and data, drawings, questions about your own product plans) loses protection the moment it is sent, and they may copy, disclose, license and build on it for any purpose, a competitor\'s product included. Your engineers cannot send anything without giving it away. Keep what you send under the confidentiality terms; at most let them use comments on their product only to correct and improve that product, without naming you.',
    'review.rule.one-sided.public-only-exception.message': 'The only exception to confidentiality is public information',
    'review.rule.one-sided.public-only-exception.why':
      'What you already knew, receive lawfully from someone else or develop yourself is bound as if it came from them: your own engineers\' work on similar technology can be claimed as built on their information, and you cannot show otherwise. Add the usual exceptions: information you had before, received from a third party free of any duty of confidence, or developed independently without use of theirs (shown by your records), and disclosure required by law.',
    'review.rule.one-sided.terms-change.message': 'The other side may change the terms alone',
    'review.rule.one-sided.terms-change.why':
      'They may rewrite what you signed by posting new terms on their website, by notice or at their discretion, while you stay bound: the scope of the licence, the price, the liability you carry and the grounds for ending it hold only until they change them, after you have built on them. Require every amendment to be in writing and signed by both parties; at the least, ask for notice well in advance, no change that reduces your rights already granted, and a right to end the agreement without cost if you do not accept it.',
    'review.rule.one-sided.final-interpretation.message': 'The other side reserves the final right to interpret the agreement',
    'review.rule.one-sided.final-interpretation.why':
      'Whatever the words say, they decide what they mean: the scope of your licence, what counts as a breach and when they may end the agreement can all be read their way, and you have agreed in advance to accept it. Under PRC law a standard term that gives one party this right may be challenged (Civil Code arts. 496-498), but only in a dispute, after the harm. Delete the clause: the words then carry their ordinary meaning read in the agreement as a whole, and any dispute over them goes to the forum the agreement names.',
    'review.rule.one-sided.noncommercial-licence.message': 'The licence covers only noncommercial, research or evaluation use',
    'review.rule.one-sided.noncommercial-licence.why':
      'Developing, making and selling your products is commercial use, and so, often, is a company\'s own research towards a product: it falls outside the licence, and using the technology there is infringement and a breach. Nothing you build on it can go into what you sell. Ask for a licence that covers the commercial use you plan (developing, making, selling and supporting your products), or treat this one as an evaluation and negotiate the commercial licence before any product work starts.',
    'review.rule.one-sided.penalty-floor.message': 'You owe a penalty or liquidated sum with a fixed minimum',
    'review.rule.one-sided.penalty-floor.why':
      'The sum is owed in full however small the breach or the harm, and where it is the higher of a fixed amount and a share of revenue, it grows with your sales. Many laws let a court reduce a sum far above the actual loss (PRC Civil Code art. 585, for one), but only once there is a dispute; until then the floor is leverage over you. Delete it and leave the other side its actual damages, or replace it with a reasonable pre-estimate of the loss, with no minimum and under the overall cap on liability.',
    'review.rule.ambiguous.nda-superseded.message': 'The entire-agreement clause may end the confidentiality agreement this draft relies on',
    'review.rule.ambiguous.nda-superseded.why':
      'Confidential information is left to a separate confidentiality agreement, but the entire-agreement clause supersedes all earlier agreements on the same subject. The other side may argue that the confidentiality agreement ended when this one was signed, and this draft has no confidentiality duties of its own: what you disclose would then be protected by nothing. Carve the confidentiality agreement out of the entire-agreement clause and state that it continues to apply to everything disclosed under this agreement.',
    'review.rule.ambiguous.nda-superseded.applied.message': 'The entire-agreement clause does not carve out the confidentiality agreement this draft applies',
    'review.rule.ambiguous.nda-superseded.applied.why':
      'This draft brings the information exchanged under it under a separate confidentiality agreement, while its entire-agreement clause supersedes earlier agreements in general words. Read as a whole, the agreement is unlikely to be held to end the confidentiality agreement it applies, but the other side could still argue it. Carving the confidentiality agreement out of the entire-agreement clause, and stating that it continues to apply, removes the argument.',
    'review.rule.one-sided.results-taken.message': 'The other side takes the results you make or help make',
    'review.rule.one-sided.results-taken.why':
      'The results of the work vest in the other side alone even where your staff conceive them jointly with theirs, or whoever conceives them, and where the draft says so your side must assign its share: your engineers\' work and the know-how they bring become the other side\'s property, and a non-exclusive licence back leaves it free to license them to your competitors. Each side should own what its own staff make and co-own what they make together, or you should at least receive an exclusive licence in your field.',
    'review.rule.one-sided.results-taken-unknown.message': 'All results vest in {party} alone, including what the other party makes',
    'review.rule.one-sided.results-taken-unknown.why':
      'If {party} is not your side, your staff\'s work on the project and the know-how they bring become its property, with at best a licence back. Each side should own what its own staff make and co-own what they make together.',
    'review.rule.one-sided.joint-transfer.message': 'Joint ownership of what you make or contribute passes to the other side',
    'review.rule.one-sided.joint-transfer.why':
      'A co-owner may usually use and license the work without the other\'s consent or a share of the income, so the other side gets everything an owner has, and you lose the sole right to decide who else may use your own code or results; where your staff wrote it in their jobs, your company gives up what it owns. Grant a licence instead (non-exclusive, for the stated purpose), and keep ownership.',
    'review.rule.one-sided.locked-results.declared.message': 'Your own test results are declared the other side\'s confidential information',
    'review.rule.one-sided.locked-results.declared.why':
      'The results your team compiles are treated as the vendor\'s secrets: you may not use them once the test ends, show them to your management\'s other suppliers, a customer or a certification body, or rely on them in a dispute over the product. Keep your test results yours, and protect only the parts that would reveal the vendor\'s confidential information.',
  },
  {
    'review.rule.one-sided.commercial-threshold.message': '商业使用仅在用户数、设备数或收入低于一定标准时才受许可',
    'review.rule.one-sided.commercial-threshold.why':
      '超过约定的用户数、设备数或收入后，我方产品须另行取得许可，而许可方可自行决定是否授权、授权范围及价格；在其授权前我方无权继续销售。该标准往往恰在产品成功、我方自身研发已建立在该技术之上时触及，届时许可方可对我方在其上建立的一切定价。应约定许可覆盖我方计划的商业使用且不设上限，或现在即约定超过标准后适用的费用和条件。',
    'review.rule.one-sided.control-ends-licence.message': '我方控制权变更可能导致我方失去许可',
    'review.rule.one-sided.control-ends-licence.why':
      '我方公司被出售、合并或控股股东变更时，许可即告终止，或许可方有权终止，或须经许可方同意方可继续。基于该技术的产品随之停止，许可方可借此阻挠我方公司的交易或借机要价，收购方也会因此压低对我方业务的估值。应约定许可在控制权变更后继续有效，至多通知许可方，且仅在违约未纠正时方可终止。',
    'review.rule.one-sided.export-foreign-staff.message': '出口管制条款禁止向外国人披露，我方员工亦在其列',
    'review.rule.one-sided.export-foreign-staff.why':
      '该条款禁止向外国国民提供技术或信息，或将向其提供视为须取得外国政府许可的“视同出口”。按此措辞，中国公司的几乎每名工程师都是外国国民，我方自己的团队不能合法接触我方获得许可或付费委托开发的成果，每次接触都构成违约。应以双方各自遵守适用出口管制法律的义务取代按国籍的禁止，并由提供方在交付前告知受控物项及其管制编码。',
    'review.rule.one-sided.endless-confidentiality.message': '我方须对对方披露的全部信息永久保密',
    'review.rule.one-sided.endless-confidentiality.why':
      '该保密义务没有期限，且及于对方全部信息而非仅限于其商业秘密：我方须永久管控已过时或已融入我方自身技术积累的信息，我方日后的任何产品都可能被指称使用了对方告知的信息。应要求保密期限为交易结束后的确定年数，商业秘密在其保持秘密期间一直受保护。',
    'review.rule.one-sided.endless-confidentiality.silent.message': '我方保密义务未约定期限',
    'review.rule.one-sided.endless-confidentiality.silent.why':
      '草案未约定我方对对方信息的保密期限，也未约定协议何时终止：该义务很可能被理解为在信息保持秘密期间一直有效，且及于对方披露的全部信息。此类约定常见且通常可以接受，但使我方承担无期限的义务。应要求保密期限为交易结束后的确定年数，商业秘密在其保持秘密期间一直受保护。',
    'review.rule.one-sided.nonprofit-only.message': '协议条款仅适用于非营利或学术机构',
    'review.rule.one-sided.nonprofit-only.why':
      '协议要求我方保证自身为非营利或学术机构，或禁止营利性公司使用。我方作为公司无法如实作出该保证：自签署之日起即构成不实陈述，且按文本许可并不及于我方，因此我方对软件、数据或材料的任何使用都在许可范围之外，对方可随时终止或主张侵权。应删除该保证和禁止性条款，并取得授予我方公司、覆盖我方计划用途（需要时包括商业用途）的许可。',
    'review.rule.one-sided.submissions-free.message': '我方提供给对方的任何内容均被声明不属于保密信息，且对方可自由使用',
    'review.rule.one-sided.submissions-free.why':
      '我方根据协议提供的一切内容（测试报告、日志和数据、图纸、涉及我方产品规划的问题）一经发送即失去保护，对方可为任何目的复制、披露、许可和在此基础上开发，包括用于竞争产品。我方工程师发送任何内容都等于无偿交出。应约定我方提供的内容仍受保密条款保护；至多允许对方仅为修正和改进其所涉产品而使用针对该产品的意见，且不得表明来自我方。',
    'review.rule.one-sided.public-only-exception.message': '保密义务仅以公开信息为例外',
    'review.rule.one-sided.public-only-exception.why':
      '我方原已掌握、从第三方合法获得或自行开发的信息，都被视同来自对方而受约束：我方工程师在类似技术上的工作可能被主张是基于对方信息完成的，而我方难以证明并非如此。应增加通常的例外：我方原已掌握的信息、从不负保密义务的第三方获得的信息、未使用对方信息而独立开发的信息（以我方记录为证），以及依法要求的披露。',
    'review.rule.one-sided.terms-change.message': '对方可单方变更协议条款',
    'review.rule.one-sided.terms-change.why':
      '对方可通过在其网站发布新条款、发出通知或自行决定的方式改写我方已签署的内容，而我方仍受其约束：许可范围、价格、我方承担的责任及终止事由，在我方已据此投入之后，只在对方变更前有效。应约定任何修改须以书面形式作出并经双方签署；至少应要求提前充分通知、不得减损已授予我方的权利，并在我方不接受变更时有权无偿终止本协议。',
    'review.rule.one-sided.final-interpretation.message': '对方保留对协议的最终解释权',
    'review.rule.one-sided.final-interpretation.why':
      '无论条款文字如何表述，其含义均由对方决定：我方所获许可的范围、何为违约以及对方何时可以终止协议，都可以按对方的理解解释，而我方已事先同意接受。依照中国法律，赋予一方此种权利的格式条款可能受到挑战（《民法典》第四百九十六条至第四百九十八条），但只能在争议发生、损害已经产生之后主张。应删除该条款：条款用语按其通常含义并结合协议全文理解，对其含义的争议依协议约定的争议解决方式处理。',
    'review.rule.one-sided.noncommercial-licence.message': '许可仅限于非商业、研究或评估用途',
    'review.rule.one-sided.noncommercial-licence.why':
      '开发、制造和销售我方产品属于商业用途，公司为开发产品而进行的研究往往也是：这些都在许可范围之外，在此范围内使用该技术既构成侵权，也构成违约。我方在其基础上开发的任何成果都不能用于所销售的产品。应争取覆盖我方计划中商业用途（开发、制造、销售和支持我方产品）的许可，或将本许可仅作为评估之用，并在开展任何产品工作之前谈妥商业许可。',
    'review.rule.one-sided.penalty-floor.message': '我方须支付设有最低金额的违约金',
    'review.rule.one-sided.penalty-floor.why':
      '无论违约多么轻微、损失多么有限，我方均须足额支付该金额；如约定取固定金额与收入比例中的较高者，金额还会随我方销售增长。许多法律允许法院在约定金额过分高于实际损失时予以减少（例如《民法典》第五百八十五条），但须在发生争议之后；在此之前，最低金额始终是对方的筹码。应删除该条款，由对方就实际损失主张赔偿，或改为对损失的合理预估，不设最低金额，并纳入总体责任上限。',
    'review.rule.ambiguous.nda-superseded.message': '完整协议条款可能使本草案所依赖的保密协议失效',
    'review.rule.ambiguous.nda-superseded.why':
      '保密信息交由另行签订的保密协议约束，但完整协议条款取代此前就相关事项达成的所有协议。对方可能主张该保密协议已在签署本协议时被取代，而本草案自身没有任何保密义务：我方披露的信息将得不到任何保护。应将该保密协议排除在完整协议条款之外，并写明其继续适用于根据本协议披露的全部信息。',
    'review.rule.ambiguous.nda-superseded.applied.message': '完整协议条款未将本草案所适用的保密协议排除在外',
    'review.rule.ambiguous.nda-superseded.applied.why':
      '本草案将根据本协议交换的信息纳入另行签订的保密协议，而完整协议条款以概括性措辞取代此前的协议。就协议整体解释，该保密协议被认定为已被取代的可能性不大，但对方仍可能提出此种主张。将该保密协议排除在完整协议条款之外，并写明其继续适用，即可消除这一争议。',
    'review.rule.one-sided.results-taken.message': '我方完成或参与完成的成果归对方所有',
    'review.rule.one-sided.results-taken.why':
      '即使成果由我方人员与对方人员共同构思，或无论由谁构思，项目成果均仅归对方所有，草案有此约定的，我方还须转让我方份额：我方工程师的工作及其带入的专有技术都成为对方财产；回授的非独占许可也不妨碍对方将其许可给我方的竞争对手。应约定各方人员完成的成果归各方所有、共同完成的成果由双方共有，至少应给予我方在我方领域内的独占许可。',
    'review.rule.one-sided.results-taken-unknown.message': '全部成果仅归{party}所有，包括另一方完成的成果',
    'review.rule.one-sided.results-taken-unknown.why':
      '如果{party}不是我方，我方人员在项目中的工作及其带入的专有技术都将成为其财产，我方至多获得回授许可。应约定各方人员完成的成果归各方所有、共同完成的成果由双方共有。',
    'review.rule.one-sided.joint-transfer.message': '我方成果或贡献的共同所有权转让给对方',
    'review.rule.one-sided.joint-transfer.why':
      '共有人通常可以不经另一方同意、也无需分享收益而使用和许可该作品，因此对方取得了所有权人的全部权利，而我方失去了单独决定他人能否使用我方代码或成果的权利；如系我方员工在职务范围内完成，我方公司即放弃了其本应拥有的权利。应改为授予许可（非独占、限于约定目的），保留所有权。',
    'review.rule.one-sided.locked-results.declared.message': '我方自己的测试结果被约定为对方的保密信息',
    'review.rule.one-sided.locked-results.declared.why':
      '我方团队整理的测试结果被当作供应商的秘密：测试结束后我方不得使用，不得向其他供应商、客户或认证机构出示，也难以在就该产品发生争议时援引。应约定测试结果归我方所有，仅对会泄露供应商保密信息的部分予以保护。',
  },
);
