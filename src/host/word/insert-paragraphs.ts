import type { RenderedTerms } from '../../core/agreement/rendered';
import type { HostCapabilities } from '../types';
import type { WordContext, WParagraph, WTable } from './api';
import { layOut } from './indent';
import type { Anchor } from './insert';
import type { InsertPlan } from './plan';
import { addRecords } from './records';

/**
 * The agreement paragraph by paragraph (as text, not HTML), where Word declines OOXML: every
 * paragraph inserted after the one before, styled and indented, then each clause's paragraphs
 * wrapped in its tagged control, the fill values recorded, all in one round trip (a third only in
 * a template that numbers Heading 1). After a control's last paragraph Word puts new paragraphs
 * outside the control (office-js#3176), as the fake does.
 */
export async function insertParagraphs(ctx: WordContext, caps: HostCapabilities, terms: RenderedTerms, plan: InsertPlan, { anchor, inOurClause, listItem }: Anchor): Promise<void> {
  const made: WParagraph[] = [];
  let previous: WParagraph | WTable = anchor;
  plan.paragraphs.forEach((p, i) => {
    const para = previous.insertParagraph(p.text, 'After');
    para.styleBuiltIn = p.style;
    layOut(para, Boolean(p.sub), Boolean(plan.paragraphs[i - 1]?.sub));
    // A new paragraph takes the formatting of the one before it, list numbering included (our
    // clauses end in a plain paragraph).
    if (i === 0 && !inOurClause && listItem) para.detachFromList();
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
  // Samples"): our headings carry the clause's own number, so they leave the list.
  const numbered = headings.filter((h) => h.isListItem);
  for (const h of numbered) h.detachFromList();
  if (numbered.length > 0) await ctx.sync();
}

/** A schedule's table after its last note, in the same batch: bordered, its heading row bold and repeated on each page. */
function scheduleTable(after: WParagraph, rows: string[][]): WTable {
  const table = after.insertTable(rows.length, rows[0]!.length, 'After', rows);
  table.styleBuiltIn = 'GridTable1Light';
  table.headerRowCount = 1;
  return table;
}
