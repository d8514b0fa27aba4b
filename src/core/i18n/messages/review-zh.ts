import { defineMessages } from '../define';

/** Findings that only a Chinese draft raises, where the English message would name an English word. */
export const reviewZh = defineMessages(
  {
    'review.rule.ambiguous.territory-undefined-zh.message': 'The territory ("{term}") is used but never defined',
    'review.rule.ambiguous.territory-undefined-zh.why':
      'The rights tied to "{term}" have no stated geographic limit, so each side may read them to cover different countries or regions.',
  },
  {
    'review.rule.ambiguous.territory-undefined-zh.message': '使用了“{term}”，但未定义其地理范围',
    'review.rule.ambiguous.territory-undefined-zh.why': '与“{term}”挂钩的权利没有明确的地理范围，双方可能各自理解为不同的国家或地区。',
  },
);
