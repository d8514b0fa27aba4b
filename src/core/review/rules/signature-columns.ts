import type { DocParagraph } from '../../document';
import type { Sentence } from '../context';

// A signature page typed as two columns and exported to plain text puts both parties' blocks on the
// same lines, the columns apart by a run of spaces:
//   LICENSOR:                         LICENSEE:
//   NORTHSTAR MEDIA LLC               BRIGHTLINE APPAREL, INC.
//   By: ____________________          By: ____________________
//   Name: Dana Whitfield              Name: Oliver Grant
// The lines are read back as the signers read them, the left column down, then the right.

/** A field a signature line opens with; a squashed line opens with one and repeats it for the right column. */
const FIELD = /^(By|BY|Signature|SIGNATURE|Signed|SIGNED|Name|NAME|Print(?:ed)?\s{1,3}Name|Title|TITLE|Its|ITS|Date|DATE)\s{0,3}:/;
/** The fields that sign: a run of squashed lines is a signature page only where one of them is split. */
const SIGNS = /^(?:By|Signature|Signed)$/i;
/** The gap between two columns: two or more blanks before the repeated field, three or more elsewhere. */
const FIELD_GAP = 2;
const COLUMN_GAP = 3;
/** How many lines above the first split signing line a heading and a company's name may sit. */
const ABOVE = 3;
/** How many lines a run of squashed lines may hold: a block is a handful of lines. */
const MOST_LINES = 16;
const LONGEST = 200;

/** Where the right column starts in a line that repeats its field ("By: ____   By: ____"), and the field. */
function fieldSplit(text: string): { at: number; field: string } | undefined {
  const m = FIELD.exec(text);
  if (!m || text.length > LONGEST) return undefined;
  const word = m[1]!.split(/\s/)[0]!.toLowerCase();
  for (let i = m[0].length; i < text.length; i++) {
    if (text[i] !== ' ') continue;
    let j = i;
    while (j < text.length && text[j] === ' ') j++;
    if (j - i >= FIELD_GAP && FIELD.exec(text.slice(j))?.[1]!.split(/\s/)[0]!.toLowerCase() === word) return { at: j, field: word };
    i = j;
  }
  return undefined;
}

/** Where the right column starts in a line with one wide gap ("ACME CORP.      BETA LIMITED"), or nothing. */
function gapSplit(text: string): number | undefined {
  if (text.length > LONGEST) return undefined;
  let found: number | undefined;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== ' ') continue;
    let j = i;
    while (j < text.length && text[j] === ' ') j++;
    if (j - i >= COLUMN_GAP && j < text.length) {
      // Two wide gaps: a line of three columns, or a field spaced out; not two blocks.
      if (found !== undefined) return undefined;
      found = j;
    }
    i = j;
  }
  return found;
}

/**
 * The sentences with each run of squashed signature lines read column by column: the left parts of
 * the run's lines in order, then the right parts. Other sentences are kept as they are.
 */
export function unsquashed(sentences: readonly Sentence[], paragraphs: readonly DocParagraph[]): readonly Sentence[] {
  const runs = squashedRuns(paragraphs);
  if (runs.length === 0) return sentences;
  const inRun = new Map<number, Sentence[]>();
  for (const run of runs) {
    const left: Sentence[] = [];
    const right: Sentence[] = [];
    for (const { p, at } of run) {
      const part = (from: number, to: number): Sentence | undefined => {
        const raw = p.text.slice(from, to);
        const start = from + (raw.length - raw.trimStart().length);
        const text = raw.trim();
        return text ? { paragraph: p.index, start, end: start + text.length, text } : undefined;
      };
      const l = part(0, at ?? p.text.length);
      const r = at === undefined ? undefined : part(at, p.text.length);
      if (l) left.push(l);
      if (r) right.push(r);
    }
    inRun.set(run[0]!.p.index, [...left, ...right]);
    for (const { p } of run.slice(1)) inRun.set(p.index, []);
  }
  const out: Sentence[] = [];
  const done = new Set<number>();
  for (const s of sentences) {
    const columns = inRun.get(s.paragraph);
    if (!columns) out.push(s);
    else if (!done.has(s.paragraph)) {
      done.add(s.paragraph);
      out.push(...columns.map((c) => ({ ...c, ...(s.section ? { section: s.section } : {}), ...(s.heading ? { heading: s.heading } : {}) })));
    }
  }
  return out;
}

type Line = { p: DocParagraph; at: number | undefined };

/** Runs of plain-text lines holding two signature blocks side by side, each line with where its right column starts. */
function squashedRuns(paragraphs: readonly DocParagraph[]): Line[][] {
  const runs: Line[][] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const first = paragraphs[i]!;
    const split = first.table ? undefined : fieldSplit(first.text);
    if (!split || !SIGNS.test(split.field)) continue;
    // Heading and company lines above, split at their one wide gap or held by the left column.
    let from = i;
    while (from > 0 && i - from < ABOVE) {
      const p = paragraphs[from - 1]!;
      if (p.table || p.text.length > LONGEST || runs.some((r) => r.some((l) => l.p === p)) || gapSplit(p.text) === undefined) break;
      from--;
    }
    const run: Line[] = [];
    for (let k = from; k < i; k++) run.push({ p: paragraphs[k]!, at: gapSplit(paragraphs[k]!.text) });
    // The signing line and the fields under it, while each is split or a field alone.
    let k = i;
    for (; k < paragraphs.length && run.length < MOST_LINES; k++) {
      const p = paragraphs[k]!;
      if (p.table) break;
      const at = fieldSplit(p.text)?.at ?? gapSplit(p.text);
      if (at === undefined && !FIELD.test(p.text)) break;
      run.push({ p, at });
    }
    runs.push(run);
    i = k - 1;
  }
  return runs;
}
