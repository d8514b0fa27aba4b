import type { RenderedClause } from '../../core/agreement/rendered';
import { newClauseNote } from '../../core/fix/conform-note';
import type { NewRow } from '../../core/fix/placement';
import { t, type Locale } from '../../core/i18n';
import type { HostCapabilities, HostMessage } from '../types';
import type { WParagraph } from './api';

/**
 * Where a clause the draft lacks goes as a new row of the table that holds the draft's clauses
 * (core's `row`, as the redline puts it): the paragraph whose row it follows, found where the
 * review read it or, moved since, by its text where that is in the draft once. Else a note for the
 * user, and the clause goes in at the cursor: Word without WordApi 1.3 (asked at run time) has no
 * table rows, and a row that cannot be found is not guessed.
 */
export function rowAnchor(caps: HostCapabilities, row: NewRow, texts: readonly string[], clause: RenderedClause, locale: Locale): { paragraph: number } | { note: HostMessage } {
  const params = { clause: t(locale, 'io.report.sectionLabel', { label: clause.number ?? clause.title }) };
  if (!caps.apiSets['1.3']) return { note: { key: 'host.note.rowAtCursor', params } };
  if (texts[row.paragraph] === row.text) return { paragraph: row.paragraph };
  const at = texts.indexOf(row.text);
  if (row.text.trim() && at >= 0 && texts.indexOf(row.text, at + 1) < 0) return { paragraph: at };
  return { note: { key: 'host.note.rowNotFound', params } };
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
