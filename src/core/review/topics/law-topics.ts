import type { TopicId } from '../../topics';
import type { TopicDetector } from './detector';
import { LAW_DETECTORS } from './law';
import { ZH_LAW } from './zh/law';
import { zhDetector } from './zh/words';
import { hasCjk } from '../zh/cjk';

/** The topics of law, whose detectors all live in law.ts and zh/law.ts. */
export type LawTopic = 'governing-law' | 'dispute-resolution';

const WITH_CHINESE: readonly TopicDetector[] = [...LAW_DETECTORS, ...ZH_LAW.map(zhDetector)];

/**
 * Whether one sentence, read alone, deals with a topic of law, as detectTopics would find it: from
 * the law detectors only, so a caller that asks just this (a fix placed on the page) does not load
 * every topic's patterns.
 */
export function dealsWithLaw(text: string, topic: LawTopic): boolean {
  const view = { text, heading: '' };
  const detectors = hasCjk(text) ? WITH_CHINESE : LAW_DETECTORS;
  return detectors.some((d) => d.id === (topic as TopicId) && d.cue.test(text) && d.deals(view));
}
