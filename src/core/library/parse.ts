import type { z } from 'zod';
import {
  clauseFileSchema,
  definitionsFileSchema,
  diligenceFileSchema,
  glossaryFileSchema,
  libraryFileSchema,
  scenarioFileSchema,
  type DefinitionsFile,
  type DiligenceItem,
  type LibraryFile,
} from './schema';
import type { LibraryIssue } from './issues';
import type { Clause, Library, Scenario } from './library';
import { issueMessage, pathText } from './zod-issues';
import { crossCheck } from './check';
import { compareText } from './terms';
import { SCENARIO_IDS } from '../scenarios';

export type { Clause, Library, Scenario } from './library';

export type ParseResult = { ok: true; library: Library } | { ok: false; issues: LibraryIssue[] };

export interface LibrarySourceFile {
  /** Path relative to the library root, e.g. "clauses/confidentiality.yaml". */
  path: string;
  /** The file's content, already parsed from YAML or JSON. */
  data: unknown;
}

type Kind = 'library' | 'definitions' | 'glossary' | 'diligence' | 'scenario' | 'clause';

function kindOf(path: string): { kind: Kind; stem: string } | null {
  const m = /(?:^|\/)(?:(scenarios|clauses)\/)?([^/]+)\.(?:ya?ml|json)$/.exec(path.replace(/\\/g, '/'));
  if (!m) return null;
  const [, dir, stem = ''] = m;
  if (dir === 'scenarios') return { kind: 'scenario', stem };
  if (dir === 'clauses') return { kind: 'clause', stem };
  if (stem === 'library') return { kind: 'library', stem };
  if (stem === 'definitions') return { kind: 'definitions', stem };
  if (stem === 'diligence') return { kind: 'diligence', stem };
  if (stem === 'glossary') return { kind: 'glossary', stem };
  return null;
}

function validate<T>(schema: z.ZodType<T>, file: LibrarySourceFile, issues: LibraryIssue[]): T | null {
  const result = schema.safeParse(file.data, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) issues.push(locate(file, issue));
  return null;
}

/** Names the clause and variant an issue sits in, so the reader need not count array indexes. */
function locate(file: LibrarySourceFile, issue: z.core.$ZodIssue): LibraryIssue {
  const { key, params } = issueMessage(issue);
  const data = file.data as { id?: unknown; variants?: { id?: unknown }[] } | null;
  const path = [...issue.path];
  const out: LibraryIssue = { file: file.path, key, params };
  if (data && typeof data.id === 'string' && Array.isArray(data.variants)) out.clause = data.id;
  if (path[0] === 'variants' && typeof path[1] === 'number') {
    const variant = data?.variants?.[path[1]];
    if (variant && typeof variant.id === 'string') {
      out.variant = variant.id;
      path.splice(0, 2);
    }
  }
  const field = pathText(path);
  if (field) out.field = field;
  return out;
}

/**
 * Validates a whole library: each file against its schema, then the library as a whole (see
 * check.ts). Takes parsed data because core reads no files: the CLI parses YAML, the browser
 * bundle receives JSON.
 */
export function parseLibrary(files: readonly LibrarySourceFile[]): ParseResult {
  const issues: LibraryIssue[] = [];
  let meta: (LibraryFile & { file: string }) | null = null;
  let definitions: (DefinitionsFile & { file: string }) | null = null;
  let diligence: DiligenceItem[] | null = null;
  let glossary: { terms: Record<string, string>; file: string } | null = null;
  const scenarios: Scenario[] = [];
  const clauses: Clause[] = [];
  const scenarioFiles = new Set<string>();
  // Ids of clause files that failed their schema: other clauses may still name them, and saying
  // "no clause with that id" there would send the reader to the wrong file.
  const brokenClauses = new Set<string>();

  for (const file of [...files].sort((a, b) => compareText(a.path, b.path))) {
    const kind = kindOf(file.path);
    if (!kind) {
      issues.push({ file: file.path, key: 'library.file.unknown' });
      continue;
    }
    if (kind.kind === 'library') {
      const data = validate(libraryFileSchema, file, issues);
      if (data) meta = { ...data, file: file.path };
    } else if (kind.kind === 'definitions') {
      const data = validate(definitionsFileSchema, file, issues);
      if (data) definitions = { ...data, file: file.path };
    } else if (kind.kind === 'glossary') {
      const data = validate(glossaryFileSchema, file, issues);
      if (data) glossary = { terms: data.terms, file: file.path };
    } else if (kind.kind === 'diligence') {
      const data = validate(diligenceFileSchema, file, issues);
      if (data) diligence = data.items;
      // Checks are kept per deal by id: two with one id would share a user's notes.
      data?.items.forEach((item, i) => {
        if (data.items.findIndex((x) => x.id === item.id) < i) issues.push({ file: file.path, field: `items[${i}].id`, key: 'library.diligence.duplicate', params: { id: item.id } });
      });
    } else if (kind.kind === 'scenario') {
      scenarioFiles.add(kind.stem);
      const data = validate(scenarioFileSchema, file, issues);
      if (!data) continue;
      if (data.id !== kind.stem) issues.push({ file: file.path, field: 'id', key: 'library.file.nameMismatch', params: { id: data.id } });
      scenarios.push({ ...data, file: file.path });
    } else {
      const data = validate(clauseFileSchema, file, issues);
      if (!data) {
        brokenClauses.add(kind.stem);
        continue;
      }
      if (data.id !== kind.stem) issues.push({ file: file.path, clause: data.id, field: 'id', key: 'library.file.nameMismatch', params: { id: data.id } });
      clauses.push({ ...data, file: file.path });
    }
  }
  // A file that is there but broken has been reported for what is wrong in it; "missing" is only
  // for a file that is not there at all.
  const present = new Set(files.map((f) => kindOf(f.path)?.kind));
  if (!meta && !present.has('library')) issues.push({ file: 'library.yaml', key: 'library.file.missing' });
  if (!definitions && !present.has('definitions')) issues.push({ file: 'definitions.yaml', key: 'library.file.missing' });
  if (!meta || !definitions) return { ok: false, issues };

  const library: Library = {
    id: meta.id,
    name: meta.name,
    version: meta.version,
    ...(meta.agreement && { agreement: meta.agreement }),
    ...(meta.values && { values: meta.values }),
    ...(meta.agreementZh && { agreementZh: meta.agreementZh }),
    ...(meta.valuesZh && { valuesZh: meta.valuesZh }),
    ...(meta.review && { review: meta.review }),
    definitions: [...definitions.terms].sort((a, b) => compareText(a.term, b.term)),
    ...(glossary && { glossary: glossary.terms }),
    scenarios: [...scenarios].sort((a, b) => SCENARIO_IDS.indexOf(a.id) - SCENARIO_IDS.indexOf(b.id)),
    clauses: [...clauses].sort((a, b) => a.order - b.order || compareText(a.id, b.id)),
    ...(diligence && { diligence }),
  };
  const sources = { definitions: definitions.file, library: meta.file, glossary: glossary?.file ?? 'glossary.yaml' };
  // A glossary that is there but broken has been reported; checking Chinese text against it would only repeat that.
  const glossaryBroken = !glossary && present.has('glossary');
  issues.push(...crossCheck(library, sources, scenarioFiles, brokenClauses, glossaryBroken));
  return issues.length > 0 ? { ok: false, issues } : { ok: true, library };
}
