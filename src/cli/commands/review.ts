import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DocModel } from '../../core/document';
import { SEVERITIES, severityRank, type Finding, type ReviewResult, type Severity } from '../../core/findings';
import { t, type Locale, type MessageKey } from '../../core/i18n';
import type { Library } from '../../core/library';
import { clauseTitle, variantName } from '../../core/library/names';
import { COUNTRY_CODES, fromText, partiesSentence, review, RULE_IDS, type ReviewOptions } from '../../core/review';
import { isRoleOf, isScenarioId, SCENARIO_IDS, SCENARIO_ROLES, type RoleId } from '../../core/scenarios';
import { DocxError } from '../../io/errors';
import { DEFAULT_LIMITS } from '../../io/read/limits';
import { readTextFile } from '../../io/read/text';
import { reviewBatch } from '../batch';
import { listDrafts, type Draft } from '../drafts';
import type { CliIO } from '../io';
import { cliLocale, EXIT, UsageError } from '../io';
import type { Runtime } from '../runtime';
import { builtInLibrary, builtInReviewLibrary } from '../built-in-library';
import type { ClauseNames, ReviewLibrary } from '../review-library';
import type { FileResult, ReviewArgs, ReviewJob } from '../review-job';
import { issuesTarget, writeIssuesList } from '../issues-list';
import { phase } from '../phases';


/** `clausewright review FILE|FOLDER... [--scenario ID] [--side ROLE] [--json] [--fail-on SEVERITY]` */
export async function runReview(argv: string[], io: CliIO, runtime: Runtime = {}): Promise<number> {
  const locale = localeArg(argv) ?? cliLocale();
  const args = parseArgs(argv, locale);
  const drafts = listDrafts(args.files);
  if (args.counterpart && drafts.length !== 1) throw new UsageError(t(locale, 'review.engine.usage.counterpart'));
  const job: ReviewJob = { args, locale, many: drafts.length > 1 };
  const reviewHere = async (d: Draft): Promise<FileResult> => {
    if (!d.folder) return reviewFile(d.file, job);
    const message = 'error' in d.folder ? t(locale, 'cli.review.notFolder', { reason: d.folder.error }) : t(locale, 'cli.review.emptyFolder');
    return errorResult(d.file, message, args);
  };
  const batch = await reviewBatch(drafts, job, reviewHere, io, runtime);
  if (batch.interrupted) {
    io.err(`${t(locale, 'cli.review.interrupted', { done: batch.done, total: drafts.length })}\n`);
    return EXIT.interrupted;
  }
  return batch.worst;
}


function errorResult(file: string, message: string, args: ReviewArgs): FileResult {
  return args.json
    ? { out: `${JSON.stringify({ version: 2, file, error: message })}\n`, err: '', code: EXIT.badInput }
    : { out: '', err: `${file}: ${message}\n`, code: EXIT.badInput };
}


let forReview: ReviewLibrary | null | undefined;
let wholeLibrary: Library | null | undefined;

/** Reviews one file into what it prints and its exit code. */
export async function reviewFile(file: string, { args, locale, many }: ReviewJob): Promise<FileResult> {
  const fromLib = (forReview ??= reviewPart());
  const options: ReviewOptions = { locale, ...(fromLib && { library: fromLib.fixSource, playbooks: fromLib.playbooks }) };
  if (args.scenario) options.scenario = args.scenario;
  if (args.disabled.length > 0) options.disabled = args.disabled;
  if (args.enabled.length > 0) options.enabled = args.enabled;
  if (args.established) options.established = args.established;
  if (args.ourParty) options.companyName = args.ourParty;
  let doc: DocModel;
  phase('library');
  try {
    doc = await readDocument(file, locale);
    phase('read');
  } catch (err) {
    return errorResult(file, (err as Error).message, args);
  }
  if (args.counterpart) {
    try {
      options.counterpart = await readDocument(args.counterpart, locale);
    } catch (err) {
      return errorResult(args.counterpart, (err as Error).message, args);
    }
  }
  const r: FileResult = { out: '', err: '', code: EXIT.ok };
  const result = review(doc, args.side ? { ...options, role: args.side as RoleId } : options);
  phase('review');
  // Without our side the review is not done: say which sides to choose and fail, never "No findings".
  const noSide = result.sides ? t(locale, result.scenario ? 'review.engine.noSide' : 'review.engine.noScenarioNoSide', { sides: result.sides.join(', ') }) : undefined;
  // Not for an unfinished review: a revised draft without the missing terms would mislead.
  const redline = args.redline && !noSide ? await writeRedline(file, doc, result, { args, locale, many }, theLibrary()) : undefined;
  if (args.json) r.out = `${JSON.stringify({ version: 2, file, ...withoutVersion(result), ...(noSide ? { error: noSide } : {}), ...(redline && 'file' in redline ? { redline } : {}) })}\n`;
  else r.out = humanReport(file, result, locale, args, noSide, fromLib?.names);
  if (redline && 'error' in redline) {
    r.err += `${redline.error}\n`;
    r.code = EXIT.badInput;
  } else if (redline && !args.json) r.out += `${t(locale, 'cli.redline.written', { ...redline })}\n\n`;
  if (noSide) r.code = EXIT.badInput;
  const unplaced = args.json || args.ourParty ? 0 : (result.parties?.others?.length ?? 0);
  // Among three or more parties, two or more on neither side: naming ours lets the review place them.
  if (unplaced >= 2) r.err += `${t(locale, 'cli.review.ourPartyHint', { file, count: unplaced })}\n`;
  if (args.report) {
    const out = reportPath(args.report, file, many);
    // The fixes' wording (and the library schema under it) loads only for a report or a redline.
    const { reportFor } = await import('../../io/write/report-for');
    const library = theLibrary();
    const report = await reportFor({ result, doc, file: path.basename(file), ...(library ? { library } : {}), locale });
    try {
      writeFileSync(out, report);
    } catch (err) {
      r.err += `${t(locale, 'io.report.writeFailed', { file: out, reason: (err as NodeJS.ErrnoException).code ?? (err as Error).message })}\n`;
      r.code = EXIT.badInput;
    }
  }
  if (args.issues) {
    const library = theLibrary();
    const failed = await writeIssuesList(reportPath(args.issues, file, many), { review: result, doc, file: path.basename(file), ...(library ? { library } : {}), locale });
    if (failed) {
      r.err += `${failed}\n`;
      r.code = EXIT.badInput;
    }
  }
  const failOn = args.failOn;
  phase('format');
  if (failOn && r.code === EXIT.ok && result.findings.some((f) => severityRank(f.severity) >= severityRank(failOn))) {
    r.code = EXIT.findings;
  }
  return r;
}

/** What --redline wrote for one draft, or why it could not. */
type RedlineOutcome = { file: string; changes: number; comments: number } | { error: string };

/** The draft back with every fix the review offers (or those --only names) tracked, and each reason as a comment. */
async function writeRedline(file: string, doc: DocModel, result: ReviewResult, { args, locale, many }: ReviewJob, library: Library | undefined): Promise<RedlineOutcome> {
  const out = reportPath(args.redline!, file, many);
  if (!['.docx', '.docm'].includes(path.extname(file).toLowerCase())) return { error: t(locale, 'cli.redline.notDocx', { file }) };
  const only = new Set(args.only);
  const { fixesFor } = await import('../../core/fix');
  const chosen = result.findings.filter((f) => only.size === 0 || only.has(f.rule));
  const fixes = library && fixesFor(library, result, doc, { locale, fixing: chosen });
  const accepted = chosen.map((finding) => ({ finding, clause: finding.fix && fixes ? fixes(finding.fix) : null }));
  const { writeRedlineDocx } = await import('../../io/write/redline');
  try {
    const revised = await writeRedlineDocx({ docx: new Uint8Array(readFileSync(file)), accepted, locale, ...(args.author ? { author: args.author } : {}) });
    writeFileSync(out, revised.docx);
    return { file: out, changes: revised.changes, comments: revised.comments };
  } catch (err) {
    const reason = err instanceof DocxError ? err.describe(locale) : ((err as NodeJS.ErrnoException).code ?? (err as Error).message);
    return { error: t(locale, 'cli.redline.writeFailed', { file: out, reason }) };
  }
}

/**
 * The one place a file becomes a document: a .docx (or .docm) by the .docx reader, plain text as
 * text; any other format is refused with a message that says which ones are read.
 */
export async function readDocument(file: string, locale: Locale): Promise<DocModel> {
  try {
    return await readFile(file, locale);
  } catch (err) {
    throw err instanceof DocxError ? new Error(err.describe(locale)) : err;
  }
}

async function readFile(file: string, locale: Locale): Promise<DocModel> {
  const ext = path.extname(file).toLowerCase();
  // .doc too: the .docx reader recognises a legacy .doc and says how to convert it.
  const docx = ext === '.docx' || ext === '.docm' || ext === '.doc';
  if (!docx && ext !== '.txt' && ext !== '.text') throw new DocxError('unsupported', { ext: ext || file });
  let bytes: Buffer;
  try {
    // The size is checked before the file is read, so a huge file never reaches memory.
    const size = statSync(file).size;
    const limit = docx ? DEFAULT_LIMITS.maxFileBytes : DEFAULT_LIMITS.maxDocumentBytes;
    if (size > limit) throw new DocxError('file-too-large', { size: (size / MB).toFixed(1), limit: (limit / MB).toFixed(1) });
    bytes = readFileSync(file);
  } catch (err) {
    if (err instanceof DocxError) throw err;
    throw new Error(t(locale, 'review.engine.unreadable', { reason: (err as NodeJS.ErrnoException).code ?? (err as Error).message }));
  }
  if (docx) {
    // Loaded only for a .docx, so reviewing text files never loads the zip reader.
    const { readDocx } = await import('../../io/read/docx');
    return readDocx(new Uint8Array(bytes));
  }
  return fromText(readTextFile(new Uint8Array(bytes)));
}

const MB = 1024 * 1024;

const LOCALES: readonly Locale[] = ['en', 'zh-CN'];

/**
 * --locale: the language of what the review says (findings, comments, the issues list and the
 * report), over LC_ALL and LANG. The fixes keep the draft's language whatever it is.
 */
function localeArg(argv: readonly string[]): Locale | undefined {
  const at = argv.indexOf('--locale');
  const v = at >= 0 ? argv[at + 1] : undefined;
  return LOCALES.find((l) => l === v);
}

function parseArgs(argv: string[], locale: Locale): ReviewArgs {
  const args: ReviewArgs = { files: [], json: false, disabled: [], enabled: [], only: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(t(locale, 'review.engine.usage.value', { option: a }));
      return v;
    };
    if (a === '--json') args.json = true;
    else if (a === '--scenario') {
      const v = value();
      if (!isScenarioId(v)) throw new UsageError(t(locale, 'review.engine.usage.scenario', { value: v, ids: SCENARIO_IDS.join(', ') }));
      args.scenario = v;
    } else if (a === '--side') args.side = value();
    else if (a === '--fail-on') {
      const v = value();
      if (!(SEVERITIES as readonly string[]).includes(v)) {
        throw new UsageError(t(locale, 'review.engine.usage.severity', { value: v, ids: SEVERITIES.join(', ') }));
      }
      args.failOn = v as Severity;
    } else if (a === '--report') args.report = value();
    else if (a === '--issues') args.issues = issuesTarget(value(), locale);
    else if (a === '--redline') args.redline = value();
    else if (a === '--author') args.author = value();
    else if (a === '--locale') {
      const v = value();
      if (!LOCALES.includes(v as Locale)) throw new UsageError(t(locale, 'cli.review.usage.locale', { value: v, ids: LOCALES.join(', ') }));
    }
    else if (a === '--counterpart') args.counterpart = value();
    else if (a === '--our-party') args.ourParty = value();
    else if (a === '--established') {
      const v = value().toUpperCase();
      if (!COUNTRY_CODES.includes(v)) throw new UsageError(t(locale, 'review.engine.usage.established', { value: v, ids: COUNTRY_CODES.join(', ') }));
      args.established = v;
    }
    else if (a === '--disable' || a === '--enable' || a === '--only') {
      for (const id of value().split(',').map((x) => x.trim()).filter(Boolean)) {
        if (!RULE_IDS.includes(id)) throw new UsageError(t(locale, 'review.engine.usage.rule', { value: id, ids: RULE_IDS.join(', ') }));
        (a === '--disable' ? args.disabled : a === '--enable' ? args.enabled : args.only).push(id);
      }
    }
    else if (a.startsWith('--')) throw new UsageError(t(locale, 'review.engine.usage.option', { option: a }));
    else args.files.push(a);
  }
  if (args.files.length === 0) throw new UsageError(t(locale, 'review.engine.usage.files'));
  if ((args.only.length > 0 || args.author) && !args.redline) throw new UsageError(t(locale, 'cli.redline.onlyWithout'));
  if (args.side) {
    const roles = Object.values(SCENARIO_ROLES).flat() as string[];
    if (!roles.includes(args.side)) throw new UsageError(t(locale, 'review.engine.usage.side', { value: args.side, ids: roles.join(', ') }));
    if (args.scenario && !isRoleOf(args.scenario, args.side)) {
      throw new UsageError(
        t(locale, 'review.engine.usage.side', { value: args.side, ids: SCENARIO_ROLES[args.scenario].join(', ') }),
      );
    }
  }
  return args;
}

/** Fix clauses and playbooks from the built-in library; the review still runs without them. */
function reviewPart(): ReviewLibrary | null {
  try {
    return builtInReviewLibrary() ?? null;
  } catch {
    return null;
  }
}

/** The whole library, for the fixes' wording: read only for a report, a redline or an issues list. */
function theLibrary(): Library | undefined {
  if (wholeLibrary === undefined) {
    try {
      const loaded = builtInLibrary();
      wholeLibrary = loaded.ok ? loaded.library : null;
    } catch {
      wholeLibrary = null;
    }
  }
  return wholeLibrary ?? undefined;
}

/** One report for one file; with several files, one report each, named after the file. */
function reportPath(report: string, file: string, many: boolean): string {
  if (!many) return report;
  const ext = path.extname(report) || '.docx';
  return `${report.slice(0, report.length - path.extname(report).length)}-${path.basename(file, path.extname(file))}${ext}`;
}

function withoutVersion(result: ReviewResult): Omit<ReviewResult, 'version'> {
  const { version: _version, ...rest } = result;
  return rest;
}

/** Findings grouped by severity, each with its section reference, quote, reason and fix. */
function humanReport(file: string, result: ReviewResult, locale: Locale, { side, counterpart }: ReviewArgs, noSide?: string, names?: ClauseNames): string {
  const lines: string[] = [file];
  const scenario = result.scenario
    ? t(locale, `review.scenario.name.${result.scenario}` as MessageKey)
    : t(locale, 'review.engine.noScenario');
  lines.push(`  ${t(locale, 'review.engine.scenario', { scenario })}`);
  if (result.scenarioReason) lines.push(`  ${result.scenarioReason}`);
  if (side && result.role !== side) lines.push(`  ${t(locale, 'review.engine.sideIgnored', { side, scenario })}`);
  const parties = partiesSentence(result.parties, locale);
  if (parties) lines.push(`  ${parties}`);
  const present = result.topics.filter((tp) => tp.present).map((tp) => t(locale, `review.topic.${tp.id}` as MessageKey));
  lines.push(`  ${t(locale, 'review.engine.topicsPresent', { count: present.length, total: result.topics.length, list: present.join(locale === 'zh-CN' ? '、' : ', ') || '-' })}`);
  if (noSide) lines.push(`  ${noSide}`);
  else if (result.findings.length === 0) lines.push(`  ${t(locale, 'review.engine.noFindings')}`);
  for (const severity of SEVERITIES) {
    const group = result.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push('', `  ${t(locale, `review.engine.severity.${severity}` as MessageKey)} (${group.length})`);
    for (const f of group) lines.push(...findingLines(f, locale, counterpart, names));
  }
  return `${lines.join('\n')}\n\n`;
}

const clip = (text: string) => (text.length > 160 ? `${text.slice(0, 157)}...` : text);

function findingLines(f: Finding, locale: Locale, counterpart?: string, names?: ClauseNames): string[] {
  const first = f.evidence[0];
  const where = f.section
    ? t(locale, 'review.engine.where.section', { section: f.section })
    : first
      ? t(locale, 'review.engine.where.paragraph', { paragraph: first.paragraph + 1 })
      : '';
  // Chinese text takes full-width brackets round the place, as the catalog's Chinese does.
  const at = where ? (locale === 'zh-CN' ? `（${where}）` : ` (${where})`) : '';
  const out = [`  - [${t(locale, `review.engine.kind.${f.kind}` as MessageKey)}] ${f.message}${at}`, `      ${f.why}`];
  if (first) out.push(`      "${clip(first.text)}"`);
  // The other language's text of the same provision, from the counterpart file.
  const other = f.evidence.find((e) => e.counterpart);
  if (other && counterpart) out.push(`      ${t(locale, 'review.engine.counterpartQuote', { file: path.basename(counterpart), quote: clip(other.text) })}`);
  if (f.position) out.push(`      ${t(locale, 'review.engine.position', { want: f.position.want, acceptable: f.position.acceptable })}`);
  if (f.fix) out.push(`      ${fixLine(f.fix, locale, names)}`);
  return out;
}

/** The fixing clause by the library's title and the variant's name, as a lawyer knows it; ids only without a library. */
function fixLine(fix: NonNullable<Finding['fix']>, locale: Locale, names?: ClauseNames): string {
  const clause = names?.find((c) => c.id === fix.clause);
  const variant = clause?.variants.find((v) => v.id === fix.variant);
  if (!clause || !variant) return t(locale, 'review.engine.fix', { clause: fix.clause, variant: fix.variant });
  // A variant may carry its own title where the clause's does not fit (no Samples in a distribution deal).
  return t(locale, 'review.engine.fixNamed', { clause: clauseTitle(variant.title ? { title: variant.title, titleZh: variant.titleZh } : clause, locale), variant: variantName(variant, locale) });
}
