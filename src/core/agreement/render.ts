import type { ScenarioId } from '../scenarios';
import {
  blankFor,
  PLACEHOLDERS,
  clauseById,
  fillTokens,
  hasUnfilled,
  layoutOf,
  termMatcher,
  tokensOf,
  type Library,
  type AgreementFrame,
  type Clause,
  type Variant,
  type PlaceholderName,
  type Token,
} from '../library';
import { roleOfSide, ourSide } from './answers';
import type { Plan } from './plan';
import type { Answers } from '../questionnaire';
import type { RenderedClause, RenderedParagraph, RenderedParty, RenderedSchedule, RenderedSigning, RenderedTerms } from './rendered';
import { clauseTag } from './tag';
import { BuildError, placeholderValues } from './values';
import { renderSchedules, ScheduleNumbers } from './schedules';

export const DEFINITIONS_ID = 'definitions';

/** Looks up a placeholder's value ("territory") or a cross-reference's section ("ref:survival"). */
export type Lookup = (key: string) => string | undefined;

interface Filled {
  paragraphs: RenderedParagraph[];
  values: Record<string, string>;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Fills one variant's text and numbers its paragraphs "5.1", "5.2", with sub-clauses "(a)". */
function fillVariant(text: string, number: string, lookup: Lookup, where: string): Filled {
  const values: Record<string, string> = {};
  const fill = (s: string) =>
    fillTokens(s, (token) => {
      const key = token.kind === 'ref' ? `ref:${token.clause}` : token.kind === 'schedule' ? `schedule:${token.schedule}` : token.name;
      const value = lookup(key);
      if (value === undefined) throw new BuildError(`${where} uses ${token.raw}, but ${token.kind === 'ref' ? 'that clause is not in these terms' : 'the answers give no value for it'}.`);
      values[key] = value;
      return value;
    });
  let n = 0;
  const paragraphs = layoutOf(text).map((block): RenderedParagraph => {
    if (block.level === 2) return { level: 2, label: block.label ?? '', text: fill(block.text) };
    n += 1;
    return { level: 1, label: `${number}.${n}`, text: capitalise(fill(block.text)) };
  });
  return { paragraphs, values };
}

/**
 * Renders one clause variant with recorded values (RenderedClause.values), as it was built, in
 * English or, for a clause built in Chinese (whose recorded values are the Chinese ones), from its
 * Chinese text. The Word host compares this with the document's text to see whether a clause was edited.
 */
export function renderRecorded(
  library: Library,
  clauseId: string,
  variantId: string,
  number: string,
  values: Record<string, string>,
  language: 'en' | 'zh' = 'en',
): RenderedParagraph[] {
  const variant = clauseById(library, clauseId)?.variants.find((v) => v.id === variantId);
  if (!variant) throw new BuildError(`The library "${library.id}" has no clause "${clauseId}" with a variant "${variantId}".`);
  const text = language === 'zh' ? variant.textZh : variant.text;
  if (text === undefined) throw new BuildError(`Clause "${clauseId}", variant "${variantId}", has no Chinese text.`);
  return fillVariant(text, number, (key) => values[key], `Clause "${clauseId}", variant "${variantId}",`).paragraphs;
}

/**
 * One clause variant as a numbered section: each placeholder and cross-reference in its words
 * from `lookup`, its paragraphs "5.1", "5.2" with sub-clauses "(a)". Builds and fixes alike.
 */
export function fillClause(clause: Clause, variant: Variant, number: string, lookup: Lookup): RenderedClause {
  const filled = fillVariant(variant.text, number, lookup, `Clause "${clause.id}", variant "${variant.id}",`);
  return {
    clauseId: clause.id,
    variantId: variant.id,
    clauseVersion: clause.version,
    topic: clause.topic,
    number,
    title: variant.title ?? clause.title,
    paragraphs: filled.paragraphs,
    tag: clauseTag({ clauseId: clause.id, variantId: variant.id, version: clause.version }),
    ...(variant.beside ? { beside: true } : {}),
    values: filled.values,
  };
}

export interface RenderOptions {
  /**
   * Fill an answer nobody gave with a visible blank ("[number of months]") instead of failing. Only
   * for a clause proposed as a fix to a draft, where the draft's own deal may lack that answer.
   */
  blanks?: boolean;
  /** The language of the library's text (see chinese.ts): how definitions and references read. */
  language?: 'en' | 'zh';
  /**
   * The defined terms to define, in order, instead of those the text uses: a Chinese text built
   * beside an English one defines the same terms in the same order, so the two columns match.
   */
  definitions?: readonly string[];
}

/** Turns a plan into finished terms: parties named, sections numbered, definitions first. */
export function render(library: Library, plan: Plan, answers: Answers, options: RenderOptions = {}): RenderedTerms {
  const frame = library.agreement;
  if (!frame) throw new BuildError(`The library "${library.id}" has no "agreement" section in library.yaml, so it cannot build terms.`);
  const unanswered = options.blanks ? Object.fromEntries(PLACEHOLDERS.map((name) => [name, blankFor(name, options.language === 'zh' ? 'zh-CN' : 'en')])) : {};
  const zh = options.language === 'zh';
  const values: Partial<Record<PlaceholderName, string>> = { ...unanswered, ...placeholderValues(library, answers, options.language) };
  const numbers = new Map<string, string>([[DEFINITIONS_ID, '1']]);
  plan.clauses.forEach((p, i) => numbers.set(p.clause.id, String(i + 2)));
  const section = (n: string) => (zh ? `第${n}条` : `Section ${n}`);
  const schedules = new ScheduleNumbers(library, frame.schedules);
  const lookup: Lookup = (key) => {
    if (key.startsWith('schedule:')) return schedules.name(key.slice(9));
    if (!key.startsWith('ref:')) return values[key as PlaceholderName];
    const n = numbers.get(key.slice(4));
    return n && section(n);
  };

  const clauses = plan.clauses.map(({ clause, variant }) => fillClause(clause, variant, numbers.get(clause.id) ?? '', lookup));

  const recitals = frame.recitals && {
    title: frame.recitals.title,
    paragraphs: frame.recitals.scenarios[answers.scenario].map((text, i) => ({
      label: `(${String.fromCharCode(65 + i)})`,
      text: capitalise(fillTokens(text, (t) => (t.kind === 'value' ? (lookup(t.name) ?? t.raw) : t.raw))),
    })),
    agree: frame.recitals.agree,
  };
  const body = [...clauses.flatMap((c) => c.paragraphs.map((p) => p.text)), ...(recitals?.paragraphs.map((p) => p.text) ?? [])];
  // A definition may name a schedule ("Project Plan") and a schedule may use a defined term, so the
  // two settle together; the schedules named only grow, so this ends.
  const fillValues = (text: string) => fillTokens(text, (t) => (t.kind === 'value' ? (lookup(t.name) ?? t.raw) : t.raw));
  const define = (texts: string[]) => (options.definitions ? definedAs(library, options.definitions, lookup) : usedDefinitions(library, texts, lookup));
  let definitions = define(body);
  let printed: RenderedSchedule[] = [];
  for (let named = -1; named !== schedules.named().length; ) {
    named = schedules.named().length;
    printed = renderSchedules(library, answers, schedules, fillValues);
    // A row's label is a heading ("Specification"), not a use of the term.
    definitions = define([...body, ...printed.flatMap((s) => [...s.intro, ...s.rows.flatMap((r) => (s.labelled ? r.slice(1) : r))])]);
  }
  const defValues: Record<string, string> = {};
  for (const d of library.definitions.filter((x) => definitions.some((y) => y.term === x.term)))
    for (const token of tokensOf(d.text)) if (token.kind === 'value') defValues[token.name] = values[token.name] ?? '';
  const definitionsClause: RenderedClause = {
    clauseId: DEFINITIONS_ID,
    variantId: 'standard',
    clauseVersion: library.version,
    topic: 'definitions',
    number: '1',
    title: frame.definitions.title,
    paragraphs: [
      ...definitions.map((d, i): RenderedParagraph => ({ level: 1, label: `1.${i + 1}`, text: zh ? `“${d.term}”${d.text}` : `"${d.term}" ${d.text}` })),
      ...(frame.definitions.interpretation
        ? [{ level: 1 as const, label: `1.${definitions.length + 1}`, text: frame.definitions.interpretation }]
        : []),
    ],
    tag: clauseTag({ clauseId: DEFINITIONS_ID, variantId: 'standard', version: library.version }),
    values: defValues,
  };

  const sideA = ourSide(answers) === 'A' ? answers.parties.us : answers.parties.them;
  const sideB = ourSide(answers) === 'A' ? answers.parties.them : answers.parties.us;
  const parties = {
    A: renderedParty(sideA, roleOfSide(answers, 'A'), zh),
    B: renderedParty(sideB, roleOfSide(answers, 'B'), zh),
  };
  const title = frame.titles[answers.scenario as ScenarioId];
  const blanks = frame.blanks;
  const describe = (p: RenderedParty) =>
    fillTokens(frame.party, (t) => (t.kind === 'unknown' ? partyField(p, t.name, blanks) : t.raw));
  const preamble = frame.preamble.map((p) =>
    fillTokens(p, (t) => {
      const name = t.kind === 'unknown' ? t.name : '';
      return name === 'title' ? title : name === 'partyA' ? describe(parties.A) : name === 'partyB' ? describe(parties.B) : t.raw;
    }),
  );

  const terms: RenderedTerms = {
    title,
    scenario: answers.scenario,
    ourRole: answers.ourRole,
    libraryId: library.id,
    libraryVersion: library.version,
    parties,
    preamble,
    ...(recitals && { recitals }),
    definitions,
    clauses: [definitionsClause, ...clauses],
    ...(frame.signing && { signing: signing(frame.signing, [parties.A, parties.B], blanks) }),
    ...(printed.length > 0 && { schedules: printed }),
  };
  assertFilled(terms);
  return terms;
}

/** A party as the text names it: in Chinese text by its Chinese name, place and address where the answers give them. */
function renderedParty(p: Answers['parties']['us'], role: RenderedParty['role'], zh: boolean): RenderedParty {
  const { zh: chinese, ...party } = p;
  return { ...party, ...(zh ? chinese : {}), role };
}

type Blanks = NonNullable<AgreementFrame['blanks']>;

/** A party fact as it prints: the answer, else the library's bracketed blank for counsel to fill. */
function partyField(p: RenderedParty, name: string, blanks: Blanks | undefined): string {
  if (name === 'name') return p.name;
  if (name === 'shortName') return p.shortName;
  if (name === 'jurisdiction') return p.jurisdiction ?? '';
  if (name === 'address' || name === 'registration' || name === 'signatory' || name === 'signatoryTitle' || name === 'email')
    return p[name] ?? blanks?.[name] ?? '';
  return `{{${name}}}`;
}

/** One block per party: signature and date lines to complete by hand, the rest from the answers. */
function signing(words: NonNullable<AgreementFrame['signing']>, parties: RenderedParty[], blanks: Blanks | undefined): RenderedSigning {
  const { labels } = words;
  return {
    intro: words.intro,
    blocks: parties.map((p) => ({
      heading: fillTokens(words.party, (t) => (t.kind === 'unknown' ? partyField(p, t.name, blanks) : t.raw)),
      lines: [
        { label: labels.signature, value: '' },
        { label: labels.name, value: partyField(p, 'signatory', blanks) },
        { label: labels.title, value: partyField(p, 'signatoryTitle', blanks) },
        { label: labels.date, value: '' },
        { label: labels.notices, value: `${partyField(p, 'address', blanks)}; ${partyField(p, 'email', blanks)}` },
      ],
    })),
  };
}

/**
 * The defined terms the texts use, and those the used definitions use in turn, sorted. A term the
 * reader already has (`given`: a draft's own definition) is neither defined again nor read for the
 * terms our definition of it would use.
 */
export function usedDefinitions(library: Library, texts: string[], lookup: Lookup, given: (term: string) => boolean = () => false): { term: string; text: string }[] {
  const matcher = termMatcher(library.definitions.map((d) => d.term));
  const byTerm = new Map(library.definitions.map((d) => [d.term, d]));
  const filled = new Map<string, string>();
  const queue = texts.flatMap((text) => matcher.used(text));
  while (queue.length > 0) {
    const term = queue.shift() as string;
    const definition = byTerm.get(term);
    if (filled.has(term) || !definition || given(term)) continue;
    const text = fillTokens(definition.text, (token) => {
      const value = token.kind === 'value' ? lookup(token.name) : token.kind === 'schedule' ? lookup(`schedule:${token.schedule}`) : undefined;
      if (value === undefined) throw new BuildError(`The definition of "${term}" uses ${token.raw}, but the answers give no value for it.`);
      return value;
    });
    filled.set(term, text);
    queue.push(...matcher.used(text));
  }
  // In the library's order (sorted by the English term), which a Chinese view keeps, so both languages list alike.
  const order = new Map(library.definitions.map((d, i) => [d.term, i]));
  return [...filled.entries()].sort(([a], [b]) => (order.get(a) ?? 0) - (order.get(b) ?? 0)).map(([term, text]) => ({ term, text }));
}

/** The given terms' definitions, filled, in the given order. */
function definedAs(library: Library, terms: readonly string[], lookup: Lookup): { term: string; text: string }[] {
  return terms.map((term) => {
    const definition = library.definitions.find((d) => d.term === term);
    if (!definition) throw new BuildError(`The library defines no term "${term}".`);
    const fill = (token: Token) => (token.kind === 'value' ? lookup(token.name) : token.kind === 'schedule' ? lookup(`schedule:${token.schedule}`) : undefined);
    return { term, text: fillTokens(definition.text, (token) => fill(token) ?? token.raw) };
  });
}

/** The last guard: no placeholder may reach a reader, whatever the library holds. */
function assertFilled(terms: RenderedTerms): void {
  const strings = [
    terms.title,
    ...terms.preamble,
    ...(terms.recitals?.paragraphs.map((p) => p.text) ?? []),
    ...(terms.signing?.blocks.flatMap((b) => [b.heading, ...b.lines.map((l) => l.value)]) ?? []),
    ...terms.clauses.flatMap((c) => [c.title, ...c.paragraphs.map((p) => p.text)]),
    ...(terms.schedules?.flatMap((s) => [s.title, ...s.intro, ...s.columns, ...s.rows.flat()]) ?? []),
  ];
  const bad = strings.find(hasUnfilled);
  if (bad !== undefined) throw new BuildError(`The built terms still hold a placeholder: "${bad.slice(0, 120)}".`);
}
