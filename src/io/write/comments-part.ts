import type JSZip from 'jszip';
import type { Relationship } from '../read/rels';
import { parseXml } from '../read/xml';
import { type ChangeMark, escapeAttr, type WordMarkup } from './wordml-markup';

/** One comment: its id (shared with its range in the document) and its paragraphs of text. */
export interface NewComment {
  id: number;
  paragraphs: string[];
}

/** A package holds parts only: JSZip would otherwise add an entry for each folder of a new part. */
export const KEEP_FOLDERS = { createFolders: false } as const;

const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const REL_TYPE = {
  transitional: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  strict: 'http://purl.oclc.org/ooxml/officeDocument/relationships/comments',
};

/** Initials Word shows in a comment's balloon: the first letter of each word of the author's name. */
function initials(author: string): string {
  return (author.match(/(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu) ?? []).slice(0, 3).join('').toUpperCase();
}

function commentXml(c: NewComment, w: WordMarkup, mark: ChangeMark): string {
  const body = c.paragraphs
    .map((text, i) => `${w.tag('p')}${i === 0 ? `${w.tag('r')}${w.tag('annotationRef', {}, true)}${w.end('r')}` : ''}${w.runs(text, '')}${w.end('p')}`)
    .join('');
  return `${w.tag('comment', { id: c.id, author: mark.author, date: mark.date, initials: initials(mark.author) })}${body}${w.end('comment')}`;
}

/**
 * Adds the comments to the package: appended to the document's comments part when it has one
 * (other authors' comments stay as they were), else in a new part, with the content type and the
 * relationship a new part needs. Only those three parts are touched.
 */
export async function addComments(zip: JSZip, read: (part: string) => Promise<string | null>, mainPart: string, rels: Relationship[], comments: NewComment[], w: WordMarkup, mark: ChangeMark, strict: boolean): Promise<void> {
  if (comments.length === 0) return;
  const xml = comments.map((c) => commentXml(c, w, mark)).join('');
  const existing = rels.find((r) => r.kind === 'comments' && !r.external && zip.file(r.target));
  if (existing) {
    const text = await read(existing.target);
    if (text !== null) zip.file(existing.target, appendToRoot(text, existing.target, xml), KEEP_FOLDERS);
    return;
  }
  const dir = mainPart.includes('/') ? mainPart.slice(0, mainPart.lastIndexOf('/') + 1) : '';
  let name = 'comments.xml';
  for (let n = 1; zip.file(dir + name); n++) name = `comments${n}.xml`;
  zip.file(dir + name, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<${w.n('comments')} xmlns:${w.n('').slice(0, -1)}="${escapeAttr(w.namespace)}">${xml}${w.end('comments')}`, KEEP_FOLDERS);

  const typesPath = '[Content_Types].xml';
  const types = await read(typesPath);
  if (types !== null) {
    zip.file(typesPath, appendToRoot(types, typesPath, `<Override PartName="/${escapeAttr(dir + name)}" ContentType="${COMMENTS_TYPE}"/>`), KEEP_FOLDERS);
  }
  const relsPath = `${dir}_rels/${mainPart.slice(dir.length)}.rels`;
  const relsText = await read(relsPath);
  const taken = new Set(rels.map((r) => r.id));
  let id = rels.length + 1;
  while (taken.has(`rId${id}`)) id++;
  const rel = `<Relationship Id="rId${id}" Type="${strict ? REL_TYPE.strict : REL_TYPE.transitional}" Target="${escapeAttr(name)}"/>`;
  zip.file(
    relsPath,
    relsText !== null
      ? appendToRoot(relsText, relsPath, rel)
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel}</Relationships>`,
    KEEP_FOLDERS,
  );
}

/** `inner` added as the root element's last children, everything else in the part as it was. */
function appendToRoot(text: string, part: string, inner: string): string {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const root = parseXml(body, part, { positions: true });
  const { start, openEnd, end } = root.source!;
  if (openEnd === end) {
    const name = body.slice(start + 1).match(/^[^\s/>]+/)![0];
    return `${body.slice(0, end - 2).trimEnd()}>${inner}</${name}>${body.slice(end)}`;
  }
  const close = body.lastIndexOf('</', end - 1);
  return body.slice(0, close) + inner + body.slice(close);
}
