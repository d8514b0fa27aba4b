import type { TopicDetector } from '../detector';
import { G, zh } from './words';

/** A limitation of liability or an indemnity, in Chinese: 赔偿责任以……为限, 不承担间接损失, 赔偿并使其免受损害. */
export const ZH_LIABILITY: TopicDetector[] = [
  {
    id: 'liability',
    cue: /责任|赔偿|损失|免受/,
    deals: ({ text }) => LIMIT.test(text) || INDEMNITY.test(text),
  },
];

const LIMIT = zh(
  `责任限制|(?:赔偿责任|责任)${G(30)}(?:不超过|不得超过|以${G(30)}为限|上限)|(?:累计|全部|最高)赔偿(?:责任|总额|金额)|不(?:承担|负责|负)${G(20)}(?:间接|附带|特殊|惩罚性|后果性)${G(10)}损失|(?:间接|附带|特殊|惩罚性|后果性)${G(10)}损失${G(20)}(?:不承担|不负责|免责|除外)`,
);
const INDEMNITY = zh(`(?:赔偿|补偿)${G(30)}使${G(20)}免受${G(20)}(?:损害|损失|索赔)|使${G(20)}免受${G(30)}(?:索赔|追索)`);
