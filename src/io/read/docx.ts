import type { DocComment, DocModel, DocParagraph } from '../../core/document';
import { parseClauseRecordsXml } from '../clause-records';
import { DocxError } from '../errors';
import { BodyReader, type NoteRef } from './body';
import { Numbering } from './numbering';
import { DEFAULT_LIMITS, DocxPackage, type ReadLimits } from './package';
import { readCoreProperties, readCustomProperties } from './properties';
import { readRels, type Relationship } from './rels';
import { Styles } from './styles';
import { checkTextSize } from './text';
import { child, children, type El, isW, parseXml, wAttr } from './xml';

export interface ReadOptions {
  limits?: Partial<ReadLimits>;
}

/**
 * Read a .docx (bytes, as from a file input or fs.readFile) into the DocModel core reviews.
 * Throws DocxError for anything it cannot read faithfully; never returns a partial document.
 */
export async function readDocx(data: Uint8Array | ArrayBuffer, options: ReadOptions = {}): Promise<DocModel> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const pkg = await DocxPackage.open(data, limits);
  return (await readMainDocument(pkg, limits)).model;
}

/** The main document as read, with what a writer needs to edit it in place. */
export interface MainDocument {
  model: DocModel;
  /** The main part's path ("word/document.xml") and text; with `positions`, element spans index into it. */
  part: string;
  text: string;
  /** Per paragraph of the model, the w:p elements it was read from. */
  sources: El[][];
  /** The main part's relationships. */
  rels: Relationship[];
  /** The main part's root element (w:document), for a writer that places what goes in among its tables. */
  root: El;
}

/** Read the main document of an opened package; with `positions`, its elements carry their spans. */
export async function readMainDocument(pkg: DocxPackage, limits: ReadLimits, { positions = false }: { positions?: boolean } = {}): Promise<MainDocument> {
  if (!pkg.has('_rels/.rels')) throw new DocxError('not-docx', { detail: 'no package relationships (_rels/.rels)' });
  const packageRels = await readRels(pkg, '');
  const main = packageRels.find((r) => r.kind === 'officeDocument' && !r.external);
  if (!main || !pkg.has(main.target)) throw new DocxError('not-docx', { detail: 'no officeDocument relationship' });

  const docText = await pkg.text(main.target, limits.maxDocumentBytes);
  const root = parseXml(docText ?? '', main.target, { positions });
  if (!isW(root, 'document')) throw new DocxError('not-docx', { detail: `the main part is ${main.target}, not a Word document` });
  const body = child(root, 'body');

  const rels = await readRels(pkg, main.target);
  const partRoot = async (kind: string): Promise<El | undefined> => {
    const rel = rels.find((r: Relationship) => r.kind === kind && !r.external);
    const text = rel ? await pkg.text(rel.target) : null;
    return text === null || !rel ? undefined : parseXml(text, rel.target);
  };
  const [stylesRoot, numberingRoot, footnotesRoot, endnotesRoot, commentsRoot] = await Promise.all(
    ['styles', 'numbering', 'footnotes', 'endnotes', 'comments'].map(partRoot),
  );

  const styles = new Styles(stylesRoot);
  const reader = new BodyReader(styles, new Numbering(numberingRoot, styles));
  // The walk recurses with the XML, which parseXml limits in depth.
  if (body) reader.read(body);
  const model: DocModel = {
    paragraphs: reader.paragraphs,
    revisions: reader.revisionList(),
    comments: readComments(commentsRoot, reader, styles),
    notes: readNotes(reader.noteRefs, footnotesRoot, endnotesRoot, styles),
  };
  const properties = await readProperties(pkg, packageRels);
  if (Object.keys(properties).length) model.properties = properties;
  const clauseRecords = await readClauseRecords(pkg, rels);
  if (clauseRecords) model.clauseRecords = clauseRecords;
  checkTextSize(model, limits);
  return { model, part: main.target, text: docText ?? '', sources: reader.sources, rels, root };
}

/**
 * Our clause records, merged from every custom XML part in our namespace in relationship order
 * (Word adds one part per insertion; a later one wins); parts that are not ours are left alone.
 */
async function readClauseRecords(pkg: DocxPackage, rels: Relationship[]): Promise<DocModel['clauseRecords']> {
  let merged: DocModel['clauseRecords'];
  for (const rel of rels) {
    if (rel.external || rel.kind !== 'customXml') continue;
    const text = await pkg.text(rel.target);
    const records = text === null ? null : parseClauseRecordsXml(text, rel.target);
    if (records) merged = { ...merged, ...records };
  }
  return merged;
}

/** Footnotes and endnotes in the order their references appear (deleted references drop their note). */
function readNotes(refs: NoteRef[], footnotes: El | undefined, endnotes: El | undefined, styles: Styles): DocParagraph[] {
  const byId = (root: El | undefined, local: string): Map<string, El> =>
    new Map(root ? children(root, local).map((n) => [wAttr(n, 'id') ?? '', n] as const) : []);
  const notes = { footnote: byId(footnotes, 'footnote'), endnote: byId(endnotes, 'endnote') };
  const reader = new BodyReader(styles, new Numbering(undefined, styles));
  const seen = new Set<string>();
  for (const ref of refs) {
    const key = `${ref.kind}:${ref.id}`;
    const note = notes[ref.kind].get(ref.id);
    if (!note || seen.has(key)) continue;
    seen.add(key);
    reader.read(note);
  }
  return reader.paragraphs;
}

function readComments(root: El | undefined, body: BodyReader, styles: Styles): DocComment[] {
  if (!root) return [];
  const out: DocComment[] = [];
  for (const c of children(root, 'comment')) {
    const id = wAttr(c, 'id') ?? '';
    const reader = new BodyReader(styles, new Numbering(undefined, styles));
    reader.read(c);
    const anchor = body.comments.anchors.get(id);
    const comment: DocComment = { id, text: reader.paragraphs.map((p) => p.text).join('\n') };
    const author = wAttr(c, 'author');
    const date = wAttr(c, 'date');
    if (author) comment.author = author;
    if (date) comment.date = date;
    const paragraph = anchor ? body.commentParagraph(anchor) : undefined;
    if (paragraph !== undefined) comment.paragraph = paragraph;
    const anchorText = anchor && body.comments.anchorText(anchor).trim();
    if (anchorText) comment.anchorText = anchorText;
    out.push(comment);
  }
  return out;
}

async function readProperties(pkg: DocxPackage, rels: Relationship[]): Promise<Record<string, string>> {
  const properties: Record<string, string> = {};
  for (const rel of rels) {
    if (rel.external || !['core-properties', 'custom-properties', 'customProperties'].includes(rel.kind)) continue;
    const text = await pkg.text(rel.target);
    if (text === null) continue;
    if (rel.kind === 'core-properties') readCoreProperties(text, rel.target, properties);
    else readCustomProperties(text, rel.target, properties);
  }
  return properties;
}
