import { RULE_IDS } from '../review/rules';
import { SCENARIO_IDS, SCENARIO_ROLES, isRoleOf, type ScenarioId } from '../scenarios';
import { SELECTORS, type SelectorName } from '../questionnaire';
import type { LibraryIssue } from './issues';
import type { Clause, Library } from './library';
import { tokensOf } from './placeholders';
import { PREAMBLE_TERMS } from './lookup';
import { termMatcher } from './terms';
import { layoutOf } from './layout';
import { FRAME_PLACEHOLDERS } from './frame-placeholders';
import { checkChinese } from './chinese';
import { checkPositions } from './check-positions';
import type { AgreementFrame } from './schema';
import { DISCLOSURE_SCHEDULE } from '../prepare/schedule';

/** Checks that need the whole library: names that must exist elsewhere, and text against terms. */
export function crossCheck(
  library: Library,
  files: { definitions: string; library: string; glossary: string },
  scenarioFiles: ReadonlySet<string>,
  brokenClauses: ReadonlySet<string>,
  glossaryBroken = false,
): LibraryIssue[] {
  return [
    ...checkFrame(library.agreement, files.library, 'agreement'),
    ...checkFrame(library.agreementZh, files.library, 'agreementZh'),
    ...checkDefinitions(library, files.definitions),
    ...checkScenarios(library, scenarioFiles),
    ...checkPositions(library, brokenClauses),
    ...checkClauses(library, brokenClauses),
    ...checkRuleSwitches(library, files.library),
    ...checkChinese(library, files, glossaryBroken),
  ];
}

/** Rule ids in `review` must name finding rules, and none may be both switched on and off. */
function checkRuleSwitches(library: Library, file: string): LibraryIssue[] {
  const issues: LibraryIssue[] = [];
  const { enable = [], disable = [] } = library.review ?? {};
  for (const [list, ids] of [['enable', enable], ['disable', disable]] as const) {
    ids.forEach((id, i) => {
      if (!RULE_IDS.includes(id)) issues.push({ file, field: `review.${list}[${i}]`, key: 'library.review.unknownRule', params: { rule: id, rules: RULE_IDS.join(', ') } });
    });
  }
  for (const id of enable.filter((x) => disable.includes(x))) issues.push({ file, field: 'review', key: 'library.review.both', params: { rule: id } });
  return issues;
}

/** Frame wording takes its own placeholders; recitals take the clause ones, without references. */
function checkFrame(frame: AgreementFrame | undefined, file: string, part: string): LibraryIssue[] {
  if (!frame) return [];
  const texts: [string, string, readonly string[]][] = [
    [`${part}.party`, frame.party, FRAME_PLACEHOLDERS.party],
    ...frame.preamble.map((p, i): [string, string, readonly string[]] => [`${part}.preamble[${i}]`, p, FRAME_PLACEHOLDERS.preamble]),
    ...(frame.signing ? [[`${part}.signing.party`, frame.signing.party, FRAME_PLACEHOLDERS.signing] as [string, string, readonly string[]]] : []),
    ...(frame.definitions.local ? [[`${part}.definitions.local`, frame.definitions.local, FRAME_PLACEHOLDERS.localDefinitions] as [string, string, readonly string[]]] : []),
    ...(frame.definitions.localShared ? [[`${part}.definitions.localShared`, frame.definitions.localShared, FRAME_PLACEHOLDERS.sharedDefinitions] as [string, string, readonly string[]]] : []),
    ...(['one', 'many', 'range', 'titled'] as const).flatMap((k): [string, string, readonly string[]][] =>
      frame.survivalParts ? [[`${part}.survivalParts.${k}`, frame.survivalParts[k], FRAME_PLACEHOLDERS.survivalPart]] : [],
    ),
    ...(frame.schedules
      ? [
          [`${part}.schedules.name`, frame.schedules.name, FRAME_PLACEHOLDERS.scheduleName] as [string, string, readonly string[]],
          [`${part}.schedules.heading`, frame.schedules.heading, FRAME_PLACEHOLDERS.scheduleHeading] as [string, string, readonly string[]],
        ]
      : []),
  ];
  const issues: LibraryIssue[] = [];
  for (const [field, text, allowed] of texts)
    for (const token of tokensOf(text))
      if (token.kind !== 'unknown' || !allowed.includes(token.name))
        issues.push({ file, field, key: 'library.placeholder.frame', params: { token: token.raw, allowed: allowed.map((a) => `{{${a}}}`).join(', ') } });
  for (const [scenario, recitals] of Object.entries(frame.recitals?.scenarios ?? {}))
    recitals.forEach((text, i) => {
      for (const token of tokensOf(text))
        if (token.kind !== 'value') issues.push({ file, field: `${part}.recitals.scenarios.${scenario}[${i}]`, key: 'library.placeholder.unknown', params: { token: token.raw } });
    });
  if (frame.schedules) issues.push(...checkSchedules(frame.schedules, file, part));
  return issues;
}

type Schedules = NonNullable<NonNullable<Library['agreement']>['schedules']>;

/** Schedule notes and rows take the clause placeholders; a row is either text or a fact with its blank. */
function checkSchedules(schedules: Schedules, file: string, part: string): LibraryIssue[] {
  const issues: LibraryIssue[] = [];
  const valuesOnly = (field: string, text: string) => {
    for (const token of tokensOf(text))
      if (token.kind !== 'value') issues.push({ file, field, key: 'library.placeholder.unknown', params: { token: token.raw } });
  };
  valuesOnly(`${part}.schedules.record.intro`, schedules.record.intro);
  const seen = new Set<string>([DISCLOSURE_SCHEDULE]);
  schedules.particulars.forEach((s, i) => {
    const at = `${part}.schedules.particulars[${i}]`;
    if (seen.has(s.id)) issues.push({ file, field: `${at}.id`, key: 'library.schedule.duplicate', params: { id: s.id } });
    seen.add(s.id);
    if (s.intro) valuesOnly(`${at}.intro`, s.intro);
    s.rows.forEach((row, j) => {
      const field = `${at}.rows[${j}]`;
      if ((row.text === undefined) === (row.fact === undefined) || (row.fact !== undefined) !== (row.blank !== undefined))
        issues.push({ file, field, key: 'library.schedule.row' });
      valuesOnly(`${field}.label`, row.label);
      if (row.text) valuesOnly(`${field}.text`, row.text);
      issues.push(...checkAnswers(row.when ?? {}, { file, field: `${field}.when` }));
    });
  });
  return issues;
}

/** The ids clause text may name in {{schedule:...}}: the record and every particulars schedule. */
export function scheduleIds(library: Library): string[] {
  const schedules = library.agreement?.schedules;
  return schedules ? [DISCLOSURE_SCHEDULE, ...schedules.particulars.map((s) => s.id)] : [];
}

/** Answer selectors (a variant's `applies.answers`, a schedule row's `when`) must name known answers and values. */
function checkAnswers(answers: Record<string, string[]>, at: Pick<LibraryIssue, 'file' | 'clause' | 'variant' | 'field'>): LibraryIssue[] {
  const issues: LibraryIssue[] = [];
  for (const [name, values] of Object.entries(answers)) {
    const field = `${at.field}.${name}`;
    const allowed: readonly string[] | undefined = SELECTORS[name as SelectorName];
    if (!allowed) {
      issues.push({ ...at, field, key: 'library.variant.unknownAnswer', params: { name, names: Object.keys(SELECTORS).join(', ') } });
      continue;
    }
    for (const value of values.filter((x) => !allowed.includes(x)))
      issues.push({ ...at, field, key: 'library.variant.unknownAnswerValue', params: { name, value, values: allowed.join(', ') } });
  }
  return issues;
}

function checkDefinitions(library: Library, file: string): LibraryIssue[] {
  const issues: LibraryIssue[] = [];
  const schedules = scheduleIds(library);
  const seen = new Set<string>();
  library.definitions.forEach(({ term, text }) => {
    const field = `terms: ${term}`;
    if (seen.has(term)) issues.push({ file, field, key: 'library.term.duplicate', params: { term } });
    if (PREAMBLE_TERMS.includes(term)) issues.push({ file, field, key: 'library.term.preamble', params: { term } });
    seen.add(term);
    for (const token of tokensOf(text)) {
      if (token.kind === 'unknown') issues.push({ file, field, key: 'library.placeholder.unknown', params: { token: token.raw } });
      if (token.kind === 'ref') issues.push({ file, field, key: 'library.placeholder.refInDefinition', params: { token: token.raw } });
      if (token.kind === 'schedule' && !schedules.includes(token.schedule))
        issues.push({ file, field, key: 'library.placeholder.unknownSchedule', params: { token: token.raw, ids: schedules.join(', ') } });
    }
  });
  return issues;
}

function checkScenarios(library: Library, scenarioFiles: ReadonlySet<string>): LibraryIssue[] {
  const issues: LibraryIssue[] = [];
  const seen = new Set<ScenarioId>();
  for (const s of library.scenarios) {
    const file = s.file;
    if (seen.has(s.id)) issues.push({ file, field: 'id', key: 'library.scenario.duplicate', params: { id: s.id } });
    seen.add(s.id);
    const expected = SCENARIO_ROLES[s.id];
    const actual = s.roles.map((r) => r.id);
    if (actual.join() !== expected.join())
      issues.push({ file, field: 'roles', key: 'library.scenario.roles', params: { expected: expected.join(', '), actual: actual.join(', ') } });
    for (const [role, entry] of Object.entries(s.playbook)) {
      if (!isRoleOf(s.id, role)) issues.push({ file, field: `playbook.${role}`, key: 'library.scenario.unknownRole', params: { role, roles: expected.join(', ') } });
      for (const topic of entry.required.filter((x) => entry.recommended.includes(x)))
        issues.push({ file, field: `playbook.${role}`, key: 'library.scenario.bothLists', params: { topic } });
    }
    for (const role of expected)
      if (!s.playbook[role]) issues.push({ file, field: 'playbook', key: 'library.scenario.noPlaybook', params: { role } });
    if (!isRoleOf(s.id, s.defaults.ourRole))
      issues.push({ file, field: 'defaults.ourRole', key: 'library.scenario.unknownRole', params: { role: s.defaults.ourRole, roles: expected.join(', ') } });
  }
  for (const id of SCENARIO_IDS)
    if (!seen.has(id) && !scenarioFiles.has(id)) issues.push({ file: `scenarios/${id}.yaml`, key: 'library.file.missing' });
  return issues;
}

function checkClauses(library: Library, brokenClauses: ReadonlySet<string>): LibraryIssue[] {
  const issues: LibraryIssue[] = [];
  const ids = new Map<string, string>();
  for (const c of library.clauses) {
    const other = ids.get(c.id);
    if (other !== undefined) issues.push({ file: c.file, clause: c.id, field: 'id', key: 'library.clause.duplicate', params: { other } });
    else ids.set(c.id, c.file);
  }
  const known = new Set(library.definitions.map((d) => d.term));
  const named = new Set([...ids.keys(), ...brokenClauses]);
  const schedules = scheduleIds(library);
  for (const c of library.clauses) issues.push(...checkClause(c, named, known, schedules));
  return issues;
}

const allRoles: readonly string[] = SCENARIO_IDS.flatMap((s) => SCENARIO_ROLES[s]);

function checkClause(
  c: Clause,
  ids: ReadonlySet<string>,
  known: Set<string>,
  schedules: readonly string[],
): LibraryIssue[] {
  const issues: LibraryIssue[] = [];
  const variantIds = new Set<string>();
  for (const v of c.variants) {
    const at = (field: string): Pick<LibraryIssue, 'file' | 'clause' | 'variant' | 'field'> => ({ file: c.file, clause: c.id, variant: v.id, field });
    if (variantIds.has(v.id)) issues.push({ ...at('id'), key: 'library.variant.duplicate' });
    variantIds.add(v.id);

    const scenarios = v.applies?.scenarios ?? SCENARIO_IDS;
    const roles: readonly string[] = v.applies?.scenarios ? scenarios.flatMap((s) => SCENARIO_ROLES[s]) : allRoles;
    for (const role of v.applies?.roles ?? [])
      if (!roles.includes(role)) issues.push({ ...at('applies.roles'), key: 'library.variant.unknownRole', params: { role, roles: [...new Set(roles)].join(', ') } });
    issues.push(...checkAnswers(v.applies?.answers ?? {}, at('applies.answers')));
    for (const list of ['requires', 'excludes'] as const)
      for (const target of v[list] ?? []) {
        if (target === c.id) issues.push({ ...at(list), key: 'library.variant.self', params: { list } });
        else if (!ids.has(target)) issues.push({ ...at(list), key: 'library.variant.unknownClause', params: { list, id: target } });
      }
    for (const target of (v.requires ?? []).filter((x) => (v.excludes ?? []).includes(x)))
      issues.push({ ...at('excludes'), key: 'library.variant.requiresAndExcludes', params: { id: target } });
    // A fix-only variant is never built: answers, which choose among the variants of a build, cannot reach it.
    if (v.fixOnly && v.beside) issues.push({ ...at('fixOnly'), key: 'library.variant.fixOnlyBeside' });
    if (v.fixOnly && v.applies?.answers) issues.push({ ...at('applies.answers'), key: 'library.variant.fixOnlyAnswers' });

    for (const token of tokensOf(v.text)) {
      if (token.kind === 'unknown') issues.push({ ...at('text'), key: 'library.placeholder.unknown', params: { token: token.raw } });
      if (token.kind === 'schedule' && !schedules.includes(token.schedule))
        issues.push({ ...at('text'), key: 'library.placeholder.unknownSchedule', params: { token: token.raw, ids: schedules.join(', ') } });
      if (token.kind === 'ref' && !(v.requires ?? []).includes(token.clause))
        issues.push({ ...at('text'), key: 'library.placeholder.refNotRequired', params: { token: token.raw, id: token.clause } });
    }
    const listed = v.terms ?? [];
    for (const term of listed.filter((x) => !known.has(x))) issues.push({ ...at('terms'), key: 'library.term.undefined', params: { term } });
    // Undefined listed terms join the match so "Project Results" is not also reported as "Results".
    const inText = termMatcher([...known, ...listed]).used(v.text).filter((x) => known.has(x));
    for (const term of inText.filter((x) => !listed.includes(x))) issues.push({ ...at('terms'), key: 'library.term.unlisted', params: { term } });
    for (const term of listed.filter((x) => known.has(x) && !inText.includes(x))) issues.push({ ...at('terms'), key: 'library.term.unused', params: { term } });
    issues.push(...checkLayout(v.text).map((key) => ({ ...at('text'), key })));
  }
  return issues;
}

/**
 * The text becomes numbered paragraphs: a sub-clause "(a) " must follow a paragraph. Section
 * numbers change with every plan, so text refers to other clauses through {{ref:...}} only.
 */
function checkLayout(text: string): ('library.text.subclauseFirst' | 'library.text.sectionNumber')[] {
  const out: ('library.text.subclauseFirst' | 'library.text.sectionNumber')[] = [];
  if (layoutOf(text)[0]?.level === 2) out.push('library.text.subclauseFirst');
  if (/\bSections?\s+\d/.test(text)) out.push('library.text.sectionNumber');
  return out;
}
