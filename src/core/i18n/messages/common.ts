import { defineMessages } from '../define';

export const common = defineMessages(
  {
    'app.name': 'Clausewright',
    'app.tagline': 'IP and cooperation terms for cross-border technology deals',
  },
  {
    'app.name': 'Clausewright',
    'app.tagline': '跨境技术合作中的知识产权与合作条款',
  },
);
