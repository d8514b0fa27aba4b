import type { RenderedTerms } from '../../core/agreement/rendered';
import type { HostCapabilities, HostResult, InsertReport, InsertWhere } from '../types';
import { clauseLines, openingParagraphs, signingParagraphs } from '../../core/agreement/clause-text';
import { parseClauseTag } from '../../core/agreement/tag';
import { scheduleRowLines } from '../../core/agreement/format';
import type { WordApi, WParagraph, WTable } from './api';
import { failed, ok, wordError } from './errors';
import { layOut } from './indent';
import { addRecords } from './records';
import { removeInserted } from './rollback';

interface Planned {
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

/**
 * Two round trips whatever the clause count (three in a template that numbers headings): one reads
 * where to insert, one inserts every paragraph (as text, not HTML), wraps each clause in its tagged control and records
 * the fill values. A cursor inside one of our clauses inserts after that clause, never inside it;
 * after the control's last paragraph Word puts new paragraphs outside the control (office-js#3176),
 * as the fake does. The second is one batch, so one Undo in Word removes it; if Word fails part-way
 * the paragraphs that did go in are removed again (see rollback.ts).
 */
export async function insertClauses(
  api: WordApi,
  caps: HostCapabilities,
  terms: RenderedTerms,
  where: InsertWhere,
  zh?: RenderedTerms,
): Promise<HostResult<InsertReport>> {
  if (!caps.insert) return failed({ key: 'host.limit.api13' });
  // Paragraph.insertTable is WordApi 1.3, asked of Word at run time like every other set.
  const plan = planInsert(terms, { tables: caps.apiSets['1.3'], ...(zh ? { zh } : {}) });
  const texts = insertedTexts(plan);
  let before: string[] | null = null;
  try {
    return await api.run(async (ctx) => {
      const doc = ctx.document;
      const paragraphs = doc.body.paragraphs;
      paragraphs.load('items/text');
      const at = where === 'end' ? doc.body.paragraphs.getLast() : doc.getSelection().paragraphs.getLast();
      at.load('isListItem');
      const owner = where === 'cursor' ? at.parentContentControlOrNullObject : null;
      owner?.load('tag');
      await ctx.sync();
      const inOurClause = Boolean(owner && !owner.isNullObject && parseClauseTag(owner.tag));
      const anchor = inOurClause && owner ? owner.paragraphs.getLast() : at;

      before = paragraphs.items.map((p) => p.text);
      const made: WParagraph[] = [];
      let previous: WParagraph | WTable = anchor;
      plan.paragraphs.forEach((p, i) => {
        const para = previous.insertParagraph(p.text, 'After');
        para.styleBuiltIn = p.style;
        layOut(para, Boolean(p.sub), Boolean(plan.paragraphs[i - 1]?.sub));
        // A new paragraph takes the formatting of the one before it, list numbering included (our
        // clauses end in a plain paragraph).
        if (i === 0 && !inOurClause && at.isListItem) para.detachFromList();
        made.push(para);
        previous = para;
        if (p.table) previous = scheduleTable(para, p.table);
      });
      terms.clauses.forEach((clause, i) => {
        const { from, to } = plan.clauses[i]!;
        const control = made[from]!.getRange('Whole').expandTo(made[to]!.getRange('Whole')).insertContentControl();
        control.tag = clause.tag;
        control.title = clause.title;
      });
      const headings = made.filter((_, i) => plan.paragraphs[i]!.style === 'Heading1');
      for (const h of headings) h.load('isListItem');
      // Last, so a batch that fails part-way never leaves records of clauses the recovery removes.
      if (caps.recordValues) addRecords(ctx, terms.clauses);
      await ctx.sync();
      // A template that numbers Heading 1 would put its number before ours ("1 2. Use of the
      // Samples"): our headings carry the clause's own number, so they leave the list. One more
      // round trip, only in such templates.
      const numbered = headings.filter((h) => h.isListItem);
      for (const h of numbered) h.detachFromList();
      if (numbered.length > 0) await ctx.sync();
      const report = { clauses: terms.clauses.length, paragraphs: plan.paragraphs.length, recorded: caps.recordValues };
      return ok(report, caps.recordValues ? [] : [{ key: 'host.note.notRecorded' }]);
    });
  } catch (err) {
    if (before === null) return failed(wordError(err));
    return failed(wordError(err), [await removeInserted(api, before, texts)]);
  }
}

/** A schedule's table after its last note, in the same batch: bordered, its heading row bold and repeated on each page. */
function scheduleTable(after: WParagraph, rows: string[][]): WTable {
  const table = after.insertTable(rows.length, rows[0]!.length, 'After', rows);
  table.styleBuiltIn = 'GridTable1Light';
  table.headerRowCount = 1;
  return table;
}
