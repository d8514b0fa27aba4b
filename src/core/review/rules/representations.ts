import type { ReviewContext, Sentence } from '../context';
import { perReview } from '../per-review';
import { partyBefore, partyRefs, type Side } from './side';

// Whose representation a statement is. A representations article opens with a lead-in ("the Seller
// represents and warrants to the Purchaser as follows:") or a heading ("REPRESENTATIONS AND
// WARRANTIES OF THE SELLER"), and the statements under it ("3.4 ... no material Contracts ...")
// name no one who states them.

/** The verb that makes statements representations: "represents", "represents, warrants and covenants". */
const REPRESENTS = /\brepresents?\b/gi;
const REPRESENTS_TEST = /\brepresents?\b/i;
/** Between the party and the verb: "Licensor hereby represents", "each Party further represents". */
const SUBJECT_GAP = /^\s*(?:hereby\s+|further\s+|also\s+|\w+ly\s+)?$/i;
/** A heading that names who represents: "Representations and Warranties of Green Cross". */
const HEADED = /\brepresentations?\s+and\s+warrant(?:y|ies)\s+of\s+/i;

/** A lead-in ends by opening its list: "... to the Purchaser as follows:", "... covenants to Green Cross that:". */
const LEAD_IN_END = /(?:\bas\s+follows\W{0,3}|:)\s*$/i;

/** Who makes a representation: a side, or a party the draft does not place. */
export type Speaker = Side | 'unknown';

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/** The top-level number of a section label: "3.08" and "III" both give "3". */
function topOf(section: string | undefined): string | undefined {
  const m = section && /^(?:(\d{1,3})|([IVXL]{1,7}))(?![\w])/.exec(section);
  if (!m) return undefined;
  if (m[1]) return m[1];
  let n = 0;
  const r = m[2]!;
  for (let i = 0; i < r.length; i++) {
    const v = ROMAN[r[i]!]!;
    n += i + 1 < r.length && ROMAN[r[i + 1]!]! > v ? -v : v;
  }
  return String(n);
}

function sideOf(side: Side | undefined): Speaker {
  return side ?? 'unknown';
}

/** The party that represents in a sentence, before `limit`: the subject of "represents". */
export function representsIn(ctx: ReviewContext, text: string, limit = text.length): Speaker | undefined {
  REPRESENTS.lastIndex = 0;
  let found: Speaker | undefined;
  for (let m = REPRESENTS.exec(text); m && m.index < limit; m = REPRESENTS.exec(text)) {
    const who = partyBefore(ctx, text, m.index);
    if (who && SUBJECT_GAP.test(text.slice(who.index + who.text.length, m.index))) found = sideOf(who.side);
  }
  return found;
}

/** The party named by a heading "Representations and Warranties of X". */
function headedBy(ctx: ReviewContext, heading: string | undefined): Speaker | undefined {
  const m = heading ? HEADED.exec(heading) : null;
  if (!m) return undefined;
  const who = partyRefs(ctx, heading!.slice(m.index + m[0].length))[0];
  return who && sideOf(who.side);
}

/**
 * For each sentence under a representations lead-in or heading, who represents it. A lead-in
 * governs the sentences after it in the same top-level section, until another lead-in there.
 */
const speakers = perReview((ctx): Map<Sentence, Speaker> => {
  const out = new Map<Sentence, Speaker>();
  const byTop = new Map<string, Speaker>();
  for (const s of ctx.sentences) {
    const top = topOf(s.section);
    const own = representsIn(ctx, s.text) ?? (HEADED.test(s.text.slice(0, 120)) ? headedBy(ctx, s.text) : undefined);
    if (own && top && (LEAD_IN_END.test(s.text) || !REPRESENTS_TEST.test(s.text))) byTop.set(top, own);
    const speaker = own ?? (top ? byTop.get(top) : undefined) ?? headedBy(ctx, s.heading);
    if (speaker) out.set(s, speaker);
  }
  return out;
});

/** Who represents what a sentence states: the subject of "represents" before it, or its lead-in's. */
export function representedBy(ctx: ReviewContext, s: Sentence, index: number): Speaker | undefined {
  return representsIn(ctx, s.text, index) ?? speakers(ctx).get(s);
}

/** A statement with the parties' names masked: each party's copy of a representation reads the same. */
function masked(ctx: ReviewContext, text: string): string {
  let out = '';
  let at = 0;
  for (const r of partyRefs(ctx, text)) {
    out += `${text.slice(at, r.index)}#`;
    at = r.index + r.text.length;
  }
  return (out + text.slice(at)).replace(/\s+/g, ' ').replace(/^\(?[a-z0-9]{1,4}[.)]\s*/i, '').trim();
}

/** The sides that make each representation, by its words with the parties' names masked. */
const statements = perReview((ctx): Map<string, Set<Speaker>> => {
  const out = new Map<string, Set<Speaker>>();
  for (const [s, speaker] of speakers(ctx)) {
    const key = masked(ctx, s.text);
    const set = out.get(key);
    if (set) set.add(speaker);
    else out.set(key, new Set([speaker]));
  }
  return out;
});

/** A representation each side makes in the same words ("X is not subject to any litigation that would materially impair ..."). */
export function mirrored(ctx: ReviewContext, s: Sentence): boolean {
  const sides = statements(ctx).get(masked(ctx, s.text));
  return !!sides && sides.has('A') && sides.has('B');
}
