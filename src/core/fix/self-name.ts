import type { RenderedClause } from '../agreement/rendered';
import type { ReviewContext } from '../review';

// How a draft calls itself: "this Agreement", "this NDA", "this Contract".
const SELF = /\b[Tt]his\s+(Agreement|Contract|NDA|MNDA|CDA|Deed)\b/g;
// Our clauses call the draft "this Agreement".
const OURS = /\b([Tt]his)\s+Agreement\b/g;
/** Uses below which a draft's way of calling itself is not yet its habit. */
const HABIT = 2;

/**
 * The name the draft gives itself where it never says "this Agreement": a fix saying "this
 * Agreement" in an NDA that calls itself "this NDA" reads as though it spoke of another document.
 */
export function draftSelfName(ctx: Pick<ReviewContext, 'sentences'>): string | undefined {
  const counts = new Map<string, number>();
  for (const s of ctx.sentences) {
    SELF.lastIndex = 0;
    for (let m = SELF.exec(s.text); m; m = SELF.exec(s.text)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  }
  if (counts.has('Agreement')) return undefined;
  const [name, uses] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  return name && uses! >= HABIT ? name : undefined;
}

/** The clause calling the draft by the draft's own name. */
export function inSelfName(clause: RenderedClause, name: string): RenderedClause {
  return { ...clause, paragraphs: clause.paragraphs.map((p) => ({ ...p, text: p.text.replace(OURS, (_, self: string) => `${self} ${name}`) })) };
}
