/** Topic ids: a stable interface shared by the library, playbooks, findings and the CLI (DESIGN.md). */
export const TOPIC_IDS = [
  'confidentiality',
  'purpose-limitation',
  'no-reverse-engineering',
  'sample-ownership',
  'background-ip',
  'background-license',
  'foreground-ip',
  'joint-ownership',
  'improvements',
  'results-use',
  'feedback',
  'test-data',
  'exclusivity',
  'territory',
  'no-implied-license',
  'residuals',
  'return-or-destroy',
  'continuing-rights',
  'survival',
  'patent-prosecution',
  'publication',
  'governing-law',
  'dispute-resolution',
  'export-control',
  // Review only files findings under it: no playbook takes a position on it (it is also a frame topic, frame-topics.ts).
  'liability',
] as const;

export type TopicId = (typeof TOPIC_IDS)[number];

export function isTopicId(value: string): value is TopicId {
  return (TOPIC_IDS as readonly string[]).includes(value);
}
