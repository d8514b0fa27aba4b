import { t, type Locale } from '../../core/i18n';
import type { Library } from '../../core/library';
// Straight from issues, not the index: the index brings the zod schemas, which listing does not need.
import { describeLibraryIssue } from '../../core/library/issues';
import type { CliIO } from '../io';
import { cliLocale, EXIT, UsageError } from '../io';
import { builtInLibrary } from '../built-in-library';

/** The built-in library, or its problems on stderr and null. */
export function requireLibrary(io: CliIO, locale: Locale): Library | null {
  const loaded = builtInLibrary();
  if (loaded.ok) return loaded.library;
  io.err(`${t(locale, 'library.cli.invalid')}\n${loaded.issues.map((i) => `  ${describeLibraryIssue(i, locale)}`).join('\n')}\n`);
  return null;
}

/** Only `--json`: the listing commands take nothing else. */
export function parseJsonFlag(argv: string[], locale: Locale): boolean {
  for (const arg of argv) if (arg !== '--json') throw new UsageError(t(locale, 'library.cli.unknownOption', { option: arg }));
  return argv.length > 0;
}

/** `clausewright library [--json]`: every clause with its topic, version and variants. */
export async function runLibrary(argv: string[], io: CliIO): Promise<number> {
  const locale = cliLocale();
  const json = parseJsonFlag(argv, locale);
  const library = requireLibrary(io, locale);
  if (!library) return EXIT.badInput;
  const clauses = library.clauses.map((c) => ({
    id: c.id,
    topic: c.topic,
    title: c.title,
    version: c.version,
    variants: c.variants.map((v) => ({ id: v.id, stance: v.stance })),
  }));
  if (json) {
    io.out(`${JSON.stringify({ version: 1, library: { id: library.id, name: library.name, version: library.version }, clauses })}\n`);
    return EXIT.ok;
  }
  const variants = clauses.reduce((n, c) => n + c.variants.length, 0);
  const lines = [t(locale, 'library.cli.heading', { name: library.name, version: library.version, clauses: clauses.length, variants })];
  const idWidth = Math.max(...clauses.map((c) => c.id.length));
  const topicWidth = Math.max(...clauses.map((c) => c.topic.length));
  for (const c of clauses)
    lines.push(`${c.id.padEnd(idWidth)}  ${c.topic.padEnd(topicWidth)}  ${c.version.padEnd(6)}  ${c.variants.map((v) => `${v.id} (${v.stance})`).join(', ')}`);
  io.out(`${lines.join('\n')}\n`);
  return EXIT.ok;
}
