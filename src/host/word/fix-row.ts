import type { RenderedClause } from '../../core/agreement/rendered';
import { newClauseNote } from '../../core/fix/conform-note';
import type { NewRow } from '../../core/fix/placement';
import { t, type Locale } from '../../core/i18n';
import type { HostMessage } from '../types';
import type { WParagraph } from './api';

/** What a new row's heading takes from the draft's heading (new-heading.ts): its style, and its font where it is one throughout. */
export interface HeadingLook {
  style: string;
  styleBuiltIn: string;
  bold: boolean | null;
  size: number | null;
  name: string | null;
}

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

/**
 * Queues a read of the looks the new row's lines copy: its heading that of the draft's heading
 * (new-heading.ts), found where the review read it or, moved since, by its text where that is in
 * the draft once (as the row's anchor is); its other lines the font of the anchor's paragraph, as
 * in the redline, since a line Word adds after the heading would take the heading's. Read in one
 * round trip of its own; undefined where the heading is not found (the row then takes the anchor
 * row's look, as Word gives it).
 */
export function readRowLooks(row: NewRow, items: readonly WParagraph[], texts: readonly string[], anchor: number): (() => { heading: HeadingLook; body: HeadingLook }) | undefined {
  const shifted = row.heading.paragraph + anchor - row.paragraph;
  const at = texts[shifted] === row.heading.text ? shifted : texts.indexOf(row.heading.text);
  if (at < 0 || !row.heading.text.trim() || (at !== shifted && texts.indexOf(row.heading.text, at + 1) >= 0)) return undefined;
  const [heading, body] = [items[at]!, items[anchor]!];
  for (const p of [heading, body]) p.load('style,styleBuiltIn,font/bold,font/size,font/name');
  const look = (p: WParagraph): HeadingLook => ({ style: p.style, styleBuiltIn: p.styleBuiltIn, bold: p.font.bold, size: p.font.size, name: p.font.name });
  return () => ({ heading: look(heading), body: look(body) });
}

/** Gives a new line a draft paragraph's look: its style (by its built-in name where it has one) unless `fontOnly`, then its font. */
export function copyLook(para: WParagraph, look: HeadingLook, fontOnly = false): void {
  if (fontOnly) {
    // Nothing to do for the style: the caller keeps the line's own.
  } else if (look.styleBuiltIn && look.styleBuiltIn !== 'Other') para.styleBuiltIn = look.styleBuiltIn;
  else para.style = look.style;
  if (look.bold !== null) para.font.bold = look.bold;
  if (look.size !== null) para.font.size = look.size;
  if (look.name !== null) para.font.name = look.name;
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
