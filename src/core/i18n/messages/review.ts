import { defineMessages } from '../define';

export const review = defineMessages(
  {
    'review.scenario.name.sample-testing': 'sample testing',
    'review.scenario.name.joint-development': 'joint development',
    'review.scenario.name.exclusive-partnership': 'exclusive partnership',
    'review.scenario.name.technology-license': 'technology licence',
    'review.scenario.name.custom-development': 'custom development',
    'review.scenario.name.pre-deal-disclosure': 'pre-deal disclosure',
    'review.scenario.byTitle': 'Read as {scenario} because the title "{title}" says "{cue}".',
    'review.scenario.byContent': 'Read as {scenario} because the title does not name the deal and the text speaks of "{cue}".',
    'review.scenario.none': 'The kind of deal could not be told from the title or the text; choose a scenario to check for missing terms.',
  },
  {
    'review.scenario.name.sample-testing': '样品测试',
    'review.scenario.name.joint-development': '联合开发',
    'review.scenario.name.exclusive-partnership': '独家合作',
    'review.scenario.name.technology-license': '技术许可',
    'review.scenario.name.custom-development': '委托开发',
    'review.scenario.name.pre-deal-disclosure': '交易前信息披露',
    'review.scenario.byTitle': '按“{scenario}”审阅：标题“{title}”中写有“{cue}”。',
    'review.scenario.byContent': '按“{scenario}”审阅：标题未说明交易类型，正文提到“{cue}”。',
    'review.scenario.none': '无法从标题或正文判断交易类型；请选择场景，以便检查缺失条款。',
  },
);
