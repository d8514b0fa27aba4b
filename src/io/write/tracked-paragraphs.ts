import { clauseHeading, labelledText, SUB_CLAUSE_INDENT } from '../../core/agreement/clause-text';
import type { RenderedClause } from '../../core/agreement/rendered';
import type { DocxPackage } from '../read/package';
import { child, type El, elements, inW, isW, wAttr } from '../read/xml';
import { type ChangeMark, closeStart, qnameAt, type WordMarkup } from './wordml-markup';
import { ORDER, type TextEdits } from './text-edits';

/** Inline elements whose runs are read as the paragraph's text, and so are deleted with it. */
const RUN_CONTAINERS = new Set(['ins', 'moveTo', 'hyperlink', 'smartTag', 'customXml', 'fldSimple', 'dir', 'bdo']);

/** Fresh w:id values for the annotations we add, above every id the package already uses. */
export class Ids {
  constructor(private next: number) {}
  take(): number {
    return this.next++;
  }
}

/**
 * Edits that make one w:p a tracked deletion: each run that still reads (not already deleted by
 * someone) goes into a w:del, its w:t becoming w:delText and its w:instrText w:delInstrText, and
 * the paragraph mark is marked deleted so the emptied paragraph joins the next one on Accept.
 * A mark that carries a section break stays, as deleting it would merge two page layouts.
 */
export function deleteParagraph(source: string, p: El, w: WordMarkup, mark: ChangeMark, ids: Ids, edits: TextEdits): void {
  deleteRuns(source, p, w, mark, ids, edits);
  deleteMark(source, p, w, mark, ids, edits);
}

/** A paragraph's mark alone as a tracked deletion: on Accept the paragraph joins the next one. */
export function deleteMark(source: string, p: El, w: WordMarkup, mark: ChangeMark, ids: Ids, edits: TextEdits): void {
  markParagraph(source, p, w.tag('del', w.changeAttrs(ids.take(), mark), true), edits);
}

/** Every run of a paragraph that still reads as a tracked deletion, its mark left as it is. */
export function deleteRuns(source: string, p: El, w: WordMarkup, mark: ChangeMark, ids: Ids, edits: TextEdits): void {
  const wrap = (parent: El): void => {
    for (const el of elements(parent)) {
      if (!inW(el)) continue;
      if (el.localName === 'r') deleteRun(source, el, w, mark, ids, edits);
      else if (RUN_CONTAINERS.has(el.localName)) wrap(el);
      else if (el.localName === 'sdt') {
        const content = child(el, 'sdtContent');
        if (content) wrap(content);
      }
    }
  };
  wrap(p);
}

/** One run as a tracked deletion, as it stands: its w:t becomes w:delText, its w:instrText w:delInstrText. */
export function deleteRun(source: string, el: El, w: WordMarkup, mark: ChangeMark, ids: Ids, edits: TextEdits): void {
  edits.insert(el.source!.start, w.tag('del', w.changeAttrs(ids.take(), mark)), ORDER.open);
  for (const c of elements(el)) {
    if (isW(c, 't')) rename(source, c, 'delText', edits);
    else if (isW(c, 'instrText')) rename(source, c, 'delInstrText', edits);
  }
  edits.insert(el.source!.end, w.end('del'), ORDER.close);
}

/**
 * A paragraph's mark as a tracked insertion, so paragraphs inserted after it can end on the draft's
 * own mark (see insertedParagraphs' `ownMark`). False where the mark already records a change.
 */
export function insertMark(source: string, p: El, w: WordMarkup, mark: ChangeMark, ids: Ids, edits: TextEdits): boolean {
  const pPr = child(p, 'pPr');
  const rPr = child(pPr, 'rPr');
  if (child(pPr, 'sectPr') || child(rPr, 'ins') || child(rPr, 'del')) return false;
  markParagraph(source, p, w.tag('ins', w.changeAttrs(ids.take(), mark), true), edits);
  return true;
}

/**
 * A paragraph's mark as a tracked insertion where the mark carries a section break: the break is
 * taken off it and returned as written, for the paragraph inserted last to carry (as Word keeps a
 * section break on the mark that ends the text typed before it). Undefined where the paragraph
 * holds no break or its mark already records a change.
 */
export function insertMarkBeforeBreak(source: string, p: El, w: WordMarkup, mark: ChangeMark, ids: Ids, edits: TextEdits): string | undefined {
  const pPr = child(p, 'pPr');
  const rPr = child(pPr, 'rPr');
  const sectPr = child(pPr, 'sectPr');
  if (!sectPr || child(rPr, 'ins') || child(rPr, 'del') || child(pPr, 'pPrChange')) return undefined;
  edits.replace(sectPr.source!.start, sectPr.source!.end, '');
  markParagraph(source, p, w.tag('ins', w.changeAttrs(ids.take(), mark), true), edits, true);
  return source.slice(sectPr.source!.start, sectPr.source!.end);
}

/** The paragraph mark as a tracked change: the w:del (or w:ins) first in the mark's run properties (after a w:ins). */
function markParagraph(source: string, p: El, del: string, edits: TextEdits, breakMoves = false): void {
  const pPr = child(p, 'pPr');
  const rPr = child(pPr, 'rPr');
  if ((child(pPr, 'sectPr') && !breakMoves) || child(rPr, 'del')) return;
  const pName = qnameAt(source, p);
  const prefix = pName.includes(':') ? `${pName.slice(0, pName.indexOf(':') + 1)}` : '';
  if (rPr) {
    const ins = child(rPr, 'ins');
    if (ins) edits.insert(ins.source!.end, del);
    else if (rPr.source!.openEnd === rPr.source!.end) edits.replace(rPr.source!.start, rPr.source!.end, `<${prefix}rPr>${del}</${prefix}rPr>`);
    else edits.insert(rPr.source!.openEnd, del);
    return;
  }
  const wrapped = `<${prefix}rPr>${del}</${prefix}rPr>`;
  if (pPr) {
    // The mark's properties come before a section break and a recorded property change.
    const later = child(pPr, 'pPrChange');
    if (later) edits.insert(later.source!.start, wrapped);
    else if (pPr.source!.openEnd === pPr.source!.end) edits.replace(pPr.source!.start, pPr.source!.end, `<${prefix}pPr>${wrapped}</${prefix}pPr>`);
    else edits.insert(closeStart(source, pPr), wrapped);
    return;
  }
  if (p.source!.openEnd === p.source!.end) {
    const open = source.slice(p.source!.start, p.source!.end - 2).trimEnd();
    edits.replace(p.source!.start, p.source!.end, `${open}><${prefix}pPr>${wrapped}</${prefix}pPr></${pName}>`);
  } else edits.insert(p.source!.openEnd, `<${prefix}pPr>${wrapped}</${prefix}pPr>`);
}

/** "<w:t" to "<w:delText", and its end tag with it. */
function rename(source: string, el: El, local: string, edits: TextEdits): void {
  const name = qnameAt(source, el);
  const renamed = name.includes(':') ? `${name.slice(0, name.indexOf(':') + 1)}${local}` : local;
  const { start, openEnd, end } = el.source!;
  edits.replace(start + 1, start + 1 + name.length, renamed);
  if (openEnd !== end) {
    const close = closeStart(source, el);
    edits.replace(close + 2, close + 2 + name.length, renamed);
  }
}

/** What a new paragraph takes from one of the draft's: its style, its list numbering or none, its first or last run's look. */
export interface ParagraphLook {
  pStyle?: string;
  /** The template's own w:numPr, kept: Word numbers the new paragraph as the next item of the draft's list. */
  numPr?: string;
  /** Word numbers the new paragraph (numPr kept, or a numbered style): its text carries no label of its own. */
  listed: boolean;
  /** The template was numbered by Word but the new paragraph carries its label as text: numbering is switched off. */
  unlisted: boolean;
  /** A w:rPr copied from the draft (without recorded formatting changes), or ''. */
  rPr: string;
  /** The template's paragraph-mark formatting (the list number is drawn in it), without its changes. */
  markProps: string;
  /** The template's own left indent in twips (0 where it sets none), which sub-clauses are indented from. */
  indent: number;
}


/** Run properties of a paragraph mark that record changes rather than formatting. */
const MARK_CHANGES = new Set(['ins', 'del', 'moveFrom', 'moveTo', 'rPrChange']);

/**
 * The look of a template paragraph. `listed` says Word numbers it (the reader gave it a list
 * label); with `keepList` the new paragraph stays in that list, so the draft's numbering after it
 * does not shift, else its numbering is switched off and the label goes in as text.
 */
export function lookOf(source: string, p: El | undefined, { listed, keepList }: { listed: boolean; keepList: boolean }, run: 'first' | 'last'): ParagraphLook {
  const pPr = child(p, 'pPr');
  const style = child(pPr, 'pStyle');
  const numPr = child(pPr, 'numPr');
  const runs = p ? readingRuns(p) : [];
  const r = run === 'first' ? runs[0] : runs[runs.length - 1];
  const rPr = child(r, 'rPr');
  let props = '';
  if (rPr) {
    const change = child(rPr, 'rPrChange');
    props = change
      ? source.slice(rPr.source!.start, change.source!.start) + source.slice(change.source!.end, rPr.source!.end)
      : source.slice(rPr.source!.start, rPr.source!.end);
  }
  const keep = listed && keepList;
  const markRPr = child(pPr, 'rPr');
  const markProps = markRPr
    ? [...elements(markRPr)].filter((el) => !(inW(el) && MARK_CHANGES.has(el.localName))).map((el) => source.slice(el.source!.start, el.source!.end)).join('')
    : '';
  return {
    ...(style ? { pStyle: source.slice(style.source!.start, style.source!.end) } : {}),
    ...(keep && numPr ? { numPr: source.slice(numPr.source!.start, numPr.source!.end) } : {}),
    listed: keep,
    unlisted: !keep && (listed || Boolean(numPr)),
    rPr: props,
    markProps,
    indent: Number(wAttr(child(pPr, 'ind'), 'left') ?? wAttr(child(pPr, 'ind'), 'start') ?? 0) || 0,
  };
}

/** The runs of a paragraph that read (not deleted), in order. */
export function readingRuns(parent: El, out: El[] = []): El[] {
  for (const el of elements(parent)) {
    if (!inW(el)) continue;
    if (el.localName === 'r') out.push(el);
    else if (RUN_CONTAINERS.has(el.localName)) readingRuns(el, out);
  }
  return out;
}

/** One paragraph to insert: its text, the draft paragraph it looks like, and whether it is an "(a)" sub-clause. */
export interface InsertedLine {
  text: string;
  look: ParagraphLook;
  sub?: boolean;
}

/**
 * New paragraphs as a tracked insertion: each paragraph's runs in a w:ins and its mark inserted
 * too, so Reject removes them whole and Accept keeps them as plain paragraphs. `tail` goes at
 * the end of the last paragraph (a comment's range end and reference).
 *
 * With `ownMark`, the paragraph they follow has had its mark inserted instead (insertMark) and the
 * last one ends on that paragraph's own mark, as Word records text typed at a paragraph's end:
 * Reject joins the paragraph to its own mark again and leaves the one after untouched. The mark
 * holds the new look, recorded as changed from the paragraph's own properties, and the section
 * break taken off the paragraph's mark, if any (insertMarkBeforeBreak).
 */
export function insertedParagraphs(lines: readonly InsertedLine[], w: WordMarkup, mark: ChangeMark, ids: Ids, tail = '', head = '', next?: string, ownMark?: { props: string; markProps: string; section?: string }): string {
  return lines
    .map(({ text, look: own, sub }, i) => {
      const last = i === lines.length - 1;
      // LibreOffice's Reject gives the draft's next paragraph this one's properties and restores
      // from w:pPrChange only what that names: an explicit "no numbering" here would stay and
      // unnumber a paragraph its style numbers. The last line drops the style it switched off.
      const look = last && next !== undefined && own.unlisted ? { ...own, pStyle: undefined, unlisted: false } : own;
      // An empty w:rPr before a moved section break made LibreOffice's Accept leave an empty paragraph after it.
      const markIns = last && ownMark ? (ownMark.markProps && `${w.tag('rPr')}${ownMark.markProps}${w.end('rPr')}`) : `${w.tag('rPr')}${w.tag('ins', w.changeAttrs(ids.take(), mark), true)}${look.markProps}${w.end('rPr')}`;
      // LibreOffice's Reject joins the draft's next paragraph to the last inserted one and gives it
      // that one's properties: recorded as formatted from the next paragraph's, Reject gives them back.
      const was = last ? (ownMark?.props ?? next) : undefined;
      const props = lineProps(look, sub, w);
      const change = was !== undefined && was !== props ? `${w.tag('pPrChange', w.changeAttrs(ids.take(), mark))}${w.tag('pPr')}${was}${w.end('pPr')}${w.end('pPrChange')}` : '';
      const inner = `${props}${markIns}${(last && ownMark?.section) || ''}${change}`;
      const pPr = inner && `${w.tag('pPr')}${inner}${w.end('pPr')}`;
      const runs = `${w.tag('ins', w.changeAttrs(ids.take(), mark))}${w.runs(text, look.rPr)}${w.end('ins')}`;
      return `${w.tag('p')}${pPr}${i === 0 ? head : ''}${runs}${last ? tail : ''}${w.end('p')}`;
    })
    .join('');
}

/** A new paragraph's own properties: its look's style and numbering, and a sub-clause's hanging indent. */
export function lineProps(look: ParagraphLook, sub: boolean | undefined, w: WordMarkup, level = 0): string {
  // A sub-clause hangs its "(a)" in from the clause's text, as drafts lay out their own.
  const indent = sub ? w.tag('ind', { [w.strict ? 'start' : 'left']: look.indent + SUB_CLAUSE_INDENT.left, hanging: SUB_CLAUSE_INDENT.hanging }, true) : '';
  return `${look.pStyle ?? ''}${numberingOf(look, w, level)}${indent}`;
}

/**
 * A look's numbering: the draft's list kept, switched off, or none. Switched off, the list level
 * is `level`: LibreOffice's Reject restores a paragraph's list from a w:pPrChange but keeps the
 * level it has, so a paragraph switched off at its own level comes back at it.
 */
function numberingOf(look: ParagraphLook, w: WordMarkup, level: number): string {
  return look.numPr ?? (look.unlisted ? `${w.tag('numPr')}${w.tag('ilvl', { val: level }, true)}${w.tag('numId', { val: 0 }, true)}${w.end('numPr')}` : '');
}

/** A paragraph's own properties (not its mark's, section break or recorded changes), as a w:pPrChange holds them. */
export function ownProps(source: string, p: El | undefined): string {
  const pPr = child(p, 'pPr');
  if (!pPr || child(pPr, 'pPrChange')) return '';
  return [...elements(pPr)].filter((el) => !(inW(el) && (el.localName === 'rPr' || el.localName === 'sectPr'))).map((el) => source.slice(el.source!.start, el.source!.end)).join('');
}

/**
 * A line typed over a paragraph whose mark stays (it holds a section break): its words deleted and
 * the line's inserted. Where Word numbers the paragraph, or the line is a sub-clause, the
 * paragraph takes the line's look, its own recorded in a w:pPrChange (the line carries its label
 * as text, so Word's number would stand twice); else it keeps its look, as typed text would.
 */
export function typeOver(source: string, p: El, line: InsertedLine, w: WordMarkup, mark: ChangeMark, ids: Ids, edits: TextEdits): void {
  deleteRuns(source, p, w, mark, ids, edits);
  edits.insert(closeStart(source, p), `${w.tag('ins', w.changeAttrs(ids.take(), mark))}${w.runs(line.text, line.look.rPr)}${w.end('ins')}`, ORDER.end);
  const pPr = child(p, 'pPr')!;
  const was = ownProps(source, p);
  const now = lineProps(line.look, line.sub, w, Number(wAttr(child(child(pPr, 'numPr'), 'ilvl'), 'val') ?? 0) || 0);
  if ((!line.look.unlisted && !line.sub) || now === was) return;
  edits.replace(pPr.source!.openEnd, (child(pPr, 'rPr') ?? child(pPr, 'sectPr'))!.source!.start, now);
  edits.insert(closeStart(source, pPr), `${w.tag('pPrChange', w.changeAttrs(ids.take(), mark))}${w.tag('pPr')}${was}${w.end('pPr')}${w.end('pPrChange')}`, ORDER.end);
}

/** Whether a paragraph's mark records no change yet (and, unless `section`, carries no section break), so one may be recorded. */
export function markFree(p: El, section: boolean): boolean {
  const pPr = child(p, 'pPr');
  const rPr = child(pPr, 'rPr');
  return !child(pPr, 'pPrChange') && !child(rPr, 'ins') && !child(rPr, 'del') && (section || !child(pPr, 'sectPr'));
}

/** Just after a paragraph's properties: where its content, and a comment's range, begins. */
export function afterProperties(p: El): number {
  const pPr = child(p, 'pPr');
  return pPr ? pPr.source!.end : p.source!.openEnd;
}

/** The highest numeric w:id in the parts that hold annotations, so ours never collide with one. */
export async function highestId(pkg: DocxPackage, rels: { kind: string; target: string; external: boolean }[], documentText: string): Promise<number> {
  const texts = [documentText];
  for (const r of rels) if (!r.external && ['comments', 'footnotes', 'endnotes', 'header', 'footer'].includes(r.kind)) texts.push((await pkg.text(r.target)) ?? '');
  let max = 0;
  for (const t of texts) for (const m of t.matchAll(/[\s:]id\s*=\s*["'](\d{1,15})["']/g)) max = Math.max(max, Number(m[1]));
  return max;
}

/**
 * The clause as paragraphs: its heading with the look of the draft's headings, then its text. A
 * heading in the draft's own numbered list gets its number from Word (so the sections after it
 * keep theirs once the change is accepted); its sub-clauses carry their labels as text.
 */
export function clauseLines(clause: RenderedClause, looks: { heading: ParagraphLook; body: ParagraphLook }): InsertedLine[] {
  const heading = looks.heading.listed ? clause.title : clauseHeading(clause);
  return [{ text: heading, look: looks.heading }, ...clause.paragraphs.map((p) => ({ text: labelledText(clause, p), look: looks.body, sub: p.level === 2 }))];
}
