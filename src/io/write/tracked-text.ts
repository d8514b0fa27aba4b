import { child, type El, elements, inW, wAttr } from '../read/xml';
import { deleteRun, type Ids, readingRuns } from './tracked-paragraphs';
import { type ChangeMark, escapeText, type WordMarkup } from './wordml-markup';
import type { TextEdits } from './text-edits';

/** A run that reads, and where its text starts in the paragraph's. */
export interface Piece {
  run: El;
  start: number;
  text: string;
  /** Only text, tabs and breaks: a run that can be cut in two and written again as it reads. */
  plain: boolean;
}

/** Run children that carry no text of their own and can be dropped when the run is cut. */
const SILENT = new Set(['rPr', 'lastRenderedPageBreak']);

/**
 * The paragraph's reading runs with their text, as the reader reads it; undefined where the
 * paragraph holds what this cannot place (a field, a symbol, a content control), so the caller
 * deletes nothing in part rather than the wrong characters.
 */
export function pieces(p: El, text: string): Piece[] | undefined {
  if (hasAny(p, ['fldChar', 'fldSimple', 'instrText', 'sym', 'sdt'])) return undefined;
  const out: Piece[] = [];
  let at = 0;
  for (const run of readingRuns(p)) {
    let s = '';
    let plain = true;
    for (const c of elements(run)) {
      if (!inW(c)) {
        plain = false;
        continue;
      }
      if (c.localName === 't') s += c.textContent;
      else if (c.localName === 'tab' || c.localName === 'ptab') s += '\t';
      else if (c.localName === 'cr') s += '\n';
      else if (c.localName === 'br') {
        const type = wAttr(c, 'type');
        if (type === 'page' || type === 'column') plain = false;
        else s += '\n';
      } else if (c.localName === 'noBreakHyphen') s += '\u2011';
      else if (!SILENT.has(c.localName)) plain = false;
      if (c.localName === 'ptab' || c.localName === 'noBreakHyphen') plain = false;
    }
    out.push({ run, start: at, text: s, plain });
    at += s.length;
  }
  return out.map((x) => x.text).join('') === text ? out : undefined;
}

/**
 * Characters `start` to `end` of a paragraph as a tracked deletion: runs wholly inside go into a
 * w:del as they are; a run cut by either end is written again as up to three runs with its own
 * properties, the middle one deleted. False (and nothing done) where a run to cut is not plain text.
 */
export function deleteText(source: string, runs: readonly Piece[], start: number, end: number, w: WordMarkup, mark: ChangeMark, ids: Ids, edits: TextEdits): boolean {
  if (!cuttable(runs, start, end)) return false;
  const { touched, cut } = split(runs, start, end);
  for (const r of touched) {
    if (!cut.includes(r)) {
      deleteRun(source, r.run, w, mark, ids, edits);
      continue;
    }
    const rPr = child(r.run, 'rPr');
    const props = rPr ? source.slice(rPr.source!.start, rPr.source!.end) : '';
    const from = Math.max(0, start - r.start);
    const to = Math.min(r.text.length, end - r.start);
    const gone = r.text.slice(from, to).split(/(\t|\n)/).filter(Boolean).map((part) => deletedRun(part, props, w)).join('');
    const xml = `${w.runs(r.text.slice(0, from), props)}${w.tag('del', w.changeAttrs(ids.take(), mark))}${gone}${w.end('del')}${w.runs(r.text.slice(to), props)}`;
    edits.replace(r.run.source!.start, r.run.source!.end, xml);
  }
  return true;
}

/** Whether characters `start` to `end` can be deleted: every run cut by either end is plain text. */
export function cuttable(runs: readonly Piece[], start: number, end: number): boolean {
  return split(runs, start, end).cut.every((r) => r.plain);
}

function split(runs: readonly Piece[], start: number, end: number): { touched: Piece[]; cut: Piece[] } {
  const touched = runs.filter((r) => r.text.length > 0 && r.start < end && start < r.start + r.text.length);
  return { touched, cut: touched.filter((r) => r.start < start || r.start + r.text.length > end) };
}

/** A deleted run: its text as w:delText (tabs and breaks as themselves). */
function deletedRun(part: string, props: string, w: WordMarkup): string {
  const inner = part === '\t' ? w.tag('tab', {}, true) : part === '\n' ? w.tag('br', {}, true) : `${w.tag('delText', { 'xml:space': 'preserve' })}${escapeText(part)}${w.end('delText')}`;
  return `${w.tag('r')}${props}${inner}${w.end('r')}`;
}

function hasAny(el: El, names: readonly string[]): boolean {
  for (const c of elements(el)) if ((inW(c) && names.includes(c.localName)) || hasAny(c, names)) return true;
  return false;
}
