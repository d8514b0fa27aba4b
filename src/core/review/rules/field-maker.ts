import type { Rule } from '../context';
import { definitionEvidence } from './drafting';
import { finding, inQuotes } from './finding';
import { quote } from './text';
import { partyBefore, partyRightAfter, verdict } from './side';

/**
 * A licence to manufacture limited to a field that is defined by who makes the product: "Field"
 * means treatment "using cells manufactured by [the licensor]". Manufacture by the licensee, or by a
 * contract manufacturer for it, then falls outside the field, so the licence to make is empty or
 * at best arguable.
 */
const FIELD_TERM = /^(?:Licensed\s+)?Fields?(?:\s+of\s+(?:Use|Application))?$/i;
const MADE_BY = /\b(?:manufactured|made|produced|prepared)\s+(?:solely\s+|only\s+|exclusively\s+)?by\s+/g;
const GRANT = /\bgrants?\b/g;
const MAKE_RIGHT = /\bmanufactur(?:e|es|ing)\b|\bmake\b|\bhave\s+made\b/i;

export const fieldMaker: Rule = (ctx) => {
  for (const d of ctx.definitions.filter((x) => FIELD_TERM.test(x.term))) {
    const makers = [...d.text.matchAll(MADE_BY)].map((m) => partyRightAfter(ctx, d.text, m.index + m[0].length)).filter((p) => !!p);
    if (makers.length === 0) continue;
    const term = new RegExp(`\\b${d.term.replace(/\s+/g, '\\s+')}\\b`);
    for (const s of ctx.sentences) {
      if (s.paragraph === d.paragraph && s.start <= d.start && s.end >= d.end) continue;
      if (!term.test(s.text) || !MAKE_RIGHT.test(s.text) || !/\blicen[cs]e/i.test(s.text)) continue;
      for (const g of s.text.matchAll(GRANT)) {
        const grantor = partyBefore(ctx, s.text, g.index);
        // The licensor grants the licence and is the only maker the field allows.
        const maker = grantor && makers.find((p) => p.text.toLowerCase() === grantor.text.toLowerCase() || (!!p.side && p.side === grantor.side));
        if (!maker) continue;
        const weighed = verdict(ctx, grantor.side);
        if (weighed === 'fine') return [];
        const at = s.text.search(term);
        return [
          finding(ctx, {
            rule: 'ambiguous.field-maker',
            topic: 'background-license',
            severity: 'low',
            kind: 'ambiguous',
            params: { field: inQuotes(d.term), party: maker.text },
            evidence: [quote(s, at, at + d.term.length), definitionEvidence(ctx, d)],
            ...(weighed === 'unknown' ? { sideUnknown: true } : {}),
          }),
        ];
      }
    }
  }
  return [];
};
