import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DocModel } from '../../core/document';
import { SEVERITIES, severityRank, type Finding, type ReviewResult, type Severity } from '../../core/findings';
import { t, toLocale, type Locale, type MessageKey } from '../../core/i18n';
import type { Library } from '../../core/library';
import { fromText, review, segment, type Playbooks, type ReviewOptions } from '../../core/review';
import { isRoleOf, isScenarioId, SCENARIO_IDS, SCENARIO_ROLES, type RoleId } from '../../core/scenarios';
import { DEFAULT_LIMITS, DocxError, libraryFixText, readDocx, readTextFile, writeReportDocx } from '../../io';
import type { CliIO } from '../io';
import { EXIT, UsageError } from '../io';
import { loadLibraryDir } from '../library-files';

interface Args {
  files: string[];
  scenario?: ReviewOptions['scenario'];
  side?: string;
  json: boolean;
  failOn?: Severity;
  report?: string;
}

/** `clausewright review FILE... [--scenario ID] [--side ROLE] [--json] [--fail-on SEVERITY]` */
export async function runReview(argv: string[], io: CliIO): Promise<number> {
  const locale = toLocale(process.env.LC_ALL || process.env.LANG?.replace('_', '-'));
  const args = parseArgs(argv, locale);
  const options: ReviewOptions = { locale, ...libraryOptions() };
  if (args.scenario) options.scenario = args.scenario;
  let worst = EXIT.ok as number;
  for (const file of args.files) {
    let doc: DocModel;
    try {
      doc = await readDocument(file, locale);
    } catch (err) {
      const message = (err as Error).message;
      if (args.json) io.out(`${JSON.stringify({ version: 1, file, error: message })}\n`);
      else io.err(`${file}: ${message}\n`);
      worst = EXIT.badInput;
      continue;
    }
    const result = review(doc, args.side ? { ...options, role: args.side as RoleId } : options);
    if (args.json) io.out(`${JSON.stringify({ version: 1, file, ...withoutVersion(result) })}\n`);
    else io.out(humanReport(file, doc, result, locale, args.side));
    if (args.report) {
      const out = reportPath(args.report, file, args.files.length);
      const report = await writeReportDocx({ result, doc, file: path.basename(file), fixText: libraryFixText(options.library), locale });
      try {
        writeFileSync(out, report);
      } catch (err) {
        io.err(`${t(locale, 'io.report.writeFailed', { file: out, reason: (err as NodeJS.ErrnoException).code ?? (err as Error).message })}\n`);
        worst = EXIT.badInput;
      }
    }
    const failOn = args.failOn;
    if (failOn && worst === EXIT.ok && result.findings.some((f) => severityRank(f.severity) >= severityRank(failOn))) {
      worst = EXIT.findings;
    }
  }
  return worst;
}

/**
 * The one place a file becomes a document. Plain text is read here; other formats are refused
 * with a message until their reader is wired in.
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
  return docx ? readDocx(new Uint8Array(bytes)) : fromText(readTextFile(new Uint8Array(bytes)));
}

const MB = 1024 * 1024;

function parseArgs(argv: string[], locale: Locale): Args {
  const args: Args = { files: [], json: false };
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
    else if (a.startsWith('--')) throw new UsageError(t(locale, 'review.engine.usage.option', { option: a }));
    else args.files.push(a);
  }
  if (args.files.length === 0) throw new UsageError(t(locale, 'review.engine.usage.files'));
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
function libraryOptions(): Pick<ReviewOptions, 'library' | 'playbooks'> {
  let library: Library;
  try {
    const loaded = loadLibraryDir();
    if (!loaded.ok) return {};
    library = loaded.library;
  } catch {
    return {};
  }
  const playbooks: Playbooks = {};
  for (const s of library.scenarios) playbooks[s.id] = s.playbook as Playbooks[typeof s.id];
  return { library, playbooks };
}

/** One report for one file; with several files, one report each, named after the file. */
function reportPath(report: string, file: string, files: number): string {
  if (files === 1) return report;
  const ext = path.extname(report) || '.docx';
  return `${report.slice(0, report.length - path.extname(report).length)}-${path.basename(file, path.extname(file))}${ext}`;
}

function withoutVersion(result: ReviewResult): Omit<ReviewResult, 'version'> {
  const { version: _version, ...rest } = result;
  return rest;
}

/** Findings grouped by severity, each with its section reference, quote, reason and fix. */
function humanReport(file: string, doc: DocModel, result: ReviewResult, locale: Locale, side?: string): string {
  const sectionOf = new Map<number, string>();
  for (const s of segment(doc).sentences) if (s.section && !sectionOf.has(s.paragraph)) sectionOf.set(s.paragraph, s.section);
  const lines: string[] = [file];
  const scenario = result.scenario
    ? t(locale, `review.scenario.name.${result.scenario}` as MessageKey)
    : t(locale, 'review.engine.noScenario');
  lines.push(`  ${t(locale, 'review.engine.scenario', { scenario })}`);
  if (result.scenarioReason) lines.push(`  ${result.scenarioReason}`);
  if (side && result.role !== side) lines.push(`  ${t(locale, 'review.engine.sideIgnored', { side, scenario })}`);
  const present = result.topics.filter((tp) => tp.present).map((tp) => t(locale, `review.topic.${tp.id}` as MessageKey));
  lines.push(`  ${t(locale, 'review.engine.topicsPresent', { count: present.length, total: result.topics.length, list: present.join(locale === 'zh-CN' ? '、' : ', ') || '-' })}`);
  if (result.findings.length === 0) lines.push(`  ${t(locale, 'review.engine.noFindings')}`);
  for (const severity of SEVERITIES) {
    const group = result.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push('', `  ${t(locale, `review.engine.severity.${severity}` as MessageKey)} (${group.length})`);
    for (const f of group) lines.push(...findingLines(f, sectionOf, locale));
  }
  return `${lines.join('\n')}\n\n`;
}

function findingLines(f: Finding, sectionOf: Map<number, string>, locale: Locale): string[] {
  const first = f.evidence[0];
  const where = first
    ? sectionOf.has(first.paragraph)
      ? t(locale, 'review.engine.where.section', { section: sectionOf.get(first.paragraph)! })
      : t(locale, 'review.engine.where.paragraph', { paragraph: first.paragraph + 1 })
    : '';
  const out = [`  - [${f.kind}] ${f.message}${where ? ` (${where})` : ''}`, `      ${f.why}`];
  if (first) out.push(`      "${first.text.length > 160 ? `${first.text.slice(0, 157)}...` : first.text}"`);
  if (f.fix) out.push(`      ${t(locale, 'review.engine.fix', { clause: f.fix.clause, variant: f.fix.variant })}`);
  return out;
}
