import type { LibrarySourceFile } from '../../core/library';

/**
 * An organisation library arrives as one JSON bundle (by URL or file), either
 * `{ "files": [{ "path": "clauses/x.yaml", "data": {...} }] }` or `{ "clauses/x.yaml": {...} }`,
 * or as the library's own YAML and JSON files picked together. null when the bundle has neither shape.
 */
export function filesFromBundle(bundle: unknown): LibrarySourceFile[] | null {
  if (!bundle || typeof bundle !== 'object' || Array.isArray(bundle)) return null;
  const files = (bundle as { files?: unknown }).files;
  if (Array.isArray(files)) {
    const ok = files.every((f) => f && typeof f === 'object' && typeof (f as { path?: unknown }).path === 'string' && 'data' in f);
    return ok && files.length > 0 ? (files as LibrarySourceFile[]) : null;
  }
  const entries = Object.entries(bundle as Record<string, unknown>).filter(([path]) => /\.(ya?ml|json)$/.test(path));
  return entries.length > 0 ? entries.map(([path, data]) => ({ path, data })) : null;
}

/** A picked file's path inside the library: the folder-relative path when a folder was picked. */
export function libraryPath(file: { name: string; webkitRelativePath?: string }): string {
  const rel = file.webkitRelativePath || file.name;
  // A picked folder's own name is the first segment; the library's layout starts below it.
  const parts = rel.split('/');
  return parts.length > 1 ? parts.slice(1).join('/') : rel;
}
