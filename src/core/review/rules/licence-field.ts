import type { Evidence } from '../../findings';
import type { Rule } from '../context';
import { finding } from './finding';
import { hits, quote } from './text';

// A licence cut down to what was done before a date: "limited to use of a similar type, scope and
// extent as used in the Business prior to the Distribution Date", "limited to the business of the
// Divested Entity as of the date of divestment".
const LIMITED = /\b(?:limited|restricted|confined)\s+to\b|\b(?:solely|only)\s+(?:for|in|to)\b/gi;
const PAST_USE = /\b(?:prior\s+to|before|as\s+of|existing\s+on|on\s+or\s+before)\s+(?:the\s+)?(?:date\b|[A-Z])/;
// …and stretched by a measure no one can check: "and the natural growth and development thereof".
const GROWTH = /\bnatural\s+(?:growth|development|evolution|extension|expansion|outgrowth)s?\b/i;
const LICENCE = /\blicen[cs]e/i;

/** How far after "limited to" the measure of the licence is read. */
const REACH = 300;

/**
 * A licence whose field is how the business used the technology before a date, "and the natural
 * growth thereof": no list of products or applications says what a later product may do, so each
 * new one is argued. Either side can lose that argument, so it is raised for both.
 */
export const licenceField: Rule = (ctx) => {
  const evidence: Evidence[] = [];
  const seen = new Set<number>();
  for (const h of hits(ctx, LIMITED, (x) => LICENCE.test(x.sentence.text.slice(Math.max(0, x.index - REACH), x.index)))) {
    const after = h.sentence.text.slice(h.index, h.index + REACH);
    if (!PAST_USE.test(after) || !GROWTH.test(after)) continue;
    const i = ctx.sentences.indexOf(h.sentence);
    if (seen.has(i)) continue;
    seen.add(i);
    const growth = GROWTH.exec(after)!;
    evidence.push(quote(h.sentence, h.index, h.index + growth.index + growth[0].length));
  }
  if (evidence.length === 0) return [];
  return [finding(ctx, { rule: 'ambiguous.licence-field', topic: 'background-license', severity: 'medium', kind: 'ambiguous', evidence: evidence.slice(0, 8) })];
};
