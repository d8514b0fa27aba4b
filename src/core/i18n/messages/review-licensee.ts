import { defineMessages } from '../define';

/**
 * review.rule.*: what a licensee of a component or a vendor's software gives up
 * beyond the licence (audits at will, no right to ship the component in our product, nothing keeping shipped copies licensed when the licence ends, our own changes defined into the licensor's software).
 */
export const reviewLicensee = defineMessages(
  {
    'review.rule.one-sided.audit-terms.message': 'The other side may audit you without the usual limits',
    'review.rule.one-sided.audit-terms.why':
      'The clause lets the other side audit or inspect your records, premises or compliance without notice or at any time, at your cost, or as often as it likes. Each audit takes your staff\'s time, opens your plants and books to the other side far beyond what the licence concerns, and may be used to press you in a dispute. Ask for at least 30 days\' written notice stating the scope, no more than one audit in 12 months, an independent accountant bound to confidentiality who reports only whether you comply and any shortfall, and the cost on the auditor unless the audit finds an underpayment of more than a stated percentage.',
    'review.rule.one-sided.no-distribution-right.message': 'Nothing lets you ship the component inside your product',
    'review.rule.one-sided.no-distribution-right.why':
      'You license the software to build it into your product, but the grant covers only use or development and a clause bars giving the software to any third party. Every product you sell with the component inside passes a copy to a customer, which is a breach: the licensor can stop your sales or charge for the right once your product depends on it. Ask for an express right to copy the software in object code, build it into your products and distribute it with them, through your affiliates and sales channel, with copies already shipped staying licensed.',
    'review.rule.one-sided.shipped-copies.message': 'Copies already with your customers are not kept licensed when the licence ends',
    'review.rule.one-sided.shipped-copies.why':
      'You build the licensed software into products you sell, and the licence can end (at will, for a breach, or at the end of its term), but nothing says that the copies already with your customers stay licensed or that you may sell the finished products you hold. The day it ends, every unit in the field runs software nobody licenses and your stock cannot be shipped: the licensor gains a lever over your whole installed base. Ask that end-user licences granted before the ending continue, that you may sell the products in stock, in production or on firm order for a stated number of days, and that you keep the copies needed to support what you have shipped.',
    'review.rule.one-sided.modifications-owned.message': 'Your own changes to the licensed software belong to the licensor',
    'review.rule.one-sided.modifications-owned.why':
      'The licensed software is defined to take in any modification or derivation of it, whoever makes it, and the licensor owns all rights in that software. The interface code, drivers and adaptations your engineers write on the vendor\'s software or API then vest in the vendor, which may use or license them, while you may need its consent to go on using your own work. Ask that the licensed software mean only what the licensor supplies, and that you own the modifications, derivations and applications you make, subject only to the licensor\'s rights in its own code.',
  },
  {
    'review.rule.one-sided.modifications-owned.message': '我方对许可软件所作的修改归许可方所有',
    'review.rule.one-sided.modifications-owned.why':
      '协议将许可软件定义为包括对其作出的任何修改或衍生，不论由谁作出，并约定许可方拥有该软件的全部权利。这样，我方工程师基于对方软件或接口编写的接口代码、驱动程序和适配程序都归对方所有，对方可以使用或许可他人使用，而我方继续使用自己的成果反而可能需要对方同意。应要求：许可软件仅指许可方提供的内容；我方作出的修改、衍生作品和应用程序归我方所有，仅受许可方对其自有代码所享有权利的限制。',
    'review.rule.one-sided.shipped-copies.message': '许可终止后，已在客户手中的副本不再有许可',
    'review.rule.one-sided.shipped-copies.why':
      '我方将许可软件嵌入所售产品，而许可可能终止（任意终止、因违约终止或期满终止），但协议没有约定已在客户手中的副本继续有效，也没有允许我方销售所持成品。许可终止之日，市场上的每台设备都在运行无人许可的软件，我方库存也无法出货：许可方由此取得牵制我方全部已售产品的筹码。应要求：终止前授予最终用户的许可继续有效；我方可在约定天数内销售库存、在产或已有确定订单的产品；并保留支持已售产品所需的副本。',
    'review.rule.one-sided.audit-terms.message': '对方可以不受通常限制地审计我方',
    'review.rule.one-sided.audit-terms.why':
      '该条款允许对方在不通知我方或随时的情况下，审计或检查我方的记录、场所或履约情况，费用由我方承担，或者不限次数。每次审计都占用我方人员的时间，使对方得以查看远超许可范围的我方工厂和账簿，并可能在争议中被用来向我方施压。应要求：至少提前30日书面通知并列明审计范围，每12个月至多审计一次，由负有保密义务、仅报告我方是否合规及少付金额的独立会计师进行，审计费用由审计方承担，但审计发现少付超过约定比例的除外。',
    'review.rule.one-sided.no-distribution-right.message': '没有任何条款允许我方随产品分发该组件',
    'review.rule.one-sided.no-distribution-right.why':
      '我方获得该软件许可是为了将其嵌入我方产品，但许可仅限于使用或开发，且有条款禁止向任何第三方提供该软件。我方每售出一件内含该组件的产品，都是向客户提供一份副本，构成违约：许可方可以叫停我方销售，或在我方产品依赖该组件后为此要价。应要求明确授予我方复制该软件目标代码、将其嵌入我方产品并随产品分发的权利，可通过我方关联方和销售渠道进行，且已分发的副本继续有效。',
  },
);
