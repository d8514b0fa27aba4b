import type { Evidence, TopicPresence } from '../../findings';
import { TOPIC_IDS, type TopicId } from '../../topics';
import type { Sentence } from '../context';
import type { TopicDetector } from './detector';
import { builtCueIndex } from './built-cue-index';
import { cueIndex, cueWords, type CueIndex } from './cue-words';
import { DEAL_DETECTORS } from './deal';
import { DISCLOSURE_DETECTORS } from './disclosure';
import { LAW_DETECTORS } from './law';
import { LIABILITY_DETECTORS } from './liability';
import { OWNERSHIP_DETECTORS } from './ownership';
import { ZH_DETECTORS } from './zh';
import { chineseSentences } from '../zh/cjk';

export const DETECTORS: readonly TopicDetector[] = [
  ...DISCLOSURE_DETECTORS,
  ...OWNERSHIP_DETECTORS,
  ...DEAL_DETECTORS,
  ...LAW_DETECTORS,
  ...LIABILITY_DETECTORS,
];

/** For a sentence with Chinese in it: a bilingual paragraph may hold both languages. */
const WITH_CHINESE: readonly TopicDetector[] = [...DETECTORS, ...ZH_DETECTORS];
const BUILT = builtCueIndex();
// The build's index is of these same detectors; one of another length would be of others.
const WORDS = cueWords(BUILT && BUILT.needs.length === WITH_CHINESE.length ? BUILT : topicCueIndex());

/** The index of every detector's cue words, as the command line's build carries it. */
export function topicCueIndex(): CueIndex {
  return cueIndex(WITH_CHINESE);
}

/** Evidence kept per topic: enough to show where, not every mention. */
const MAX_EVIDENCE = 5;

/** Every topic id, present when some sentence deals with it, with those sentences as evidence. */
export function detectTopics(sentences: readonly Sentence[]): Record<TopicId, TopicPresence> {
  const evidence = new Map<TopicId, Evidence[]>(TOPIC_IDS.map((id) => [id, []]));
  const chinese = chineseSentences(sentences);
  const leads = listLeads(sentences);
  // Each detector's evidence list, looked up once rather than per sentence.
  const found = WITH_CHINESE.map((d) => evidence.get(d.id)!);
  // Indexes, not for-of: a review's code runs unoptimised, where each step of an iterator is an object.
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const text = s.text;
    const lead = leads.get(i);
    const view = lead === undefined ? { text, heading: s.heading ?? '' } : { text, heading: s.heading ?? '', lead };
    const detectors = chinese.has(s) ? WITH_CHINESE : DETECTORS;
    // DETECTORS begins WITH_CHINESE, so detector k is the same in both.
    WORDS.scan(text.toLowerCase());
    // The scan's flag per detector read in place (cue-words.ts's mayMatch): a call per detector and sentence costs more.
    const may = WORDS.present;
    for (let k = 0; k < detectors.length; k++) {
      const d = detectors[k]!;
      if (found[k]!.length >= MAX_EVIDENCE || may[k] !== 1 || !d.cue.test(text) || !d.deals(view)) continue;
      found[k]!.push({ paragraph: s.paragraph, start: s.start, end: s.end, text: s.text });
    }
  }
  const out = {} as Record<TopicId, TopicPresence>;
  for (const id of TOPIC_IDS) {
    const ev = evidence.get(id)!;
    out[id] = { id, present: ev.length > 0, evidence: ev };
  }
  return out;
}

const WORDY = /[A-Za-z\u3400-\u9fff]/;
const MARKUP = /<[^<>]*>/g;

// An item of a list: "a.", "(b)", "(iv)", "2)" at the start of its paragraph.
const ITEM = /^\s*(?:\(?(?:[a-z]{1,2}|[ivx]{1,5}|\d{1,2})\)|(?:[a-z]|[ivx]{1,5})\.)\s/i;

/**
 * The lead-in each list item reads on from: a sentence ending in a colon, for the items in the
 * paragraphs after it, until a paragraph that is no item. "Neither this agreement nor any disclosure
 * in any way:" / "a. grants any licence" says its item's meaning only with its lead-in.
 */
function listLeads(sentences: readonly Sentence[]): Map<number, string> {
  const leads = new Map<number, string>();
  let lead: { text: string; paragraph: number } | undefined;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    // Markup with no words between the lead-in and its items (Pandoc's "<!-- -->") leaves them together.
    // Nearly no sentence holds any: strip it only from those with a '<'.
    if (!WORDY.test(s.text.includes('<') ? s.text.replace(MARKUP, '') : s.text)) continue;
    if (lead && s.paragraph !== lead.paragraph) {
      if (ITEM.test(s.text) || (sentences[i - 1]?.paragraph === s.paragraph && leads.has(i - 1))) leads.set(i, lead.text);
      else lead = undefined;
    }
    if (endsInColon(s.text)) lead = { text: s.text, paragraph: s.paragraph };
  }
  return leads;
}

/** Ends in a colon, white space after it aside: trimEnd drops what \s matches, without a pattern tried at every colon. */
function endsInColon(text: string): boolean {
  const last = text.trimEnd().slice(-1);
  return last === ':' || last === '：';
}
