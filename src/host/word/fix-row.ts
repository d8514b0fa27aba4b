import type { RenderedClause } from '../../core/agreement/rendered';
import { newClauseNote } from '../../core/fix/conform-note';
import type { NewRow } from '../../core/fix/placement';
import { t, type Locale } from '../../core/i18n';
import type { HostMessage } from '../types';
import type { WParagraph } from './api';

/**
 * Where a clause the draft lacks goes as a new row of the table that holds the draft's clauses
 * (core's `row`, as the redline puts it): the paragraph whose row it follows, found where the
 * review read it or, moved since, by its text where that is in the draft once. Else a note for the
 * user, and the clause goes in at the cursor: a row that cannot be found is not guessed. The row
 * calls are WordApi 1.3, which every Word that makes tracked fixes has (capabilities.ts asks 1.3
 * and 1.4 of Word at run time); a Word that declines them all the same is answered in applyFix.
 */
export function rowAnchor(row: NewRow, texts: readonly string[], clause: RenderedClause, locale: Locale): { paragraph: number } | { note: HostMessage } {
  if (texts[row.paragraph] === row.text) return { paragraph: row.paragraph };
  const at = texts.indexOf(row.text);
  if (row.text.trim() && at >= 0 && texts.indexOf(row.text, at + 1) < 0) return { paragraph: at };
  return { note: atCursor('host.note.rowNotFound', clause, locale) };
}

/** Why the clause went in at the cursor rather than as a new row, naming it in the pane's language. */
export function atCursor(key: 'host.note.rowAtCursor' | 'host.note.rowNotFound', clause: RenderedClause, locale: Locale): HostMessage {
  return { key, params: { clause: t(locale, 'io.report.sectionLabel', { label: clause.number ?? clause.title }) } };
}

/**
 * Queues the new row after the row holding `anchor`, shaped as that row (Word copies its cells):
 * the clause's first line in its cell, the cell beside it left empty for the Chinese with a comment
 * on it asking for it, in the pane's language. No round trip of its own: the objects are reached by
 * their paths (parent row, new row, first cell and the next). Gives the paragraph holding the first
 * line, after which the caller inserts the rest.
 */
export function insertRow(anchor: WParagraph, row: NewRow, first: string, clause: RenderedClause, locale: Locale): WParagraph {
  const count = row.chinese ? 2 : 1;
  const values = [Array.from({ length: count }, (_, i) => (i === row.cell ? first : ''))];
  const added = anchor.parentTableCellOrNullObject.parentRow.insertRows('After', 1, values).getFirst();
  const cell = (i: number) => (i === 0 ? added.cells.getFirst() : added.cells.getFirst().getNext());
  if (row.chinese) {
    const note = newClauseNote(clause.number ?? clause.title, row.chinese.prevails, locale);
    cell(row.chinese.cell).body.paragraphs.getFirst().getRange('Whole').insertComment(note);
  }
  return cell(row.cell).body.paragraphs.getFirst();
}
