import type { Rule } from '../context';
import { formStatesPurpose } from '../form-purpose';
import { finding } from './finding';
import { groupedEvidence, hits } from './text';
import { anyMatching, matching } from './sentence-gate';

// Use tied to a purpose by reference: "solely for the Purpose", "other than for the purpose as
// provided herein", "only for the purposes set out in Section 2".
const LIMITED_TO =
  /\b(?:solely|only|exclusively|other\s+than|except)\s+(?:for|in\s+connection\s+with)\s+the\s+(?:Purpose\b|purposes?\s+(?:as\s+)?(?:provided|set\s+(?:out|forth)|stated|described|defined|specified)\s+(?:herein|above|below|in\s+(?:this\s+Agreement|Section|Clause|Article)))/g;
// The purpose left blank where it is defined: 'the following business opportunities: (the "Purpose")',
// '"Purpose" means ____', '[●]'.
const BLANK =
  /:\s*\(?\s*(?:the\s+)?["“]Purpose["”]|["“]Purpose["”]\s+(?:shall\s+)?means?\s*[_[\]•●….\s]{0,40}$|_{3}[^.;]{0,30}["“]Purpose["”]|["“]Purpose["”][^.;]{0,30}_{3}|\[\s*[•●]?\s*\][^.;]{0,30}["“]Purpose["”]/;
// A purpose stated in words: "for the purpose of evaluating", "the Purpose is to assess", '"Purpose" means'.
const STATED =
  /["“]Purpose["”]\s+(?:shall\s+)?means?\s+\w|\bpurposes?\s+(?:of|is|are|shall\s+be|will\s+be)\s+(?:to\s+)?(?!this\b|the\s+(?:non-disclosure\s+)?agreement\b)(?:\w+ing\b|evaluat\w*|assess\w*|explor\w*|discuss\w*|negotiat\w*|consider\w*|determin\w*|develop\w*|test\w*|review\w*|enabl\w*|perform\w*)|\(\s*(?:the\s+)?["“]Purpose["”]\s*\)/i;

/**
 * Use is limited to a purpose the draft never states: left blank where it is defined, or only
 * referred to. Which uses are allowed is then open to argument, for either side. A cover page or
 * order form whose Purpose field is filled in states it.
 */
export const purposeUnstated: Rule = (ctx) => {
  if (!ctx.topics['purpose-limitation'].present) return [];
  const uses = hits(ctx, LIMITED_TO);
  if (uses.length === 0 || formStatesPurpose(ctx.doc)) return [];
  const blank = matching(ctx.sentences, BLANK);
  if (blank.length === 0 && anyMatching(ctx.sentences, STATED)) return [];
  const evidence = groupedEvidence(blank.length > 0 ? hits(ctx, /["“]Purpose["”]/g, (h) => BLANK.test(h.sentence.text)) : uses);
  return [
    finding(ctx, { rule: 'ambiguous.purpose-unstated', topic: 'purpose-limitation', severity: 'medium', kind: 'ambiguous', evidence, fixClause: 'purpose-limitation', fixVariant: 'purpose-stated' }),
  ];
};
