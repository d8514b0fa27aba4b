import { defineMessages } from '../define';

/** Findings that only a Chinese draft raises, where the English message would name an English word. */
export const reviewZh = defineMessages(
  {
    'review.rule.ambiguous.territory-undefined-zh.message': 'The territory ("{term}") is used but never defined',
    'review.rule.ambiguous.territory-undefined-zh.why':
      'The rights tied to "{term}" have no stated geographic limit, so each side may read them to cover different countries or regions.',
    'review.rule.one-sided.open-acceptance.message': 'You are paid only after an acceptance with no test or period',
    'review.rule.one-sided.open-acceptance.why':
      'What you are paid, or its balance, waits on the customer\'s acceptance, but nothing says how the work is tested, by when the customer must accept, or that silence counts as acceptance: the customer can hold back the money by never accepting, and a claim for it turns on proving the work conforms. Add a period after delivery for the acceptance test against stated criteria, with acceptance deemed if the customer raises no written defect within it or puts the work to use.',
  },
  {
    'review.rule.ambiguous.territory-undefined-zh.message': '使用了“{term}”，但未定义其地理范围',
    'review.rule.ambiguous.territory-undefined-zh.why': '与“{term}”挂钩的权利没有明确的地理范围，双方可能各自理解为不同的国家或地区。',
    'review.rule.one-sided.open-acceptance.message': '我方的款项以验收为前提，但验收既无标准也无期限',
    'review.rule.one-sided.open-acceptance.why':
      '我方应得的款项（或尾款）须待对方验收后支付，但合同既未约定验收标准和方法，也未约定对方应在多长时间内完成验收或逾期不验收视为验收合格：对方可以迟迟不验收而拒付款项，我方要追讨则须证明交付成果符合要求。应约定交付后进行验收测试的期限和验收标准，并约定对方在该期限内未书面提出缺陷或已实际使用的，视为验收合格。',
  },
);
