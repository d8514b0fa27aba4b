import type { DocModel } from '../document';
import type { TopicPresence } from '../findings';
import type { MessageKey, MessageParams } from '../i18n';
import type { ScenarioId } from '../scenarios';
import type { TopicId } from '../topics';
import type { Sentence } from './context';
import { chineseTitleScenario } from './zh/scenario';

export interface DetectedScenario {
  scenario: ScenarioId;
  /** Why, as a catalog message: the caller renders it in the user's language. */
  reason: { key: MessageKey; params: MessageParams };
  /** A deal the text speaks for nearly as much: the reading is a guess, and the user is asked. */
  alternative?: ScenarioId;
}

/** Below this share of the best score, the runner-up does not make the reading doubtful. */
const CLOSE = 0.75;

// Title words, most specific deal first: "Exclusive Licence" is a licence, "Evaluation Licence" a test.
const TITLE_RULES: readonly [ScenarioId, RegExp][] = [
  ['sample-testing', /\b(?:samples?|evaluation|material\s+transfer|MTA|testing|test|trial|pilot|proof\s+of\s+concept|design\s+partner|beta)\b/i],
  ['joint-development', /\b(?:joint\s+(?:development|research|venture)|co-?development|collaborat\w*|(?:strategic\s+)?alliance|research\s+and\s+development|R\s?&\s?D|cooperation|co-?operation)\b/i],
  ['technology-license', /\b(?:licen[cs]e|licensing|know-how|technology\s+transfer)\b/i],
  ['exclusive-partnership', /\b(?:distribut\w*|resell\w*|dealer\w*|agency|exclusiv\w*|supply|franchise|partnership|sales\s+representative|marketing|co-?promotion|reseller)\b/i],
  // Access to a service the provider runs is a licence to use it, not services made to order; after
  // the reseller words, so a "SaaS Reseller Agreement" stays a distribution.
  ['technology-license', /\b(?:cloud\s+(?:services?|terms|subscription|platform)|SaaS|software[-\s]as[-\s]a[-\s]service|hosted\s+services?|subscription\s+services?)\b/i],
  ['custom-development', /\b(?:development|services|statement\s+of\s+work|SOW|consulting|outsourcing|engineering|manufacturing|work\s+for\s+hire)\b/i],
  ['pre-deal-disclosure', /\b(?:non-?disclosure|confidentiality|NDA|CDA|secrecy|confidential\s+disclosure)\b/i],
];

// Without a telling title, the words of the text that mark each kind of deal.
const CONTENT_CUES: readonly [ScenarioId, RegExp, TopicId[]][] = [
  ['sample-testing', /\b(?:the\s+)?(?:Samples|Evaluation\s+Materials?|Materials?\s+(?:are|will\s+be)\s+(?:provided|supplied))\b/, ['sample-ownership', 'test-data']],
  ['joint-development', /\b(?:joint\s+development|Development\s+Program|Research\s+Program|Joint\s+Steering\s+Committee|Collaboration)\b/, ['joint-ownership', 'foreground-ip']],
  ['exclusive-partnership', /\b(?:Distributor|Reseller|Dealer|Sales\s+Agent|exclusive\s+distribut\w*)\b/, ['exclusivity', 'territory']],
  ['technology-license', /\b(?:Licensed\s+(?:Patents|Technology|Know-How|Products?)|Licensor|Licensee|royalt(?:y|ies))\b/, ['background-license']],
  ['custom-development', /\b(?:Deliverables|Statement\s+of\s+Work|Work\s+Product|Specifications|Acceptance\s+Tests?)\b/, ['foreground-ip']],
  ['pre-deal-disclosure', /\b(?:Disclosing\s+Party|Receiving\s+Party|Recipient|Discloser)\b/, ['confidentiality']],
];

/** The scenario from the title (document property or opening lines), else from what the text is about. */
export function detectScenario(
  doc: DocModel,
  sentences: readonly Sentence[],
  topics: Record<TopicId, TopicPresence>,
): DetectedScenario | null {
  const title = titleOf(doc);
  if (title) {
    for (const [scenario, pattern] of TITLE_RULES) {
      const m = pattern.exec(title);
      if (m) return { scenario, reason: { key: 'review.scenario.byTitle', params: { title, cue: m[0] } } };
    }
  }
  const zh = chineseTitleScenario(doc);
  if (zh) return { scenario: zh.scenario, reason: { key: 'review.scenario.byTitle', params: { title: zh.title, cue: zh.cue } } };
  type Reading = { scenario: ScenarioId; score: number; cue: string };
  let best: Reading | null = null;
  let second: Reading | null = null;
  for (const [scenario, pattern, marks] of CONTENT_CUES) {
    let hits = 0;
    let cue = '';
    for (const s of sentences) {
      const m = pattern.exec(s.text);
      if (m) {
        hits++;
        cue ||= m[0];
        if (hits >= 20) break;
      }
    }
    const score = hits + marks.filter((t) => topics[t].present).length * 2;
    if (hits === 0) continue;
    if (!best || score > best.score) [second, best] = [best, { scenario, score, cue }];
    else if (!second || score > second.score) second = { scenario, score, cue };
  }
  if (!best || best.score < 3) return null;
  if (second && second.score >= best.score * CLOSE) {
    return { scenario: best.scenario, alternative: second.scenario, reason: { key: 'review.scenario.byContentUnsure', params: { cue: best.cue, otherCue: second.cue } } };
  }
  return { scenario: best.scenario, reason: { key: 'review.scenario.byContent', params: { cue: best.cue } } };
}

/**
 * The title: the document property, else the first short line that names an agreement, else the
 * name the opening gives itself ("CONTENT LICENSE AGREEMENT This…", "This Development Agreement").
 */
export function titleOf(doc: DocModel): string | undefined {
  const property = doc.properties?.title?.trim();
  if (property) return property;
  const opening = doc.paragraphs.slice(0, 8);
  for (const p of opening) {
    const text = p.text.replace(/^#+\s*/, '').replace(/\s+/g, ' ').trim();
    // A title names the document; a sentence (a duty, or eight words or more ending in a full stop)
    // is a term, however short.
    const sentence = DUTY_WORD.test(text) || (/[a-z]\.$/.test(text) && text.split(' ').length >= 8);
    if (text.length > 0 && text.length <= 120 && TITLE_WORD.test(text) && !sentence) return text;
  }
  for (const p of opening.slice(0, 3)) {
    const head = p.text.slice(0, 400);
    const m = CAPITAL_TITLE.exec(head) ?? SELF_NAMED.exec(head);
    if (m) return m[0].replace(/^This\s+/, '').replace(/\s+/g, ' ').trim();
  }
  return undefined;
}

const DUTY_WORD = /\b(?:shall|will|must|may|agrees?)\b/i;
const TITLE_WORD = /\b(?:agreement|contract|licen[cs]e|terms|memorandum|letter|deed|NDA|MTA)\b/i;
// The title ends at its first AGREEMENT: "DISTRIBUTOR AGREEMENT THIS DISTRIBUTOR AGREEMENT (this…" is one title said twice.
const CAPITAL_TITLE = /\b(?:(?!(?:AGREEMENT|CONTRACT|THIS)\b)[A-Z][A-Z&-]{1,40}\s+){1,6}(?:AGREEMENT|CONTRACT)\b/;
const SELF_NAMED = /\bThis\s+(?:[A-Z][\w&-]*\s+){1,6}(?:Agreement|Contract)\b/;
