import type { Rule, Sentence } from '../context';
import { finding } from './finding';
import { ourSide, partyBefore } from './side';
import { quote } from './text';

/** Deals in which we try or use the other side's product and send it reports, data and questions. */
const WE_SEND: ReadonlySet<string> = new Set(['sample-testing', 'technology-license']);
// Everything one side sends the other, by a catch-all: "any material, information or other
// communication", "all test reports and other content", "any submissions".
const SENT_THINGS = /\b(?:any|all)\s+(?:[\w-]+\s+){0,2}?(?:materials?|information|communications?|submissions?|content|data|reports?|ideas|comments)\b/i;
// The sending, whose subject says whose things they are: "you transmit or post", "Licensee provides".
const SENDS = /\b(?:transmit|post|provide|submit|send|upload|furnish|communicate|disclose|make\s+available)(?:s|d|ed|ted)?\b/gi;
// Declared free of confidence: "will be considered non-confidential", "no confidentiality obligations".
const NOT_CONFIDENTIAL =
  /\bnon[\s-]?confidential\b|\bno\s+(?:obligations?|duty|duties)\s+(?:of\s+confidentiality|to\s+keep\s+(?:\w+\s+){0,3}?confidential)\b|\bno\s+confidentiality\s+(?:obligations?|duty|duties)\b/i;
// Free to use as it likes: "free to copy, modify … and otherwise use … for any and all commercial or
// non-commercial purposes", "without restriction or compensation".
const FREE_USE =
  /\bfree\s+to\s+(?:use|copy|disclose|exploit|modify|publish|reproduce)\b|\bfor\s+any\s+(?:and\s+all\s+)?(?:[\w-]+\s+(?:or\s+[\w-]+\s+)?)?purposes?\b|\bwithout\s+(?:any\s+)?(?:restriction|limitation|obligation|compensation|payment)\b/i;
// Free use narrowed to the product the comments are about is the balanced position (feedback playbook).
const LIMITED = /\b(?:only|solely|exclusively)\s+(?:to|for|in)\b/i;
/** Feedback and suggestions by name are the feedback rules' to weigh. */
const FEEDBACK = /\b(?:feedback|suggestions?)\b/i;

// The reader a click-through licence or test terms address, right before the verb: "you transmit".
const YOU_BEFORE = /\byou\s+(?:\w+\s+){0,2}$/i;

/**
 * Whether we are the one who sends, read from the party before the sending verb; where the draft
 * places no party, "you" of terms addressed to the one who tries or uses the product is us.
 */
function weSend(ctx: Parameters<Rule>[0], s: Sentence): boolean {
  const us = ourSide(ctx);
  SENDS.lastIndex = 0;
  for (let m = SENDS.exec(s.text); m; m = SENDS.exec(s.text)) {
    const by = partyBefore(ctx, s.text, m.index);
    if (by?.side === us) return true;
    if (!by?.side && YOU_BEFORE.test(s.text.slice(Math.max(0, m.index - 40), m.index))) return true;
  }
  return false;
}

/**
 * Whatever we send them (reports, data, materials, our questions and comments) is declared not
 * confidential, with a free hand to use it: test reports that reveal our designs, our data and our
 * plans become theirs to copy, disclose and license for any purpose. Wider than feedback: everything
 * we provide under the agreement is caught. Read in the declaring sentence and the two after it, in
 * the same paragraph, where drafts spell out the free use.
 */
export const submissionsFree: Rule = (ctx) => {
  if (ourSide(ctx) !== 'B' || !WE_SEND.has(ctx.scenario ?? '')) return [];
  const { sentences } = ctx;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (!SENT_THINGS.test(s.text) || !NOT_CONFIDENTIAL.test(s.text) || FEEDBACK.test(s.text) || !weSend(ctx, s)) continue;
    const after = sentences.slice(i, i + 3).filter((x) => x.paragraph === s.paragraph);
    const free = after.find((x) => FREE_USE.test(x.text) && !LIMITED.test(x.text));
    if (!free) continue;
    const evidence = free === s ? [quote(s)] : [quote(s), quote(free)];
    return [finding(ctx, { rule: 'one-sided.submissions-free', topic: 'feedback', severity: 'high', kind: 'one-sided', fixClause: 'feedback', evidence })];
  }
  return [];
};
