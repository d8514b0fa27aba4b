import type { ContentControlRef, DocParagraph, DocRevision, TablePosition, TextEmphasis } from '../../core/document';
import type { Numbering } from './numbering';
import { readNumPr, type Styles } from './styles';
import { addEmphasis, type Emphasis } from './run-format';
import { child, type El, elements, inW, MC, val, wAttr } from './xml';
import { CommentRanges, type CommentAnchor } from './comment-ranges';
import { chooseBranch, controlOf, findTextBoxes, rowText, symbol, unwrap } from './body-elements';

/**
 * A paragraph being read; its index is known once it is emitted. A paragraph whose mark was
 * deleted is carried on as the same object into the next one, so references to it stay right.
 */
class Para {
  text = '';
  index?: number;
  /** Text boxes anchored here; almost always none, so made only when one is found. */
  boxes?: El[];
  /**
   * The w:p elements it was read from: more than one where a paragraph mark was deleted. Made at
   * its exact size: an empty array that is pushed to reserves 17 slots, which for a million
   * paragraphs held 150 MB more at the peak of a read.
   */
  elements: El[];
  emphasis: TextEmphasis[] = [];

  constructor(first?: El) {
    this.elements = first ? [first] : [];
  }
}

interface Revision {
  kind: DocRevision['kind'];
  author?: string;
  date?: string;
  para: Para;
  /** Where it sits in the paragraph's accepted text: insertions span start..end, deletions are a point. */
  start: number;
  end: number;
  text: string;
}

interface BlockCtx {
  table?: TablePosition;
  cc?: ContentControlRef;
}

interface InlineState {
  deleted: boolean;
  revision?: Revision;
}

export interface NoteRef {
  kind: 'footnote' | 'endnote';
  id: string;
}

/**
 * Reads WordprocessingML block content (a body, a note, a comment) into paragraphs in reading
 * order, as the text reads with every tracked change accepted:
 * - insertions and moved-to text are kept, deletions and moved-from text dropped (and recorded);
 *   a deleted paragraph mark joins the paragraph to the next one; deleted table rows disappear;
 * - field results are kept and field codes dropped, nested fields included;
 * - a text box's paragraphs follow the paragraph that anchors it; of a markup-compatibility
 *   choice (mc:AlternateContent) only one branch is read, so nothing is read twice.
 */
export class BodyReader {
  readonly paragraphs: DocParagraph[] = [];
  readonly noteRefs: NoteRef[] = [];
  readonly comments = new CommentRanges<Para>();
  /** Per emitted paragraph, the w:p elements it was read from (what a writer edits). */
  readonly sources: El[][] = [];
  private boxDepth = 0;
  private readonly revisions: Revision[] = [];
  private readonly fields: ('code' | 'result')[] = [];
  /** How many open fields are still in their code: counted, not searched for at every run. */
  private codes = 0;
  private carry?: Para;
  private tables = 0;
  private current?: Para;
  /** The style of the w:p whose runs are being read: their bold and italics may come from it. */
  private paragraphStyle?: string;

  constructor(
    private readonly styles: Styles,
    private readonly numbering: Numbering,
  ) {}

  /** Read a container of block content (w:body, w:footnote, w:comment, w:txbxContent, w:tc). */
  read(container: El, ctx: BlockCtx = {}): void {
    this.blocks(container, ctx);
    this.flush(ctx);
  }

  revisionList(): DocRevision[] {
    const last = Math.max(0, this.paragraphs.length - 1);
    const out: DocRevision[] = [];
    let prev: (Revision & { paragraph: number }) | undefined;
    for (const r of this.revisions) {
      if (!r.text) continue;
      const paragraph = Math.min(r.para.index ?? last, last);
      // One record per contiguous change: Word splits a single edit into many runs.
      if (prev && prev.kind === r.kind && prev.author === r.author && prev.date === r.date && prev.paragraph === paragraph && prev.end === r.start && prev.para === r.para) {
        prev.text += r.text;
        prev.end = r.end;
        continue;
      }
      prev = { ...r, paragraph };
      out.push(prev);
    }
    return out.map(({ kind, author, date, paragraph, text }) => ({ kind, ...(author ? { author } : {}), ...(date ? { date } : {}), paragraph, text }));
  }

  commentParagraph(anchor: CommentAnchor<Para>): number | undefined {
    return anchor.para?.index;
  }

  private blocks(parent: El, ctx: BlockCtx): void {
    for (const el of elements(parent)) {
      if (el.namespaceURI === MC && el.localName === 'AlternateContent') {
        const branch = chooseBranch(el);
        if (branch) this.blocks(branch, ctx);
        continue;
      }
      if (!inW(el)) continue;
      switch (el.localName) {
        case 'p':
          this.paragraph(el, ctx);
          break;
        case 'tbl':
          this.table(el, ctx);
          break;
        case 'sdt': {
          const content = child(el, 'sdtContent');
          if (content) this.blocks(content, { ...ctx, cc: controlOf(el) ?? ctx.cc });
          break;
        }
        case 'customXml':
        case 'ins':
        case 'moveTo':
          this.blocks(el, ctx);
          break;
        case 'commentRangeStart':
          this.openComment(el, this.current);
          break;
        case 'commentRangeEnd':
          this.closeComment(el);
          break;
      }
    }
  }

  private table(tbl: El, ctx: BlockCtx): void {
    const table = this.tables++;
    let row = 0;
    for (const tr of unwrap(tbl, 'tr')) {
      if (child(child(tr, 'trPr'), 'del')) {
        // A deleted row is gone once changes are accepted; record what it held.
        const text = rowText(tr);
        if (text) this.revisions.push({ kind: 'deletion', author: wAttr(child(child(tr, 'trPr'), 'del'), 'author'), date: wAttr(child(child(tr, 'trPr'), 'del'), 'date'), para: this.nextPara(), start: 0, end: 0, text });
        continue;
      }
      let cell = 0;
      for (const tc of unwrap(tr, 'tc')) {
        this.read(tc, { ...ctx, table: { table, row, cell } });
        cell++;
      }
      row++;
    }
  }

  /** The paragraph that will be emitted next: where a change between paragraphs is reported. */
  private nextPara(): Para {
    const p = new Para();
    p.index = this.paragraphs.length;
    return p;
  }

  private paragraph(p: El, ctx: BlockCtx): void {
    const para = this.carry ?? new Para(p);
    if (this.carry) para.elements.push(p);
    this.carry = undefined;
    this.current = para;
    this.comments.paragraph(para);
    const pPr = child(p, 'pPr');
    this.paragraphStyle = val(pPr, 'pStyle');
    this.inline(p, para, { deleted: false });
    this.current = undefined;

    if (child(child(pPr, 'rPr'), 'del')) {
      // The paragraph mark is a tracked deletion: accepted, this text runs into the next paragraph.
      this.carry = para;
      return;
    }
    this.emit(para, pPr, ctx);
  }

  private emit(para: Para, pPr: El | undefined, ctx: BlockCtx): void {
    const styleId = val(pPr, 'pStyle');
    const style = this.styles.get(styleId);
    const outline = val(pPr, 'outlineLvl');
    // A direct outline level wins over the style's; level 9 is Word's "Body Text".
    const headingLevel = outline === undefined ? this.styles.headingLevel(styleId) : Number(outline) < 9 ? Number(outline) + 1 : undefined;
    // An empty paragraph that only carries a section break shows no number and does not count
    // (Word and LibreOffice agree; Common Paper's forms put one before their "1.").
    const sectionBreakOnly = para.text === '' && child(pPr, 'sectPr') !== undefined;
    const listLabel = sectionBreakOnly ? undefined : this.numbering.next(readNumPr(child(pPr, 'numPr')), styleId ?? this.styles.defaultId);
    para.index = this.paragraphs.length;
    const out: DocParagraph = { index: para.index, text: para.text };
    if (style) out.style = style.name;
    if (headingLevel !== undefined) out.headingLevel = headingLevel;
    if (listLabel) out.listLabel = listLabel;
    if (ctx.table) out.table = ctx.table;
    if (ctx.cc) out.contentControl = ctx.cc;
    if (para.emphasis.length > 0) out.emphasis = para.emphasis;
    if (this.boxDepth > 0) out.textBox = true;
    if (child(pPr, 'sectPr')) out.sectionEnd = true;
    this.paragraphs.push(out);
    this.sources.push(para.elements);
    this.comments.text('\n');
    const boxes = para.boxes;
    if (!boxes) return;
    para.boxes = undefined;
    this.boxDepth++;
    for (const box of boxes) this.read(box, {});
    this.boxDepth--;
  }

  /** A container ends: a paragraph whose mark was deleted has nothing left to join. */
  private flush(ctx: BlockCtx): void {
    const para = this.carry;
    if (!para) return;
    this.carry = undefined;
    this.emit(para, undefined, ctx);
  }

  private inline(parent: El, para: Para, state: InlineState): void {
    for (const el of elements(parent)) {
      if (el.namespaceURI === MC && el.localName === 'AlternateContent') {
        const branch = chooseBranch(el);
        if (branch) this.inline(branch, para, state);
        continue;
      }
      if (!inW(el)) continue;
      switch (el.localName) {
        case 'r':
          this.run(el, para, state);
          break;
        case 'ins':
        case 'moveTo':
          // Inserted and then deleted by someone else: it stays part of the deletion.
          this.inline(el, para, state.deleted ? state : { deleted: false, revision: this.revision('insertion', el, para) });
          break;
        case 'del':
        case 'moveFrom':
          this.inline(el, para, { deleted: true, revision: this.revision('deletion', el, para) });
          break;
        case 'hyperlink':
        case 'smartTag':
        case 'customXml':
        case 'fldSimple':
        case 'dir':
        case 'bdo':
          this.inline(el, para, state);
          break;
        case 'sdt': {
          const content = child(el, 'sdtContent');
          if (content) this.inline(content, para, state);
          break;
        }
        case 'commentRangeStart':
          this.openComment(el, para);
          break;
        case 'commentRangeEnd':
          this.closeComment(el);
          break;
      }
    }
  }

  private revision(kind: Revision['kind'], el: El, para: Para): Revision {
    const r: Revision = { kind, author: wAttr(el, 'author'), date: wAttr(el, 'date'), para, start: para.text.length, end: para.text.length, text: '' };
    this.revisions.push(r);
    return r;
  }

  private run(r: El, para: Para, state: InlineState): void {
    const emphasis = this.styles.runs.of(this.paragraphStyle, child(r, 'rPr'));
    const add = (text: string) => this.add(text, para, state, emphasis);
    for (const el of elements(r)) {
      if (!inW(el)) {
        if (el.namespaceURI === MC && el.localName === 'AlternateContent' && !state.deleted) {
          const branch = chooseBranch(el);
          if (branch) findTextBoxes(branch, (para.boxes ??= []));
        }
        continue;
      }
      switch (el.localName) {
        case 't':
        case 'delText':
          add(el.textContent);
          break;
        case 'tab':
        case 'ptab':
          add('\t');
          break;
        case 'br': {
          const type = wAttr(el, 'type');
          if (type !== 'page' && type !== 'column') add('\n');
          break;
        }
        case 'cr':
          add('\n');
          break;
        case 'noBreakHyphen':
          add('\u2011');
          break;
        case 'sym':
          add(symbol(wAttr(el, 'char')));
          break;
        case 'fldChar': {
          const type = wAttr(el, 'fldCharType');
          if (type === 'begin') {
            this.fields.push('code');
            this.codes++;
          } else if (type === 'separate' && this.fields[this.fields.length - 1] === 'code') {
            this.fields[this.fields.length - 1] = 'result';
            this.codes--;
          } else if (type === 'end' && this.fields.pop() === 'code') this.codes--;
          break;
        }
        case 'footnoteReference':
        case 'endnoteReference': {
          const id = wAttr(el, 'id');
          if (id !== undefined && !state.deleted) this.noteRefs.push({ kind: el.localName === 'footnoteReference' ? 'footnote' : 'endnote', id });
          break;
        }
        case 'commentReference': {
          const id = wAttr(el, 'id');
          if (id !== undefined) this.comments.reference(id, para);
          break;
        }
        case 'drawing':
        case 'pict':
        case 'object':
          if (!state.deleted) findTextBoxes(el, (para.boxes ??= []));
          break;
      }
    }
  }

  private add(text: string, para: Para, state: InlineState, emphasis: Emphasis): void {
    if (!text || this.codes > 0) return;
    if (state.deleted) {
      if (state.revision) state.revision.text += text;
      return;
    }
    addEmphasis(para.emphasis, para.text.length, para.text.length + text.length, emphasis);
    para.text += text;
    if (state.revision) {
      state.revision.text += text;
      state.revision.end = para.text.length;
    }
    this.comments.text(text);
  }

  private openComment(el: El, para: Para | undefined): void {
    const id = wAttr(el, 'id');
    if (id !== undefined) this.comments.start(id, para);
  }

  private closeComment(el: El): void {
    this.comments.end(wAttr(el, 'id') ?? '');
  }
}
