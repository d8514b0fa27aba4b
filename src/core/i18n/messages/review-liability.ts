import { defineMessages } from '../define';

/** review.rule.*: what the draft leaves our side to pay, and whose liability it limits (src/core/review/rules/liability-words.ts). */
export const reviewLiability = defineMessages(
  {
    'review.rule.one-sided.no-liability-cap.message': 'Nothing limits what you pay under the agreement',
    'review.rule.one-sided.no-liability-cap.why':
      'You build, license or supply, and the draft makes you pay for breach (penalties, damages, refunds or indemnities) but caps and excludes no liability at all: a defect, a delay or a claim against what you delivered can cost more than the whole deal is worth, including the customer\'s lost profits. Add a limitation of liability that excludes indirect loss and lost profits and caps each side\'s total liability at the fees paid, keeping uncapped only what the law does not allow to be limited.',
    'review.rule.one-sided.all-liability.message': 'You bear all liability and all the other side\'s loss, with no cap',
    'review.rule.one-sided.all-liability.why':
      'The draft puts every loss on you in so many words ("all liability", "all losses"), and nothing in it caps or excludes what you pay: a third party\'s claim or a dispute over what you supplied is yours to pay in full, lost profits included, with no say in how the claim is defended or settled. Limit it to the loss a court or arbitrator finds your breach caused, exclude indirect loss, cap it at a stated amount, and ask for prompt notice of any claim and control of its defence.',
    'review.rule.one-sided.one-way-exclusion.message': 'Only the other side is excused from indirect loss and lost profits',
    'review.rule.one-sided.one-way-exclusion.why':
      'The draft excludes the other side\'s liability for indirect or consequential loss and lost profits, but not yours: what their breach mostly costs you (lost sales, downtime, lost business) cannot be recovered, while what yours costs them can. Make the exclusion mutual, with the same exceptions for both sides.',
  },
  {
    'review.rule.one-sided.no-liability-cap.message': '本协议未对我方的赔偿责任设任何限制',
    'review.rule.one-sided.no-liability-cap.why':
      '我方是开发方、许可方或供货方，本协议要求我方承担违约金、损害赔偿、退款或补偿责任，却没有任何责任限额或责任排除条款：一项缺陷、一次延误或一起针对我方交付成果的索赔，都可能使我方的赔偿超过整个交易的价值，甚至包括对方的利润损失。应增加责任限制条款，排除间接损失和利润损失，并将各方的赔偿责任总额限于已支付的费用，仅保留法律不允许限制的责任不设上限。',
    'review.rule.one-sided.all-liability.message': '我方须承担全部责任及对方的全部损失，且无上限',
    'review.rule.one-sided.all-liability.why':
      '本协议明确由我方承担“全部责任”或“全部损失”，且没有任何条款限制或排除我方的赔偿：第三方索赔或与我方所供产品有关的纠纷均须由我方全额承担，包括利润损失，而我方对索赔的抗辩与和解没有任何发言权。应将我方责任限于经法院或仲裁庭认定由我方违约造成的损失，排除间接损失，设定赔偿上限，并约定对方应及时通知索赔且由我方主导抗辩。',
    'review.rule.one-sided.one-way-exclusion.message': '仅对方无须承担间接损失和利润损失',
    'review.rule.one-sided.one-way-exclusion.why':
      '本协议排除了对方对间接损失、后果性损失和利润损失的责任，却未排除我方的同类责任：对方违约给我方造成的主要损失（销售损失、停工、业务损失）无法获得赔偿，而我方违约给对方造成的同类损失仍须赔偿。应将该排除条款改为双方对等，并对双方适用相同的例外。',
  },
);
