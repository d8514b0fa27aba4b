// Whether a draft shares something that can be taken apart: a sample or prototype handed over, or a
// definition of what is protected that is about such things. A reverse-engineering ban protects only
// what can be analysed; where documents and talks are shared, the use limit already covers analysis.
import type { Sentence } from '../context';
import { ZH_SAMPLES } from '../zh/home';

// "Sample" before a form's name is the form's status ("Sample Non-Disclosure Agreement"), not a thing handed over.
const SAMPLE_WORD = String.raw`(?:samples?(?!\s+(?:non-?disclosure|confidentiality|agreements?|forms?|contracts?|letters?|clauses?|templates?)\b)|prototypes?|specimens?|evaluation\s+units?)`;
const HAND_OVER = String.raw`(?:deliver|suppl|ship|provid|furnish|loan|lend|lent|send|sent|disclos|transfer)\w*`;
/** Samples and prototypes handed over or disclosed: things whose ownership the holder may later claim. */
export const SAMPLES = new RegExp(String.raw`\b${SAMPLE_WORD}\b[^.;]{0,80}\b${HAND_OVER}\b|\b${HAND_OVER}\b[^.;]{0,160}\b${SAMPLE_WORD}\b`, 'i');

// The sentence that says what information is protected.
const PROTECTED_INFO = /\b(?:confidential|proprietary)\s+information\b[^.;]{0,60}?\b(?:means?|includ\w*|comprises?|consists?)\b|["“'(]\s*(?:confidential|proprietary)\s+information\s*["”')]|保密信息|商业秘密/i;
// Physical things, named anywhere in that definition, are handed over to be looked at.
const PHYSICAL = /\b(?:samples?|prototypes?|specimens?|apparatus|compounds?|chips?|evaluation\s+(?:boards?|kits?|units?))\b|样品|样机|原型|芯片/gi;
// Software and devices may be mere kinds of information: they count only near the head of the list.
const MAYBE_ANALYSABLE = /\b(?:devices?|hardware|equipment|components?|software|firmware|(?:source|object|machine[\s-]readable)\s+code|computer\s+programs?|circuits?)\b|设备|器件|软件|源代码/gi;
/**
 * How many list items may come before software or a device for the definition to be about it. A form's
 * catch-all list of twenty kinds of business and technical information that names software near the end
 * hands nothing over; a definition that leads with "firmware, source code and schematics" or "each
 * device lent" does.
 */
const HEAD_ITEMS = 6;

/** Whether a sentence defines the protected information as including something that can be taken apart. */
function definesAnalysable(text: string): boolean {
  const def = PROTECTED_INFO.exec(text);
  if (!def) return false;
  const rest = text.slice(def.index);
  if (rest.match(PHYSICAL)) return true;
  for (const m of rest.matchAll(MAYBE_ANALYSABLE)) if (listItemsBefore(rest.slice(0, m.index)) <= HEAD_ITEMS) return true;
  return false;
}

function listItemsBefore(text: string): number {
  let n = 0;
  for (const ch of text) if (ch === ',' || ch === ';' || ch === '，' || ch === '、') n++;
  return n;
}

export function sharesAnalysable(sentences: readonly Sentence[]): boolean {
  return sentences.some((s) => SAMPLES.test(s.text) || ZH_SAMPLES.test(s.text) || definesAnalysable(s.text));
}
