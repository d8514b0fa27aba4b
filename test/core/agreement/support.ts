import { parseLibrary, type Library, type LibrarySourceFile } from '../../../src/core/library';
import { fixtureLibraryFiles } from '../library/support';

/** The fixture library, optionally changed first (files are deep copies, so changes stay local). */
// Tests reach into parsed YAML by path; typing every file's shape here would only restate the schemas.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function fixtureLibrary(change?: (files: Map<string, any>) => void): Library {
  const files = new Map(fixtureLibraryFiles().map((f) => [f.path, JSON.parse(JSON.stringify(f.data))]));
  change?.(files);
  const result = parseLibrary([...files].map(([path, data]): LibrarySourceFile => ({ path, data })));
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.file} ${i.field ?? ''} ${i.key}`).join('\n'));
  return result.library;
}
