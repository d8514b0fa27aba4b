import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { parseLibrary, type LibraryIssue, type LibrarySourceFile, type ParseResult } from '../core/library';

/** The built-in library, found relative to this file both in src/cli and compiled in lib/cli. */
export const BUILT_IN_LIBRARY = path.resolve(__dirname, '../../clause-library');

/** Every .yaml, .yml and .json file under root, parsed; files that do not parse become issues. */
export function readLibraryFiles(root: string): { files: LibrarySourceFile[]; issues: LibraryIssue[] } {
  const files: LibrarySourceFile[] = [];
  const issues: LibraryIssue[] = [];
  let names: string[];
  try {
    names = listFiles(root);
  } catch (err) {
    return { files, issues: [{ file: root, key: 'library.file.noFolder', params: { error: (err as NodeJS.ErrnoException).code ?? (err as Error).message } }] };
  }
  for (const rel of names) {
    const file = rel.split(path.sep).join('/');
    try {
      const source = readFileSync(path.join(root, rel), 'utf8');
      const data: unknown = file.endsWith('.json') ? JSON.parse(source) : YAML.parse(source, { prettyErrors: true });
      files.push({ path: file, data });
    } catch (err) {
      issues.push({ file, key: 'library.file.unreadable', params: { error: (err as Error).message.split('\n')[0] ?? '' } });
    }
  }
  return { files, issues };
}

function listFiles(root: string, dir = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(root, rel));
    else if (/\.(ya?ml|json)$/.test(entry.name)) out.push(rel);
  }
  return out.sort();
}

/** Reads and validates a library directory. */
export function loadLibraryDir(root: string = BUILT_IN_LIBRARY): ParseResult {
  const { files, issues } = readLibraryFiles(root);
  const result = parseLibrary(files);
  if (issues.length === 0) return result;
  return { ok: false, issues: [...issues, ...(result.ok ? [] : result.issues)] };
}
