import type { RenderedClause } from '../../core/agreement/rendered';
import { addsClause, type Finding } from '../../core/findings';
import { clauseLines } from '../../core/agreement/clause-text';
import { layOut } from './indent';
import { parseClauseTag } from '../../core/agreement/tag';
import { locateEvidence } from '../common/locate';
import type { FixReport, HostCapabilities, HostMessage, HostResult } from '../types';
import type { WordApi, WordContext, WParagraph } from './api';
import { failed, ok, refused, tracesOf, wordError } from './errors';
import { addRecords } from './records';
import { insertedRun } from './rollback';
import { partRanges, reviewedQuote } from './fix-part';
import type { FixPlacement } from '../../core/fix/placement';
import type { Locale } from '../../core/i18n';
import { conformRange } from './conform';
import { untoldNote } from '../../core/fix/conform-note';
import { atCursor, copyLook, insertRow, readRowLooks, rowAnchor } from './fix-row';

const REPLACED = 'replaced';

/** A clause of ours (a control tagged as ours): its paragraphs, first to last, and its tag. */
type OurClause = { first: number; last: number; tag: string };

/**
 * Which of our clauses holds a paragraph, read in one sync (none where the document has no control):
 * all of it, or null where the paragraph is in none.
 */
async function ourClauses(ctx: WordContext, anyControl: boolean): Promise<(at: number) => OurClause | null> {
  if (!anyControl) return () => null;
  const owners = ctx.document.body.paragraphs;
  owners.load('items/parentContentControlOrNullObject/id,items/parentContentControlOrNullObject/tag');
  await ctx.sync();
  const ownerOf = (i: number) => owners.items[i]?.parentContentControlOrNullObject;
  return (at) => {
    const owner = ownerOf(at);
    if (!owner || owner.isNullObject || !parseClauseTag(owner.tag)) return null;
    const same = (i: number) => {
      const o = ownerOf(i);
      return Boolean(o && !o.isNullObject && o.id === owner.id);
    };
    let first = at;
    let last = at;
    while (first > 0 && same(first - 1)) first--;
    while (same(last + 1)) last++;
    return { first, last, tag: owner.tag };
  };
}

/**
 * The vetted clause in place of the clause holding the finding's passage (or after the cursor's
 * paragraph when the term is missing), as tracked changes: tracking is turned on for the batch
 * and set back to the user's mode at its end. Where the fix goes is core's `placement`, as the
 * redline writer places it: the whole clause, or only its own subject's passages of a clause that
 * deals with two (its heading, number and other subject stay, and the fix follows the clause).
 * Where the fix is joined with our own earlier change after the clause (`earlier`), that change's
 * paragraphs go in the same batch (Word takes one's own tracked insertion out outright), checked
 * first to be all of that clause of ours still, where core read it.
 * A passage in one of our clauses (a control tagged as ours) replaces that clause whole; with no
 * placement, the passage's paragraph alone goes. Where the clause's Chinese version stands apart
 * (`conform`), a comment on it, worded in `locale`, asks that it be conformed, as the redline's
 * does; it goes in the same batch. A missing term, in a draft whose clauses sit in a table, goes
 * in as a new row of it (fix-row.ts), in the same round trips. Two round trips, one more when the document has
 * content controls and one more to find passages within paragraphs; the edit is one batch, so one
 * Undo in Word. Some Word versions ignore the mode being set back (office-js#6450): it is read
 * again, and the user told when it differs. Without WordApi 1.4 we cannot turn tracking on, and we
 * decline rather than edit untracked.
 */
export async function applyFix(
  api: WordApi,
  caps: HostCapabilities,
  finding: Finding,
  clause: RenderedClause,
  placement?: FixPlacement,
  locale: Locale = 'en',
): Promise<HostResult<FixReport>> {
  if (!caps.trackedFixes) return failed({ key: 'host.error.needsTracking' });
  // Core keeps this fix a comment only (the redline does the same): replacing the quoted paragraph would put our clause where it does not belong.
  if (placement?.kind === 'none') return failed({ key: 'host.error.noPlace' });
  const all = clauseLines(clause);
  let lines = all;
  let before: string[] | null = null;
  let userMode = 'Off';
  let rowTried = false;
  try {
    return await api.run(async (ctx) => {
      const doc = ctx.document;
      const paragraphs = doc.body.paragraphs;
      paragraphs.load('items/text,items/isListItem');
      doc.load('changeTrackingMode');
      const cursor = doc.getSelection().paragraphs.getLast();
      cursor.load('isListItem');
      const control = doc.body.contentControls.getFirstOrNullObject();
      control.load('id');
      await ctx.sync();

      userMode = doc.changeTrackingMode;
      // Held now: the office.js runtime gives body.paragraphs as one object, so the load ourClause
      // makes of it replaces its items with ones that lack the text and list state loaded here.
      const items = paragraphs.items;
      before = items.map((p) => p.text);
      // A missing term goes in after the cursor, even where its finding quotes the part of the topic that is there.
      const ev = addsClause(finding) ? undefined : finding.evidence[0];
      const shown = ev ? locateEvidence(before, ev) : null;
      // Someone's tracked deletion inside the quoted words: Word's text keeps them, the review read it
      // without; the cited paragraph's reviewed text is asked (one more sync, only then) and kept for partRanges.
      const reviewed = ev && !shown ? await reviewedQuote(ctx, items, ev) : null;
      const at = shown ?? reviewed;
      if (ev && !at) return failed<FixReport>({ key: 'host.error.passageGone' });
      const shift = at && ev ? at.paragraph - ev.paragraph : 0;
      const ourAt = at ? await ourClauses(ctx, !control.isNullObject) : null;
      const ours = at && ourAt ? ourAt(at.paragraph) : null;
      const planned = placement?.kind === 'whole' || placement?.kind === 'part' ? { first: placement.span.first + shift, last: placement.span.last + shift } : null;
      const fits = at && planned && planned.first <= at.paragraph && at.paragraph <= planned.last && planned.last < before.length;
      const span = at ? (ours ?? (fits ? planned : { first: at.paragraph, last: at.paragraph })) : null;
      const cuts = !ours && fits && placement?.kind === 'part' ? await partRanges(ctx, items, before, placement.part.deleted, shift, planned!.first, reviewed?.texts) : null;
      if (!ours && fits && placement?.kind === 'part' && !cuts) return failed<FixReport>({ key: 'host.error.passageGone' });
      // Our earlier change the fix takes the place of, joined with it: still all of that clause of ours, where core read it.
      const earlier = cuts && placement?.kind === 'part' ? placement.earlier : undefined;
      const dropping = earlier && ourAt?.(earlier.first + shift);
      if (earlier && (dropping?.first !== earlier.first + shift || dropping.last !== earlier.last + shift || dropping.tag !== earlier.tag)) return failed<FixReport>({ key: 'host.error.earlierMoved' });
      // Part of the clause replaced: the clause keeps its heading, so the fix's own paragraphs follow it.
      if (cuts) lines = all.slice(1);
      const texts = lines.map((l) => l.text);
      const target = span ? items[cuts ? span.last : span.first]! : null;
      // Taken before anything goes in: the runtime finds a paragraph first reached later by its index, which the insertions move.
      const replaced = target && span && !cuts ? target.getRange('Whole').expandTo(items[span.last]!.getRange('Whole')) : null;
      const dropped = dropping ? items[dropping.first]!.getRange('Whole').expandTo(items[dropping.last]!.getRange('Whole')) : null;
      const english = !ours && fits && (placement?.kind === 'whole' || placement?.kind === 'part') ? placement : undefined;
      const conform = english?.conform ? conformRange(items, before, english.span, english.conform, shift, locale) : undefined;
      const row = !ev && placement?.kind === 'new' && placement.row ? { place: placement.row, ...rowAnchor(placement.row, before, clause, locale) } : undefined;
      const rowAt = row && 'paragraph' in row ? items[row.paragraph]! : undefined;
      rowTried = Boolean(rowAt);
      // The looks the row's lines copy are read in a round trip of their own, the row's only.
      const read = rowAt && row && 'paragraph' in row ? readRowLooks(row.place, items, before, row.paragraph) : undefined;
      if (read) await ctx.sync();
      const looks = read?.();

      doc.changeTrackingMode = 'TrackAll';
      const made: WParagraph[] = [];
      texts.forEach((text, i) => {
        const para: WParagraph =
          i > 0
            ? made[i - 1]!.insertParagraph(text, 'After')
            : rowAt
              ? insertRow(rowAt, row!.place, text, clause, locale)
              : target && !cuts
                ? target.insertParagraph(text, 'Before')
                : (target ?? cursor).insertParagraph(text, 'After');
        if (i === 0 && looks) copyLook(para, looks.heading);
        else para.styleBuiltIn = i === 0 && !cuts ? 'Heading1' : 'Normal';
        if (i > 0 && looks) copyLook(para, looks.body, true);
        layOut(para, lines[i]!.sub, Boolean(lines[i - 1]?.sub));
        // A new paragraph takes its neighbour's formatting, list numbering included.
        if (i === 0 && (rowAt ?? target ?? cursor).isListItem) para.detachFromList();
        made.push(para);
      });
      const wrapper = made[0]!.getRange('Whole').expandTo(made[made.length - 1]!.getRange('Whole')).insertContentControl();
      wrapper.tag = clause.tag;
      wrapper.title = clause.title;
      if (cuts) cuts.forEach((r) => r.delete());
      else replaced?.delete();
      // Our own insertion, deleted while tracking, Word takes out outright: the joined clause stands in its place.
      dropped?.delete();
      ctx.trace(REPLACED);
      conform?.range?.insertComment(conform.note);
      doc.changeTrackingMode = userMode;
      // Last, so a batch that fails part-way never leaves a record of a clause the recovery removes.
      addRecords(ctx, [clause], { proposed: true });
      doc.load('changeTrackingMode');
      await ctx.sync();
      const notes: HostMessage[] = doc.changeTrackingMode === userMode ? [] : [{ key: 'host.note.trackingNotRestored' }];
      if (conform && !conform.range) notes.push({ key: 'host.note.conformNotFound', params: { clause: conform.clause } });
      if (row && 'note' in row) notes.push(row.note);
      const untold = !ours && fits && placement?.kind === 'part' ? untoldNote(clause, placement.part, locale) : undefined;
      if (untold) notes.push(untold);
      return ok<FixReport>({ mode: target ? 'replaced' : 'inserted', paragraphs: texts.length, tracked: true }, notes);
    });
  } catch (err) {
    if (before === null) return failed(wordError(err));
    const done = await recover(api, before, lines.map((l) => l.text), userMode, tracesOf(err).includes(REPLACED), rowTried);
    // Word declined the new row (a Word or a table it cannot add rows to) and nothing stayed: the clause goes at the cursor, and the user is told.
    if (rowTried && refused(err) && done.every((d) => d.key === 'host.done.nothing' || d.key === 'host.done.trackingRestored')) {
      const again = await applyFix(api, caps, finding, clause, { kind: 'new' }, locale);
      return again.ok ? ok(again.value, [...again.notes, atCursor('host.note.rowAtCursor', clause, locale)]) : again;
    }
    return failed(wordError(err), done);
  }
}

/**
 * After a failed fix: set tracking back to the user's mode, and unless the fix went in whole,
 * remove the paragraphs that did go in (our own tracked insertions, which Word drops outright).
 * A new row (`row`) that went in goes whole, as a row: its cells' paragraphs are the clause's lines
 * that went in and, last, the empty cell left for the Chinese; taking out only the paragraphs
 * would leave an empty row.
 */
async function recover(api: WordApi, before: readonly string[], planned: readonly string[], userMode: string, applied: boolean, row: boolean): Promise<HostMessage[]> {
  try {
    return await api.run(async (ctx) => {
      const paragraphs = ctx.document.body.paragraphs;
      paragraphs.load(row ? 'items/text,items/tableNestingLevel' : 'items/text');
      await ctx.sync();
      const done: HostMessage[] = [];
      if (applied) done.push({ key: 'host.done.fixApplied' });
      else {
        const now = paragraphs.items.map((p) => p.text);
        const extra = now.length - before.length;
        const start = insertedRun(before, now, planned, { slot: row });
        const items = paragraphs.items;
        const inRow = row && start !== null && items.slice(start, start + extra).every((p) => p.tableNestingLevel > 0);
        if (extra === 0) done.push({ key: 'host.done.nothing' });
        else if (start === null || (row && !inRow)) done.push({ key: 'host.done.partialInsert', params: { count: Math.max(extra, 0) } });
        else if (inRow) {
          items[start]!.parentTableCellOrNullObject.parentRow.delete();
          done.push({ key: 'host.done.rolledBack', params: { count: extra } });
        } else {
          items[start]!.getRange('Whole').expandTo(items[start + extra - 1]!.getRange('Whole')).delete();
          done.push({ key: 'host.done.rolledBack', params: { count: extra } });
        }
      }
      ctx.document.changeTrackingMode = userMode;
      await ctx.sync();
      done.push({ key: 'host.done.trackingRestored' });
      return done;
    });
  } catch {
    return [applied ? { key: 'host.done.fixApplied' } : { key: 'host.done.partialUnknown' }, { key: 'host.done.trackingLeftOn' }];
  }
}
