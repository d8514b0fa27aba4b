import { G } from './zh/words';

/**
 * One reading of "this sentence limits liability", shared by the liability topic (liability.ts,
 * zh/liability.ts) and the rules that weigh whose liability a limit protects (rules/liability-words.ts),
 * so a draft can never have a limit for the rules and none for the topic, or the reverse.
 */

// A cap on what a party pays: "aggregate liability … shall not exceed", "liability is limited to the fees",
// and "liability for any and all claims … arising under this Agreement will be limited to".
// "is not limited to" widens; only "shall not exceed" takes a not.
export const CAP_EN =
  /\b(?:aggregate|total|maximum|cumulative|entire)\s+liability\b[^.;]{0,160}?\b(?:exceed|limited\s+to)\b|\bliab(?:ility|le)\b[^.;]{0,160}?\b(?:shall|will|is|are)\s+(?:in\s+no\s+event\s+)?(?:not\s+exceed|exceed|be\s+limited\s+to|limited\s+to|capped)\b/gi;
// The same in Chinese: 赔偿责任总额不超过, 责任以……为限, 责任仅限于……金额, 不承担金额超过……的赔偿, 责任上限 (not 不设上限).
// A penalty for lateness alone (违约金不超过) is no cap on liability (LATENESS).
export const CAP_ZH = new RegExp(
  [
    `(?:责任|赔偿)${G(40)}(?:最高)?不(?:得|应)?超过`,
    `(?:责任|赔偿)${G(40)}以${G(30)}为限`,
    `(?:责任|赔偿)${G(20)}限于${G(30)}(?:金额|价款|费用|价格|总额|款项|使用费|收入)`,
    `不承担(?:金额|数额)?超过${G(40)}赔偿`,
    `(?:赔偿责任|责任)[^不无没。；]{0,20}上限`,
  ].join('|'),
  'g',
);
// A clause that says it limits liability, whatever its body (redacted, or worded in a way not read
// here): "Limitation of Liability", "the limitations and exclusions above", 责任限制.
export const TITLE = /\blimitations?\s+(?:of|on)\s+(?:\w+\s+){0,2}?liability\b|\blimitations\s+and\s+exclusions\b|责任限制|责任限额|赔偿限额/gi;
/** A cap on the penalty for lateness (逾期交货的赔偿总额不超过) is a term of delivery, not of liability. */
export const LATENESS = /逾期|迟延|延迟|延误|滞纳|\blate\b|\bdelay/i;

// An exclusion of liability: "in no event shall the Supplier be liable", "disclaims all liability",
// 在任何情况下……均不承担, 不对……间接损失承担责任. Read as a limit only where it is general or of a kind
// of loss: "shall not be liable for delay caused by force majeure" excuses one event and limits nothing.
export const EXCLUDES_EN =
  /\b(?:in\s+no\s+event|under\s+no\s+circumstances|neither\s+party\s+(?:shall|will|is|has)\s+(?:be\s+|have\s+any\s+)?(?:liable|responsible|liability)|(?:shall|will)\s+not\s+(?:be\s+|have\s+any\s+)?(?:liable|responsible|liability)|(?:is|are)\s+not\s+liable|disclaims?\s+(?:any\s+and\s+)?all\s+liability|no\s+liability)\b/gi;
export const GENERAL_EN = /^(?:in\s+no|under\s+no|disclaim)/i;
// "In no event" limits liability only where liability follows it: "in no event later than 30 days" does not.
const LIABLE_SOON = /^[^.;]{0,80}?\b(?:liab|responsib)/i;
// An exclusion of a kind of claim or loss: "shall not be liable for defective Products", "for any loss".
const KIND_EN = /\bliable\s+(?:to\s+\w+\s+)?for\s+(?:any\s+)?(?:defect\w*|loss(?:es)?|damages?|claims?)\b/i;
export const EXCLUDES_ZH = new RegExp(`不(?:承担|负|对|就|应当?对|应当?就)${G(40)}(?:损失|损害|责任)|(?:在任何情况下|无论如何)${G(30)}不(?:承担|负|就|对)`, 'g');
export const GENERAL_ZH = /^(?:在任何情况下|无论如何)/;
// Remote loss excluded in words the forms above miss: "Neither the Company nor the Consultant shall be
// liable for any consequential loss", "indirect damages are excluded".
const REMOTE = String.raw`(?:indirect|consequential|incidental|special|punitive|exemplary)`;
export const REMOTE_EN = new RegExp(
  String.raw`\bliable\b[^.;:]{0,120}?\b${REMOTE}\b[^.;:]{0,80}?\b(?:damages?|loss(?:es)?)\b|\b${REMOTE}\b[^.;:]{0,80}?\b(?:damages?|loss(?:es)?)\b[^.;:]{0,120}?\b(?:excluded|not\s+(?:be\s+)?liable|no\s+liability)\b`,
  'gi',
);

// Loss one step removed from the breach: consequential, indirect, lost profits; 间接损失, 利润损失.
export const INDIRECT_EN = /\b(?:consequential|indirect)\b|\b(?:lost|loss\s+of)\s+profits?\b/i;
export const INDIRECT_ZH = /间接|结果性|后果性|附带(?:的)?(?:损失|损害)|(?:利润|收益|利益)(?:的)?损失/;

/** Whether an exclusion found at `index` of `text` limits liability: general, of a kind of loss, or of remote loss. */
export function excludesEn(text: string, index: number, match: string): boolean {
  if (GENERAL_EN.test(match)) return LIABLE_SOON.test(text.slice(index + match.length)) || INDIRECT_EN.test(text);
  return INDIRECT_EN.test(text) || KIND_EN.test(text);
}

export function excludesZh(text: string, match: string): boolean {
  return GENERAL_ZH.test(match) || INDIRECT_ZH.test(text);
}

/** Whether the words at `index` of `text` are about lateness, not liability. */
export function aboutLateness(text: string, index: number, length: number): boolean {
  return LATENESS.test(text.slice(Math.max(0, index - 40), index + length));
}

/** Whether an English sentence limits liability: a cap, a title saying so, or an exclusion read as above. */
export function limitsEn(text: string): boolean {
  return (
    some(CAP_EN, text, (i, m) => !aboutLateness(text, i, m.length)) ||
    some(TITLE, text) ||
    some(EXCLUDES_EN, text, (i, m) => !aboutLateness(text, i, m.length) && excludesEn(text, i, m)) ||
    some(REMOTE_EN, text, (i, m) => !aboutLateness(text, i, m.length))
  );
}

/** Whether a Chinese sentence limits liability, in the same way. */
export function limitsZh(text: string): boolean {
  return (
    some(CAP_ZH, text, (i, m) => !aboutLateness(text, i, m.length)) ||
    some(TITLE, text) ||
    some(EXCLUDES_ZH, text, (i, m) => !aboutLateness(text, i, m.length) && excludesZh(text, m))
  );
}

function some(re: RegExp, text: string, keep?: (index: number, match: string) => boolean): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!keep || keep(m.index, m[0])) {
      re.lastIndex = 0;
      return true;
    }
    if (m[0].length === 0) re.lastIndex++;
  }
  return false;
}
