/**
 * Topics of the agreement around the IP terms: the commercial core, risk allocation, compliance,
 * force majeure, termination and general provisions. Every agreement has them, so no playbook
 * lists them and review does not score them; a clause on one of these topics is built whenever one
 * of its variants fits the deal. Liability is also a review topic (topics.ts), only to file the
 * findings on caps and indemnities under it.
 */
export const FRAME_TOPIC_IDS = [
  'commercial-terms',
  'warranties',
  'liability',
  'dangerous-goods',
  'product-compliance',
  'technology-export',
  'russia-reexport',
  'anti-bribery',
  'data-protection',
  'force-majeure',
  'termination',
  'general-provisions',
] as const;

export type FrameTopicId = (typeof FRAME_TOPIC_IDS)[number];

export function isFrameTopic(value: string): value is FrameTopicId {
  return (FRAME_TOPIC_IDS as readonly string[]).includes(value);
}
