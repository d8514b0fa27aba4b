import type { RenderedClause } from '../../core/agreement/rendered';
import { type El, elements, isW, MC } from '../read/xml';
import type { TextEdits } from './text-edits';
import { deleteMark, deleteParagraph, deleteRuns, markFree, type Ids, type InsertedLine, type ParagraphLook } from './tracked-paragraphs';
import type { ChangeMark, WordMarkup } from './wordml-markup';

/** What a tracked edit of the main part needs: its text, its markup, the change's author and date, fresh ids, and the edits. */
export interface Editing {
  source: string;
  w: WordMarkup;
  mark: ChangeMark;
  ids: Ids;
  edits: TextEdits;
}

/** A paragraph of a text box, whether another paragraph follows it in the same box or cell, and the one right before it there. */
export interface BoxParagraph {
  p: El;
  followed: boolean;
  previous?: El;
}

/** A text box paragraph's copies (see boxCopies), and whether the box grows to fit its text. */
export interface BoxCopies {
  copies: BoxParagraph[];
  grows: boolean;
}

const DRAWING = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const VML = 'urn:schemas-microsoft-com:vml';

/**
 * Each copy of a text box's paragraph in the body paragraph that anchors the box: the one read
 * (the drawing, mc:Choice) and the copy Word keeps in the box's mc:Fallback (VML) for readers
 * without drawing shapes, which mammoth shows. A change made in one copy only would read one way
 * in Word and LibreOffice and another in those readers. The fallback copy is taken where it holds
 * as many paragraphs as the drawing and this one reads the same; else the drawing's alone.
 * `grows`: the drawn shape resizes to fit its text (Word's "Resize shape to fit text",
 * a:spAutoFit), which Word and LibreOffice both draw from; else it keeps its size and clips.
 */
export function boxCopies(holder: readonly El[], p: El): BoxCopies {
  for (const h of holder) {
    for (const alt of descendants(h, (el) => el.namespaceURI === MC && el.localName === 'AlternateContent')) {
      const [choice, fallback] = ['Choice', 'Fallback'].map((name) => [...elements(alt)].find((el) => el.namespaceURI === MC && el.localName === name));
      const drawn = choice ? boxParagraphs(choice) : [];
      const i = drawn.findIndex((b) => b.p === p);
      if (i < 0) continue;
      const copy = fallback ? boxParagraphs(fallback) : [];
      const twin = copy.length === drawn.length ? copy[i] : undefined;
      // The shape whose box holds the paragraph: a group may hold shapes that fit and shapes that do not.
      const shape = descendants(choice!, (el) => el.localName === 'wsp').find((s) => boxParagraphs(s).some((b) => b.p === p));
      const grows = Boolean(shape && descendants(shape, (el) => el.namespaceURI === DRAWING && el.localName === 'spAutoFit').length);
      return { copies: twin && textOf(twin.p) === textOf(p) ? [drawn[i]!, twin] : [drawn[i]!], grows };
    }
  }
  // A box written in VML alone (Word 2007, converters): one copy, in its w:pict. It grows where
  // its v:textbox fits the shape to the text (mso-fit-shape-to-text).
  for (const h of holder) {
    for (const box of descendants(h, (el) => el.namespaceURI === VML && el.localName === 'textbox')) {
      const own = boxParagraphs(box).find((b) => b.p === p);
      if (own) return { copies: [own], grows: /mso-fit-shape-to-text\s*:\s*t/.test(box.getAttribute('style') ?? '') };
    }
  }
  return { copies: [], grows: false };
}

/**
 * A fix for a clause in a text box, as it goes in beside the box: under its title with no number,
 * since the clause it replaces has none of its own (core/fix renders it so; a number given by a
 * caller would be that of the body clause holding the box, a second "2.1" beside 2.1). Its
 * paragraphs carry no number labels; lettered sub-clauses keep theirs, which count within the fix.
 */
export function boxedFixLines(clause: RenderedClause, look: ParagraphLook): InsertedLine[] {
  return [{ text: clause.title, look }, ...clause.paragraphs.map((q) => ({ text: q.level === 2 ? `${q.label}\t${q.text}` : q.text, look, sub: q.level === 2 }))];
}

/**
 * The quote's paragraphs taken out of each copy of a box, the fix going elsewhere: a paragraph
 * followed by another in the box goes mark and all. The box's last paragraph keeps its mark (a box
 * holds one at least): the mark before it goes instead, as Word records deleting a last paragraph,
 * so Accept leaves no empty line in the box.
 */
export function deleteFromBox(copies: readonly BoxParagraph[][], { source, w, mark, ids, edits }: Editing): void {
  for (const ofQuote of copies) {
    for (const { p, followed, previous } of ofQuote) {
      (followed ? deleteParagraph : deleteRuns)(source, p, w, mark, ids, edits);
      if (!followed && previous && markFree(previous, false)) deleteMark(source, previous, w, mark, ids, edits);
    }
  }
}

/** The paragraphs of every text box under `el`, in document order. */
function boxParagraphs(el: El): BoxParagraph[] {
  const out: BoxParagraph[] = [];
  for (const box of descendants(el, (c) => isW(c, 'txbxContent'))) collect(box, out);
  return out;
}

function collect(parent: El, out: BoxParagraph[]): void {
  const kids = [...elements(parent)];
  const lastP = kids.map((c) => isW(c, 'p')).lastIndexOf(true);
  kids.forEach((c, i) => {
    const before = kids[i - 1];
    if (isW(c, 'p')) out.push({ p: c, followed: i < lastP, ...(before && isW(before, 'p') ? { previous: before } : {}) });
    else collect(c, out);
  });
}

/** Elements under `el` that pass `ok`, without looking inside one that does. */
function descendants(el: El, ok: (c: El) => boolean, out: El[] = []): El[] {
  for (const c of elements(el)) {
    if (ok(c)) out.push(c);
    else descendants(c, ok, out);
  }
  return out;
}

function textOf(p: El): string {
  return descendants(p, (c) => isW(c, 't'))
    .map((t) => t.textContent)
    .join('');
}
