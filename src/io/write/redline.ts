import type { RenderedClause } from '../../core/agreement/rendered';
import { labelledText } from '../../core/agreement/clause-text';
import type { Finding } from '../../core/findings';
import { segment } from '../../core/review';
import { readMainDocument } from '../read/docx';
import { DEFAULT_LIMITS, DocxPackage, type ReadLimits } from '../read/package';
import { child } from '../read/xml';
import { t, type Locale } from '../../core/i18n';
import type { ParagraphSpan } from '../../core/fix/clause-span';
import type { PartReplaced } from '../../core/fix/kept-part';
import { addComments, KEEP_FOLDERS, type NewComment } from './comments-part';
import { ORDER, TextEdits } from './text-edits';
import { newHeadingModel } from '../../core/fix/new-heading';
import { afterProperties, clauseLines, deleteParagraph, deleteRuns, highestId, Ids, insertedParagraphs, insertMark, lineProps, insertMarkBeforeBreak, lookOf, markFree, ownProps, typeOver, type InsertedLine, type ParagraphLook } from './tracked-paragraphs';
import { boxCopies, boxedFixLines, deleteFromBox } from './text-box';
import { planRedline, type RedlineStep } from './redline-plan';
import { clauseName } from '../../core/fix/outcomes';
import { conformNote, newClauseNote, newHalfNote, untoldNote } from '../../core/fix/conform-note';
import { chinesePrevails } from '../../core/fix/twin-apart';
import { insertedRow, rowAt } from './table-row';
import { cuttable, deleteText, pieces } from './tracked-text';
import { type ChangeMark, closeStart, qnameAt, WordMarkup } from './wordml-markup';

/** A finding the user accepted, with the clause that fixes it when the review offers one. */
export interface AcceptedFinding {
  finding: Finding;
  clause?: RenderedClause | null;
}

export interface RedlineInput {
  /** The draft as the counterparty sent it. */
  docx: Uint8Array | ArrayBuffer;
  /** Each becomes a comment giving its reason; each with a clause also a tracked change. */
  accepted: readonly AcceptedFinding[];
  /** Whose changes and comments these are: the user's name, else "Clausewright". */
  author?: string;
  date?: Date;
  /** The language of what the redline itself says (why a fix stands beside a text box); the findings come worded. */
  locale?: Locale;
  limits?: Partial<ReadLimits>;
}

export interface RedlineResult {
  docx: Uint8Array;
  /** Clauses replaced or added as tracked changes. */
  changes: number;
  comments: number;
  /**
   * Each tracked change: the finding it fixes and the paragraphs it puts in (heading first), as
   * numbered in the draft. Where the fix replaces part of a clause, `keeps` names the subjects of
   * the clause it leaves standing, and the paragraphs go in under the clause's own heading.
   */
  applied: { finding: string; paragraphs: string[]; keeps?: string[] }[];
}

export const DEFAULT_AUTHOR = 'Clausewright';


/**
 * The draft itself back, with each accepted fix as a tracked change that replaces the whole
 * clause holding the finding's passage (a clause the draft lacks is inserted after its last
 * numbered paragraph), and each finding's reason as a comment on its passage. Only the main
 * document part changes, plus the comments part and, when that part is new, the content types and
 * the document's relationships: every other part of the package stays byte-for-byte as it was.
 * The draft is read with the reader's limits, so a hostile file fails as it would on review.
 */
export async function writeRedlineDocx({ docx, accepted, author, date = new Date(), locale = 'en', limits: given }: RedlineInput): Promise<RedlineResult> {
  const limits = { ...DEFAULT_LIMITS, ...given };
  const pkg = await DocxPackage.open(docx, limits);
  const main = await readMainDocument(pkg, limits, { positions: true });
  const { model, text, sources } = main;
  const firstP = sources[0]?.[0];
  if (!firstP) return { docx: await pkg.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), changes: 0, comments: 0, applied: [] };

  const name = qnameAt(text, firstP);
  const w = new WordMarkup(name.includes(':') ? name.slice(0, name.indexOf(':')) : '', firstP.namespaceURI ?? '');
  const mark: ChangeMark = { author: author?.trim() || DEFAULT_AUTHOR, date: date.toISOString().replace(/\.\d{3}Z$/, 'Z') };
  const ids = new Ids((await highestId(pkg, main.rels, text)) + 1);
  const segments = segment(model);
  const { sections } = segments;
  const edits = new TextEdits();
  const comments: NewComment[] = [];
  const newClauses: { finding: Finding; clause: RenderedClause }[] = [];
  const applied: RedlineResult['applied'] = [];

  const comment = (f: Finding, note = ''): number => {
    const id = ids.take();
    comments.push({ id, paragraphs: [f.message, f.why, note].filter((s) => s.trim()) });
    return id;
  };
  const rangeEnd = (id: number): string => `${w.tag('commentRangeEnd', { id }, true)}${w.tag('r')}${w.tag('commentReference', { id }, true)}${w.end('r')}`;
  const rangeStart = (id: number): string => w.tag('commentRangeStart', { id }, true);

  // Comments on passages, placed once every replaced clause is known: one on a passage the
  // redline deletes rides on that change's own range (see replaced).
  const onPassages: { paragraph: number; id: number }[] = [];
  const commentOn = (paragraph: number, id: number): void => void onPassages.push({ paragraph, id });
  const replaced: { gone: (paragraph: number) => boolean; put: (starts: string, ends: string) => void }[] = [];

  // Every placement is decided first, so each clause comes with the terms it shares defined once.
  const plan = planRedline(model, segments, accepted);
  for (const step of plan.steps) {
    if (step.kind === 'comment') commentOn(step.paragraph, comment(step.finding, commentNote(step, locale)));
    else if (step.kind === 'new') newClauses.push(step);
    else if (step.kind === 'box') besideBox(step.finding, step.clause, step.holder, step.end);
    else {
      replace(step.finding, step.clause, step.span, step.part);
      if (step.conform) commentSpan(step.conform, conformNote(step.span, step.conform, locale));
    }
  }

  // A comment's end and reference left inside a deleted paragraph would keep that paragraph on
  // Accept: Word and LibreOffice then join the old clause to the new heading under the old
  // paragraph's list level (the DPA's new 7.2 came out "(a)"). It spans the whole change instead.
  for (const { gone, put } of replaced) {
    const riding = onPassages.filter((c) => gone(c.paragraph));
    put(riding.map((c) => rangeStart(c.id)).join(''), riding.map((c) => rangeEnd(c.id)).join(''));
  }
  for (const c of onPassages) if (!replaced.some(({ gone }) => gone(c.paragraph))) placeComment(c.paragraph, c.id);

  const { row } = plan;
  const anchor = plan.anchor ?? row?.paragraph;
  if (anchor !== undefined) {
    const at = sources[anchor]!;
    // The heading looks like the last top-level one's (in a table of clauses, in the same column), as in Word's apply-fix.
    const headingAt = row?.heading ?? newHeadingModel(model, sections, anchor);
    const looks = {
      heading: lookOf(text, sources[headingAt]![0], { listed: Boolean(model.paragraphs[headingAt]?.listLabel), keepList: true }, 'first'),
      body: lookOf(text, at[at.length - 1], { listed: Boolean(model.paragraphs[anchor]?.listLabel), keepList: false }, 'last'),
    };
    // The clauses that go in follow the draft's last section one after another, in the order given,
    // whichever of the proposed ones were chosen (numbered so by planRedline): Word numbers each
    // new heading in the draft's list as the next section, and its text says the same.
    const tr = row && rowAt(main.root, at[0]!.source!.start);
    const xml = newClauses.map(({ finding, clause }, k) => {
      const id = comment(finding);
      const added = clauseLines(clause, looks);
      done(finding, clause, added);
      if (!row) return insertedParagraphs(added, w, mark, ids, rangeEnd(id), rangeStart(id), k === newClauses.length - 1 ? following(anchor) : undefined);
      const english = insertedParagraphs(added, w, mark, ids, rangeEnd(id), rangeStart(id));
      // A row whose shape we do not copy keeps the clause in the last clause's cell, after its text.
      return (tr && insertedRow(text, tr, (cell) => (cell === row.cell ? english : chineseCell(cell, clause)), w, mark, ids)) ?? english;
    });
    edits.insert(tr && xml.length > 0 && xml[0]!.startsWith(w.tag('tr')) ? tr.source!.end : at[at.length - 1]!.source!.end, xml.join(''), ORDER.after);
    // The whole Chinese text follows the English: the new sections' Chinese is asked for after its last provision.
    if (plan.chineseEnd !== undefined && newClauses.length > 0) {
      const labels = newClauses.map(({ clause }) => clause.number ?? clause.title);
      commentSpan({ first: plan.chineseEnd, last: plan.chineseEnd }, newHalfNote(labels, chinesePrevails(model), locale));
    }
  }

  if (edits.size > 0) {
    const revised = edits.apply(text).replace(/^(<\?xml[^>]*?encoding=["'])UTF-16(?:LE|BE)?(["'])/i, '$1UTF-8$2');
    pkg.zip.file(main.part, revised, KEEP_FOLDERS);
  }
  await addComments(pkg.zip, (part) => pkg.text(part), main.part, main.rels, comments, w, mark, w.strict);
  const out = await pkg.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return { docx: out, changes: applied.length, comments: comments.length, applied };

  /** A fix gone in: its paragraphs as the result reports them. */
  function done(finding: Finding, clause: RenderedClause, added: InsertedLine[], keeps?: string[]): void {
    applied.push({ finding: finding.id, paragraphs: added.map((l) => l.text), ...(keeps ? { keeps } : {}) });
  }

  /** A clause replaced: in part where it deals with more than the fix (replacePart), else whole, typed over (replaceInPlace) or deleted with the fix after it. */
  function replace(finding: Finding, fix: RenderedClause, span: ParagraphSpan, part?: PartReplaced): void {
    if (part && replacePart(finding, fix, span, part)) return;
    const first = sources[span.first]![0]!;
    const lastPs = sources[span.last]!;
    const id = comment(finding);
    const looks = {
      heading: lookOf(text, first, { listed: Boolean(model.paragraphs[span.first]?.listLabel), keepList: true }, 'first'),
      body: lookOf(text, lastPs[lastPs.length - 1], { listed: Boolean(model.paragraphs[span.last]?.listLabel), keepList: false }, 'last'),
    };
    const added = clauseLines(fix, looks);
    if (replaceInPlace(finding, fix, span, added, looks, id)) return;
    const last = lastPs[lastPs.length - 1]!;
    const before = !!child(child(last, 'pPr'), 'sectPr');
    // Each old paragraph keeps its own properties, so Reject gives the draft back as it was
    // (LibreOffice's Reject does not apply a w:pPrChange to list numbering).
    for (let i = span.first; i <= span.last; i++) for (const p of sources[i]!) deleteParagraph(text, p, w, mark, ids, edits);
    replaced.push({
      gone: (i) => i >= span.first && i <= span.last,
      put: (starts, ends) => {
        if (before) {
          // The old clause ends a section, whose break stays: the new clause goes before it, in that section.
          edits.insert(first.source!.start, insertedParagraphs(added, w, mark, ids, '', `${rangeStart(id)}${starts}`), ORDER.start);
          edits.insert(closeStart(text, last), `${rangeEnd(id)}${ends}`, ORDER.end);
        } else {
          // The new clause goes after the old one, so the emptied paragraphs join the new heading on
          // Accept and the paragraph after the clause stays as it was (placed before, the old
          // clause's last paragraph joined that one, and LibreOffice gave it a sub-clause's list
          // level). The comment runs from the old clause to the end of the new one.
          edits.insert(afterProperties(first), `${rangeStart(id)}${starts}`, ORDER.start);
          edits.insert(last.source!.end, insertedParagraphs(added, w, mark, ids, `${rangeEnd(id)}${ends}`, '', following(span.last)), ORDER.after);
        }
      },
    });
    done(finding, fix, added);
  }

  /**
   * Where the clause deals with a subject the fix does not (partReplaced), the fix takes out only
   * the sentences on its own subject: the clause keeps its heading, number and the rest, and the
   * fix's paragraphs follow it under their own labels. False where the clause goes whole.
   */
  function replacePart(finding: Finding, clause: RenderedClause, span: ParagraphSpan, part: PartReplaced): boolean {
    const last = sources[span.last]!.at(-1)!;
    if (child(child(last, 'pPr'), 'sectPr')) return false;
    const cuts = part.deleted.map((range) => {
      const ps = sources[range.paragraph]!;
      const whole = range.start === 0 && range.end >= model.paragraphs[range.paragraph]!.text.length && range.paragraph !== span.first;
      return { range, ps, whole, runs: ps.length === 1 ? pieces(ps[0]!, model.paragraphs[range.paragraph]!.text) : undefined };
    });
    if (cuts.some((c) => !c.whole && !(c.runs && cuttable(c.runs, c.range.start, c.range.end)))) return false;
    for (const c of cuts) {
      if (c.whole) for (const p of c.ps) deleteParagraph(text, p, w, mark, ids, edits);
      else deleteText(text, c.runs!, c.range.start, c.range.end, w, mark, ids, edits);
    }
    const untold = untoldNote(clause, part, locale);
    const id = comment(finding, untold ? t(locale, untold.key, untold.params) : '');
    const body = lookOf(text, last, { listed: Boolean(model.paragraphs[span.last]?.listLabel), keepList: false }, 'last');
    const added: InsertedLine[] = clause.paragraphs.map((p) => ({ text: labelledText(clause, p), look: body, sub: p.level === 2 }));
    // The fix goes in as text typed at the end of the clause's last paragraph that stays: that
    // paragraph's mark is inserted and the fix ends on its own mark; paragraphs deleted whole after
    // it stay after the fix (as in replaceInPlace). LibreOffice's Reject then joins the paragraph to
    // its own mark and leaves the next clause alone; joined to the next clause instead, that clause
    // came back at list level 0 (the pilot's 1.6 as "2.", a 2.3 after a 2.2 whose (a) and (b) went
    // as "3."), since LibreOffice restores a list from w:pPrChange but not its level. The price:
    // while changes are pending LibreOffice 7.4 numbers the clause "[1.5]" and the next "1.5[1.6]"
    // (its old-and-new numbers for a list item whose mark is tracked), though Accept keeps 1.6; a
    // fix added as Word adds a paragraph (its own mark inserted) shows one number each there.
    const whole = (i: number): boolean => cuts.some((c) => c.whole && c.range.paragraph === i);
    let end = span.last;
    while (whole(end)) end--;
    const at = sources[end]!.at(-1)!;
    const own = ownProps(text, at);
    const stays = own !== '' && insertMark(text, at, w, mark, ids, edits);
    replaced.push({
      gone: whole,
      put: (starts, ends) => {
        edits.insert(afterProperties(sources[span.first]![0]!), `${rangeStart(id)}${starts}`, ORDER.start);
        const tail = `${rangeEnd(id)}${ends}`;
        if (stays) edits.insert(at.source!.end, insertedParagraphs(added, w, mark, ids, tail, '', undefined, { props: own, markProps: body.markProps }), ORDER.after);
        else edits.insert(last.source!.end, insertedParagraphs(added, w, mark, ids, tail, '', following(span.last)), ORDER.after);
      },
    });
    done(finding, clause, added, part.keeps);
    return true;
  }

  /**
   * A clause replaced whole, written as Word records typing over it: its first paragraph's words go
   * as a tracked deletion and the new heading takes their place in it (keeping its numbering, Word's
   * or typed, whichever it had); its mark becomes an inserted one (w:pPr/w:rPr/w:ins), and the new
   * clause's paragraphs follow, the last ending on the paragraph's own mark, which Word moves to the
   * end of text typed at a paragraph's end; the clause's other paragraphs then go whole, their marks
   * deleted (w:pPr/w:rPr/w:del), as Word records deleting whole paragraphs. Each paragraph joined on
   * Accept or Reject then has the properties it should whichever side of the join gives them:
   * Word gives the surviving mark's (after its w:pPrChange), LibreOffice's Reject the first one's,
   * and LibreOffice restores no list level from a w:pPrChange, so none of its results needs one.
   * Inserted after the whole clause, our last paragraph ended on a new mark and Reject joined the
   * next clause to it: LibreOffice gave that clause level 0 (the pilot's 1.7 came back as "2.", a
   * 3.3 after a replaced 3.2(a)-(b) as "4."). Where the clause's last paragraph ends a section, its
   * mark and section break stay (deleted, the break would merge two page layouts): the new clause's
   * last line is typed into it instead (typeOver). Where that paragraph is the clause's only one, its
   * break moves to the new clause's last mark, as Word keeps a break after text typed before it:
   * Reject joins the paragraph to that mark, and LibreOffice keeps the paragraph's own list level
   * (from a w:pPrChange it restores the list, not the level). A first paragraph with no properties
   * of its own is recorded as such (an empty w:pPr in the w:pPrChange). False where a mark it would
   * change already records a change. While changes show, LibreOffice draws the old words and the new
   * heading on one line (they share a paragraph). Two recordings that part them were tried and fail
   * LibreOffice 7.4: the old words in a paragraph of their own whose mark is inserted and deleted
   * (w:ins and w:del, which Word settles either way), since LibreOffice keeps only the later of the
   * two (Reject or Accept leaves an empty paragraph); and the new clause inserted before the old one,
   * deleted whole, whose Reject brought 3.2 back as "4.".
   */
  function replaceInPlace(finding: Finding, clause: RenderedClause, span: ParagraphSpan, added: InsertedLine[], looks: { heading: ParagraphLook; body: ParagraphLook }, id: number): boolean {
    const ps = sources[span.first]!;
    const p = ps[0]!;
    const lastPs = sources[span.last]!;
    const end = lastPs.at(-1)!;
    const breaks = Boolean(child(child(end, 'pPr'), 'sectPr'));
    // A clause of one paragraph that ends a section: its break moves to the new clause's last paragraph.
    const alone = breaks && span.last === span.first;
    if (ps.length !== 1 || added.length < 2 || (breaks && (lastPs.length !== 1 || !markFree(end, true)))) return false;
    const [heading, ...rest] = added;
    const typed = breaks && !alone ? rest.pop() : undefined;
    const own = ownProps(text, p);
    if (rest.length > 0 && !markFree(p, alone)) return false;
    const section = alone ? insertMarkBeforeBreak(text, p, w, mark, ids, edits) : undefined;
    if (rest.length > 0 && !alone) insertMark(text, p, w, mark, ids, edits);
    deleteRuns(text, p, w, mark, ids, edits);
    edits.insert(closeStart(text, p), `${w.tag('ins', w.changeAttrs(ids.take(), mark))}${w.runs(heading!.text, heading!.look.rPr)}${w.end('ins')}`, ORDER.end);
    for (let i = span.first + 1; i <= span.last; i++) for (const q of sources[i]!) if (q !== end || !typed) deleteParagraph(text, q, w, mark, ids, edits);
    if (typed) typeOver(text, end, typed, w, mark, ids, edits);
    replaced.push({
      gone: (i) => i >= span.first && i <= span.last,
      put: (starts, ends) => {
        edits.insert(afterProperties(p), `${rangeStart(id)}${starts}`, ORDER.start);
        const tail = `${rangeEnd(id)}${ends}`;
        if (typed) edits.insert(closeStart(text, end), tail, ORDER.end);
        if (rest.length > 0) edits.insert(p.source!.end, insertedParagraphs(rest, w, mark, ids, typed ? '' : tail, '', undefined, { props: own, markProps: looks.heading.markProps, section }), ORDER.after);
      },
    });
    done(finding, clause, added);
    return true;
  }

  /**
   * A fix whose quote sits in a text box goes beside the box, never in it (planRedline): a box is
   * drawn in one piece on one page, so a clause of several paragraphs in it is cut off where the
   * box keeps its size, and where it grows to fit its text LibreOffice drew the grown box as an
   * empty frame a page tall (the sample-evaluation return clause, typed in). The box's paragraph
   * holding the quote is deleted in the box (in both of Word's copies of it, see boxCopies), and
   * the fix goes in after the clause whose paragraph (`holder`) holds the box, ending at `end`,
   * with the comment, which says why it stands there, from that paragraph to the fix's end.
   * Beside the box the fix is unnumbered (boxedFixLines), so the draft's numbering after it does
   * not move and no number is given twice. It ends on the clause's last paragraph's own mark (as in
   * replacePart) where that paragraph holds no box: LibreOffice reads a tracked mark of a paragraph
   * that anchors a box as one inside the box (its Reject joined the box's paragraphs).
   */
  function besideBox(finding: Finding, clause: RenderedClause, holder: number, end: number): void {
    const boxes = sources[finding.evidence[0]!.paragraph]!.map((q) => boxCopies(sources[holder]!, q));
    const why = boxes.some((b) => b.grows) ? 'io.redline.besideGrowingBox' : 'io.redline.besideBox';
    const p = sources[end]!.at(-1)!;
    const id = comment(finding, t(locale, why));
    const look = lookOf(text, p, { listed: Boolean(model.paragraphs[end]?.listLabel), keepList: false }, 'last');
    const added = boxedFixLines(clause, look);
    deleteFromBox(boxes.map((b) => b.copies), { source: text, w, mark, ids, edits });
    const own = ownProps(text, p);
    const holdsBox = /<(?:\w+:)?txbxContent\b/.test(text.slice(p.source!.start, p.source!.end));
    const stays = !holdsBox && own !== '' && insertMark(text, p, w, mark, ids, edits);
    const tail = rangeEnd(id);
    edits.insert(afterProperties(sources[holder]![0]!), rangeStart(id), ORDER.start);
    edits.insert(p.source!.end, stays ? insertedParagraphs(added, w, mark, ids, tail, '', undefined, { props: own, markProps: look.markProps }) : insertedParagraphs(added, w, mark, ids, tail, '', following(end)), ORDER.after);
    done(finding, clause, added);
  }

  /** The own properties of the draft's paragraph right after paragraph `i`, where it follows it directly. */
  function following(i: number): string | undefined {
    const end = sources[i]!.at(-1)!.source!.end;
    const next = sources[i + 1]?.[0];
    return next && text.slice(end, next.source!.start).trim() === '' ? ownProps(text, next) : undefined;
  }

  /**
   * A new row's other cell: empty, inserted, and where it is the Chinese column a comment asks that
   * the new clause's Chinese text be added there, conformed to the English beside it.
   */
  function chineseCell(cell: number, clause: RenderedClause): string {
    const beside = row?.chinese?.cell === cell ? row.chinese.paragraph : undefined;
    const look = beside === undefined ? undefined : lookOf(text, sources[beside]!.at(-1), { listed: Boolean(model.paragraphs[beside]?.listLabel), keepList: false }, 'last');
    const props = `${look ? lineProps(look, false, w) : ''}${w.tag('rPr')}${w.tag('ins', w.changeAttrs(ids.take(), mark), true)}${w.end('rPr')}`;
    let note = '';
    if (beside !== undefined) {
      const id = ids.take();
      comments.push({ id, paragraphs: [newClauseNote(clause.number ?? clause.title, chinesePrevails(model), locale)] });
      note = `${rangeStart(id)}${rangeEnd(id)}`;
    }
    return `${w.tag('p')}${w.tag('pPr')}${props}${w.end('pPr')}${note}${w.end('p')}`;
  }

  /** A comment of our own (no finding's reason) over paragraphs no change touches. */
  function commentSpan(span: ParagraphSpan, note: string): void {
    const id = ids.take();
    comments.push({ id, paragraphs: [note] });
    placeComment(span.first, id, span.last);
  }

  function placeComment(paragraph: number, id: number, last = paragraph): void {
    edits.insert(afterProperties(sources[paragraph]![0]!), rangeStart(id), ORDER.start);
    edits.insert(closeStart(text, sources[last]!.at(-1)!), rangeEnd(id), ORDER.end);
  }
}

/** What a comment adds where its point has no change of its own: that the change to its clause takes in its fix, or could not, or that the clause stands in two languages. */
function commentNote(step: Extract<RedlineStep, { kind: 'comment' }>, locale: Locale): string {
  if (step.joined) return t(locale, 'io.redline.joined', { clause: clauseName(step.joined, locale) });
  if (step.twin) return t(locale, 'io.redline.otherLanguage');
  return step.covered ? t(locale, 'io.redline.covered', { clause: clauseName(step.covered, locale) }) : '';
}
