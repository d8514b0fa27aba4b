import type { RenderedClause, Survival, SurvivalNaming, SurvivalPart } from '../agreement/rendered';
import { fillTokens } from '../library/placeholders';

// Two fixes joined into one section that last for different periods after the agreement ends
// (a licence without time limit, a ban for 5 years) cannot each keep "This Section continues ...":
// the two sentences would contradict each other. The section says once, in one sentence, how long
// each part lasts: "Sections 8.1 to 8.3 continue after this Agreement ends, without time limit; and
// Section 8.4 continues for 5 years after this Agreement ends." A part that said nothing of it is
// not named, so it does not come to last longer than its fix said.

/** A clause's survival as parts: its own (the `labels` of its numbered paragraphs), or those it was joined from, renumbered. */
export function survivalParts(c: RenderedClause, labels: readonly string[], renumbered?: ReadonlyMap<string, string>): SurvivalPart[] {
  const s = c.survival;
  if (!s) return [];
  if (s.parts) return s.parts.map((p) => ({ ...p, labels: p.labels.map((l) => renumbered?.get(l) ?? l) }));
  return [{ period: s.period, sentence: s.sentence, rest: s.rest, labels: labels.filter(Boolean), title: c.title }];
}

/** Whether the library's words can name the parts of clauses joined: some say how long they last, each opening as the words expect (else each keeps its own). */
export function nameable(clauses: readonly RenderedClause[], naming: SurvivalNaming): boolean {
  const parts = clauses.flatMap((c) => survivalParts(c, []));
  return parts.length > 0 && parts.every((p) => p.sentence.startsWith(naming.subject));
}

/** The joined section's one survival sentence, followed by what each part said of its own contents, with the survival it then carries. */
export function partsSurvival(parts: readonly SurvivalPart[], naming: SurvivalNaming, zh: boolean): { survival: Survival; text: string } {
  // Numbered parts that last alike are named together ("Sections 8.1, 8.2 and 8.4"); by title, each stands alone.
  const numbered = parts.every((p) => p.labels.length > 0);
  const periods: SurvivalPart[] = [];
  for (const p of parts) {
    const same = numbered ? periods.find((q) => q.period === p.period) : undefined;
    if (same) same.labels = [...same.labels, ...p.labels];
    else periods.push({ ...p, labels: [...p.labels] });
  }
  const said = periods.map((p, i) => {
    const named = (numbered ? sectionsName(p.labels, naming) : fill(naming.titled, { title: p.title })) + p.sentence.slice(naming.subject.length);
    return i < periods.length - 1 ? withoutStop(named) : named;
  });
  const joined = said.slice(1).reduce((s, next, i) => s + (i === said.length - 2 ? naming.last : naming.between) + next, said[0]!);
  const sentence = joined.charAt(0).toUpperCase() + joined.slice(1);
  const rests = [...new Set(parts.map((p) => p.rest).filter(Boolean))];
  const rest = rests.join(zh ? '' : ' ');
  return { survival: { period: parts.map((p) => p.period).join('+'), sentence, rest, naming, parts: [...parts] }, text: [sentence, ...rests].join(zh ? '' : ' ') };
}

/** "Section 8.3", "Sections 8.1 and 8.2", "Sections 8.1 to 8.3" (three or more in a row). */
function sectionsName(labels: readonly string[], naming: SurvivalNaming): string {
  if (labels.length === 1) return fill(naming.one, { section: labels[0]! });
  if (labels.length >= 3 && inARow(labels)) return fill(naming.range, { first: labels[0]!, last: labels.at(-1)! });
  return fill(naming.many, { sections: labels.slice(0, -1).join(naming.separator), last: labels.at(-1)! });
}

/** Whether sub-section numbers run on one from the other under one section: 8.1, 8.2, 8.3. */
function inARow(labels: readonly string[]): boolean {
  const split = labels.map((l) => ({ head: l.slice(0, l.lastIndexOf('.') + 1), n: Number(l.slice(l.lastIndexOf('.') + 1)) }));
  return split.every((s, i) => i === 0 || (s.head === split[0]!.head && s.n === split[i - 1]!.n + 1 && Number.isInteger(s.n)));
}

function fill(form: string, values: Record<string, string>): string {
  return fillTokens(form, (t) => (t.kind === 'unknown' ? (values[t.name] ?? t.raw) : t.raw));
}

/** A part's sentence before the next part: without its full stop. */
function withoutStop(sentence: string): string {
  return sentence.endsWith('.') || sentence.endsWith('。') ? sentence.slice(0, -1) : sentence;
}
