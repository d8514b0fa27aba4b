import type { RenderedTerms } from '../../core/agreement/rendered';
import { clauseLines, openingParagraphs, signingParagraphs } from '../../core/agreement/clause-text';
import { scheduleRowLines } from '../../core/agreement/format';

export interface Planned {
  text: string;
  style: 'Title' | 'Normal' | 'Heading1';
  /** An "(a)" sub-clause, indented. */
  sub?: boolean;
  /** A schedule's table, inserted right after this paragraph: its heading row, then a row per item. */
  table?: string[][];
}

export interface InsertPlan {
  paragraphs: Planned[];
  /** Which paragraphs each clause's control wraps. */
  clauses: { from: number; to: number }[];
}

/**
 * The paragraphs to insert, in order, and which of them each clause's control wraps. Schedules
 * follow the signature page, outside any control: a heading, the notes, then the table, or where
 * Word cannot insert tables a paragraph per row ("Test plan: ...").
 */
export function planInsert(terms: RenderedTerms, { tables = true, zh }: { tables?: boolean; zh?: RenderedTerms } = {}): InsertPlan {
  // A bilingual agreement goes in paragraph by paragraph, each English one followed by its Chinese.
  const both = <T>(en: readonly T[], cn: readonly T[] | undefined): T[] => (cn ? en.flatMap((x, i) => [x, cn[i] ?? x]) : [...en]);
  const opening = both(openingParagraphs(terms), zh && openingParagraphs(zh));
  const titles = zh ? 2 : 1;
  const paragraphs: Planned[] = opening.map((text, i) => ({ text, style: i < titles ? 'Title' : 'Normal' }));
  const clauses = terms.clauses.map((c, k) => {
    const from = paragraphs.length;
    const lines = both(clauseLines(c), zh && clauseLines(zh.clauses[k]!));
    lines.forEach(({ text, sub }, i) => paragraphs.push({ text, style: i < titles ? 'Heading1' : 'Normal', ...(sub ? { sub } : {}) }));
    return { from, to: paragraphs.length - 1 };
  });
  // The signature page follows the last section, outside any control, as the .docx writer puts it.
  for (const text of both(signingParagraphs(terms), zh && signingParagraphs(zh))) paragraphs.push({ text, style: 'Normal' });
  (terms.schedules ?? []).forEach((schedule, k) => {
    const other = zh?.schedules?.[k];
    const merged = (a: string, b: string | undefined) => (b && b !== a ? `${a} / ${b}` : a);
    paragraphs.push({ text: merged(schedule.title, other?.title), style: 'Heading1' });
    for (const text of both(schedule.intro, other?.intro)) paragraphs.push({ text, style: 'Normal' });
    const rows = schedule.rows.map((row, r) => row.map((cell, i) => merged(cell, other?.rows[r]?.[i])));
    const columns = schedule.columns.map((c, i) => merged(c, other?.columns[i]));
    if (tables && rows.length > 0) paragraphs.at(-1)!.table = [columns, ...rows];
    else for (const row of rows) paragraphs.push({ text: scheduleRowLines({ ...schedule, columns }, row).join('; '), style: 'Normal' });
  });
  return { paragraphs, clauses };
}

/** The texts the body holds after the insertion, in order: each table cell is a paragraph of its own. */
export function insertedTexts(plan: InsertPlan): string[] {
  return plan.paragraphs.flatMap((p) => [p.text, ...(p.table?.flat() ?? [])]);
}
