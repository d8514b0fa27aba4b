import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  BuildError,
  describeAnswerIssue,
  describePlanMessage,
  LANGUAGES,
  plan,
  POSTURES,
  PREVAILING,
  presetAnswers,
  refusal,
  renderIn,
  resolveAnswers,
  toBilingualText,
  toMarkdown,
  toText,
  type Answers,
  type BuiltTerms,
  type Posture,
} from '../../core/agreement';
import { t, type Locale } from '../../core/i18n';
import type { Library } from '../../core/library';
import { isRoleOf, isScenarioId, rolesOf } from '../../core/scenarios';
import type { CliIO } from '../io';
import { cliLocale, EXIT, UsageError } from '../io';
import { requireLibrary } from './library';

interface Args {
  scenario: string;
  format: 'text' | 'markdown';
  out?: string;
  side?: string;
  posture?: Posture;
  language?: Answers['language'];
  prevailing?: Answers['prevailingLanguage'];
}

function parseArgs(argv: string[], locale: Locale): Args {
  let scenario: string | undefined;
  let format: Args['format'] = 'text';
  let out: string | undefined;
  let side: string | undefined;
  let posture: Posture | undefined;
  let language: Args['language'];
  let prevailing: Args['prevailing'];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(t(locale, 'build.cli.needsValue', { option: arg }));
      return v;
    };
    if (arg === '--scenario') scenario = value();
    else if (arg === '--out') out = value();
    else if (arg === '--side') side = value();
    else if (arg === '--posture') {
      const p = value();
      if (!(POSTURES as readonly string[]).includes(p)) throw new UsageError(t(locale, 'build.cli.posture', { value: p }));
      posture = p as Posture;
    } else if (arg === '--language') {
      const l = value();
      if (!(LANGUAGES as readonly string[]).includes(l)) throw new UsageError(t(locale, 'build.cli.language', { value: l }));
      language = l as Args['language'];
    } else if (arg === '--prevailing') {
      const l = value();
      if (!(PREVAILING as readonly string[]).includes(l)) throw new UsageError(t(locale, 'build.cli.prevailing', { value: l }));
      prevailing = l as Args['prevailing'];
    }
    else if (arg === '--format') {
      const f = value();
      if (f !== 'text' && f !== 'markdown') throw new UsageError(t(locale, 'build.cli.format', { value: f }));
      format = f;
    } else throw new UsageError(t(locale, 'build.cli.unknownOption', { option: arg }));
  }
  if (!scenario) throw new UsageError(t(locale, 'build.cli.needsScenario'));
  if (out !== undefined && path.extname(out).toLowerCase() !== '.docx') throw new UsageError(t(locale, 'build.cli.outDocxOnly', { file: out }));
  if (language === 'bilingual' && format === 'markdown') throw new UsageError(t(locale, 'build.cli.bilingualMarkdown'));
  return { scenario, format, out, side, posture, language, prevailing };
}

/** Reads a questionnaire file; every problem names the file and, where there is one, the question. */
function answersFromFile(library: Library, file: string, locale: Locale): { answers: Answers; exampleParties: boolean } | string[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const reason = e.code ?? e.message;
    return [t(locale, e.code ? 'build.cli.unreadable' : 'build.cli.notJson', { file, reason })];
  }
  const result = resolveAnswers(library, data);
  if (!result.ok) return result.issues.map((i) => `${file}: ${describeAnswerIssue(i, locale)}`);
  // A party the file leaves out is the preset's example.
  const parties = (data as { parties?: { us?: unknown; them?: unknown } }).parties;
  return { answers: result.answers, exampleParties: !parties?.us || !parties.them };
}

/** `clausewright build --scenario ID|FILE.json [--side ROLE] [--posture P] [--language en|zh|bilingual [--prevailing en|zh|equal]] [--out FILE.docx | --format text|markdown]` */
export async function runBuild(argv: string[], io: CliIO): Promise<number> {
  const locale = cliLocale();
  const args = parseArgs(argv, locale);
  const library = requireLibrary(io, locale);
  if (!library) return EXIT.badInput;
  let answers: Answers;
  let exampleParties = false;
  if (isScenarioId(args.scenario)) {
    const side = args.side;
    if (side !== undefined && !isRoleOf(args.scenario, side))
      throw new UsageError(t(locale, 'build.cli.side', { value: side, scenario: args.scenario, roles: rolesOf(args.scenario).join(', ') }));
    // The same deal seen from the side asked for: the parties keep their roles in the deal.
    answers = presetAnswers(library, args.scenario, side);
    exampleParties = true;
  } else if (args.side) throw new UsageError(t(locale, 'build.cli.sideWithFile'));
  else if (/\.json$/i.test(args.scenario)) {
    const read = answersFromFile(library, args.scenario, locale);
    if (Array.isArray(read)) {
      io.err(`${read.join('\n')}\n`);
      return EXIT.badInput;
    }
    ({ answers, exampleParties } = read);
  } else throw new UsageError(t(locale, 'build.cli.scenarioValue', { value: args.scenario }));

  if (args.posture) answers = { ...answers, posture: args.posture };
  if (args.language) answers = { ...answers, language: args.language };
  if (args.prevailing) answers = { ...answers, prevailingLanguage: args.prevailing };
  // Which text of a bilingual agreement governs is the user's call, with its consequences shown.
  if (answers.language === 'bilingual' && !answers.prevailingLanguage) {
    io.err(`${t(locale, 'build.q.prevailingLanguageNeeded')}\n${t(locale, 'build.cli.prevailingHow')}\n`);
    return EXIT.badInput;
  }
  const chosen = plan(library, answers);
  const refused = refusal(chosen, locale);
  if (refused) {
    io.err(`${refused}\n`);
    return EXIT.badInput;
  }
  let built: BuiltTerms;
  let text: string;
  try {
    built = renderIn(library, chosen, answers);
    text = built.zh ? toBilingualText(built.terms, built.zh) : args.format === 'markdown' ? toMarkdown(built.terms) : toText(built.terms);
  } catch (err) {
    if (!(err instanceof BuildError)) throw err;
    io.err(`${t(locale, 'build.cli.failed', { reason: err.message })}\n`);
    return EXIT.badInput;
  }
  if (exampleParties) io.err(`${t(locale, 'cli.build.exampleParties', { us: answers.parties.us.name, them: answers.parties.them.name })}\n`);
  for (const w of chosen.warnings) io.err(`${t(locale, 'build.cli.warning', { message: describePlanMessage(w, locale) })}\n`);
  if (args.out) {
    try {
      if (built.zh) {
        const { writeBilingualDocx } = await import('../../io/write/bilingual');
        writeFileSync(args.out, await writeBilingualDocx(built.terms, built.zh));
      } else {
        const { writeTermsDocx } = await import('../../io/write/terms');
        writeFileSync(args.out, await writeTermsDocx(built.terms));
      }
    } catch (err) {
      io.err(`${t(locale, 'io.terms.writeFailed', { file: args.out, reason: (err as NodeJS.ErrnoException).code ?? (err as Error).message })}\n`);
      return EXIT.badInput;
    }
    io.out(`${t(locale, 'io.terms.written', { file: args.out, count: built.terms.clauses.length })}\n`);
    return EXIT.ok;
  }
  io.out(text);
  return EXIT.ok;
}
