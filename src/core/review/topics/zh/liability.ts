import type { TopicDetector } from '../detector';
import { limitsZh } from '../limit-reading';
import { G, zh } from './words';

/** A limitation of liability or an indemnity, in Chinese: 赔偿责任以……为限, 不承担间接损失, 赔偿并使其免受损害. */
export const ZH_LIABILITY: TopicDetector[] = [
  {
    id: 'liability',
    cue: /责任|赔偿|损失|免受|限额/,
    deals: ({ text }) => limitsZh(text) || INDEMNITY.test(text),
  },
];

const INDEMNITY = zh(`(?:赔偿|补偿)${G(30)}使${G(20)}免受${G(20)}(?:损害|损失|索赔)|使${G(20)}免受${G(30)}(?:索赔|追索)`);
