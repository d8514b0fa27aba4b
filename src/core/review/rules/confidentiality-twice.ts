import type { Evidence } from '../../findings';
import type { Rule, Sentence } from '../context';
import { finding } from './finding';
import { quote } from './text';

/** The standard of care for the other side's information: "the same degree of care it uses to protect its own". */
const CARE = /\b(?:same|similar|level|degree|standard)\s+(?:of\s+)?(?:degree\s+of\s+)?care\b[^.;]{0,120}?\b(?:its|their|his|her)\s+own\b/i;
/** Who may still receive the information: the exception that decides it. */
const EXCEPT = /\bexcept\b[^;()]{0,120}/i;

/**
 * The duty to protect confidential information set twice, in two clauses (a form's clause and one
 * added to it): each names its own care standard and its own permitted recipients, and the
 * reader cannot tell which governs. Quoted from the standard of care to the first exception.
 */
export const confidentialityTwice: Rule = (ctx) => {
  const first = new Map<number, Sentence>();
  for (const s of ctx.sentences) if (!first.has(s.paragraph) && CARE.test(s.text)) first.set(s.paragraph, s);
  if (first.size < 2) return [];
  const evidence: Evidence[] = [...first.values()].slice(0, 2).map((s) => {
    const at = CARE.exec(s.text)!.index;
    const except = EXCEPT.exec(s.text.slice(at));
    return quote(s, at, except ? Math.min(s.text.length, at + except.index + except[0].length) : at);
  });
  return [finding(ctx, { rule: 'ambiguous.confidentiality-twice', topic: 'confidentiality', severity: 'low', kind: 'ambiguous', evidence })];
};
