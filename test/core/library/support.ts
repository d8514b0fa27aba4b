import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { LibrarySourceFile } from '../../../src/core/library';

export const FIXTURES = path.resolve(__dirname, '../../fixtures/library');
export const LIBRARY_ROOT = path.resolve(__dirname, '../../../clause-library');

export function readYaml(file: string): unknown {
  return YAML.parse(readFileSync(file, 'utf8'));
}

/** A small library: the real library.yaml, definitions, glossary and scenarios, with the fixture clauses. */
export function fixtureLibraryFiles(): LibrarySourceFile[] {
  const files: LibrarySourceFile[] = ['library', 'definitions', 'glossary'].map((name) => ({ path: `${name}.yaml`, data: readYaml(path.join(LIBRARY_ROOT, `${name}.yaml`)) }));
  const real = ['confidentiality', 'governing-law', 'dispute-resolution', 'survival', 'territory'];
  for (const f of readdirSync(path.join(LIBRARY_ROOT, 'scenarios')).sort())
    files.push({ path: `scenarios/${f}`, data: withoutFixesBeyond(readYaml(path.join(LIBRARY_ROOT, 'scenarios', f)), real) });
  for (const f of real) files.push({ path: `clauses/${f}.yaml`, data: readYaml(path.join(LIBRARY_ROOT, 'clauses', `${f}.yaml`)) });
  for (const f of readdirSync(path.join(FIXTURES, 'valid')).sort())
    files.push({ path: `clauses/${f}`, data: readYaml(path.join(FIXTURES, 'valid', f)) });
  return files;
}

type Fix = { clause: string };
type ScenarioData = { playbook: Record<string, { positions?: Record<string, { fix?: Fix; fixes?: Record<string, Fix> }> }> };

/** The playbook positions with only the fixing clauses this small library has. */
function withoutFixesBeyond(data: unknown, clauses: readonly string[]): unknown {
  for (const entry of Object.values((data as ScenarioData).playbook))
    for (const position of Object.values(entry.positions ?? {})) {
      if (position.fix && !clauses.includes(position.fix.clause)) delete position.fix;
      for (const [rule, fix] of Object.entries(position.fixes ?? {})) if (!clauses.includes(fix.clause)) delete position.fixes![rule];
    }
  return data;
}

/** A broken fixture clause, placed where its id says it belongs. */
export function brokenClause(name: string): LibrarySourceFile {
  const data = readYaml(path.join(FIXTURES, 'broken', `${name}.yaml`)) as { id: string };
  return { path: `clauses/${data.id}.yaml`, data };
}
