import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** A file to review, or a folder that could not be listed or holds no draft (its line says so). */
export interface Draft {
  file: string;
  folder?: { empty: true } | { error: string };
}

const DRAFT = /\.(docx|docm|doc|txt|text)$/i;

/**
 * The files to review, in the order given; a folder stands for the drafts under it, sub-folders
 * too, in name order. Symbolic links to folders are not followed, so a link loop cannot recurse.
 */
export function listDrafts(paths: string[]): Draft[] {
  const out: Draft[] = [];
  for (const p of paths) {
    let folder = false;
    try {
      folder = statSync(p).isDirectory();
    } catch {
      // Not there or not readable: the review of the file says so.
    }
    if (!folder) out.push({ file: p });
    else {
      try {
        const files = draftsUnder(p);
        out.push(...(files.length ? files.map((file) => ({ file })) : [{ file: p, folder: { empty: true } as const }]));
      } catch (err) {
        out.push({ file: p, folder: { error: (err as NodeJS.ErrnoException).code ?? (err as Error).message } });
      }
    }
  }
  return out;
}

function draftsUnder(dir: string): string[] {
  const files: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) files.push(...draftsUnder(full));
    else if (e.isFile() && DRAFT.test(e.name) && !e.name.startsWith('~$')) files.push(full);
  }
  return files;
}
