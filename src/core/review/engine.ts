import type { DocModel } from '../document';
import { BUILT_PROPERTY } from '../agreement/rendered';
import { severityRank, type Evidence, type Finding, type ReviewResult, type TopicPresence } from '../findings';
import { say, type Locale, type MessageKey, type Phrase, type Wording } from '../i18n';
import { isRoleOf, scenarioOfRole, SCENARIO_IDS, SCENARIO_ROLES, type RoleId, type ScenarioId } from '../scenarios';
import { TOPIC_IDS, type TopicId } from '../topics';
import { fnv1aHex } from '../hash';
import type { FixSource, Playbook, ReviewContext, RuleFinding, Sentence } from './context';
import { findDefinitions } from './definitions';
import { findParties } from './parties';
import { displayedParties, partiesBeside } from './draft-parties';
import { ourSide } from './rules/side';
import { OPT_IN_RULE_IDS, REGISTRY } from './rules';
import { detectScenario } from './scenario';
import { offByPlaybook, weighed } from './positions';
import { segment } from './segment';
import { detectTopics } from './topics';
import { improvementsByDefinition } from './topics/by-definition';
import { withoutContradictions } from './contradictions';
import { readOwnership } from './terms/ownership';
import { ownershipTopics, settles as settlesTopic } from './terms/topics';

/** Playbooks from the library: scenario id → our role → the topics we need. */
export type Playbooks = Partial<Record<ScenarioId, Partial<Record<string, Playbook>>>>;

export interface ReviewOptions {
  /** Given by the user; detected from the title and text when absent. */
  scenario?: ScenarioId;
  /** Our side; without it, rules that depend on our role stay quiet. */
  role?: RoleId;
  /**
   * Our side once the scenario is known (detected or given), when `role` is absent and the document
   * does not record one: lets a caller apply a default side without reviewing twice.
   */
  roleFor?: (scenario: ScenarioId) => RoleId | undefined;
  library?: FixSource;
  playbooks?: Playbooks;
  /** Finding rule ids (RULE_IDS) the user switched off; this wins over everything else. */
  disabled?: readonly string[];
  /** Finding rule ids the user switched on: opt-in rules, or rules the organisation's library switched off. */
  enabled?: readonly string[];
  locale?: Locale;
  /** Our company's name (Settings, `--our-party`): tells our party where the draft names its parties only by company name, or has three or more. */
  companyName?: string;
  /** Where our company is established (a country code such as "CN"); wins over the library's `review.established`. */
  established?: string;
  /** The draft's other language version, a separate file: the two are checked against each other. */
  counterpart?: DocModel;
}

/** Where our company is taken to be established when neither the draft, the user nor the library says. */
export const DEFAULT_ESTABLISHED = 'CN';

export interface BuiltContext {
  ctx: ReviewContext;
  /** Why the scenario was taken, kept as a message to word in any language. */
  scenarioReason?: Wording;
}

/** Read the document once: sentences, definitions, parties, topics, scenario and playbook. */
export function buildContext(doc: DocModel, options: ReviewOptions = {}): BuiltContext {
  const locale = options.locale ?? 'en';
  const { sentences } = segment(doc);
  const definitions = findDefinitions(doc, sentences);
  const parties = findParties(sentences, definitions);
  const topics = detectTopics(sentences);
  improvementsByDefinition(topics, definitions, sentences);
  // Who holds what, read once: the ownership topics come from these terms, and rules read them too.
  const ownership = readOwnership(sentences, definitions, parties);
  ownershipTopics(topics, ownership);
  let scenario: ScenarioId | null = options.scenario ?? null;
  let scenarioReason: Wording | undefined;
  if (!scenario) {
    const detected = detectScenario(doc, sentences, topics);
    if (detected) {
      scenario = detected.scenario;
      const name: Phrase = { say: `review.scenario.name.${detected.scenario}` as MessageKey };
      const other: Phrase | undefined = detected.alternative && { say: `review.scenario.name.${detected.alternative}` as MessageKey };
      scenarioReason = { key: detected.reason.key, params: { ...detected.reason.params, scenario: name, ...(other ? { other } : {}) } };
    } else {
      // Nothing names the deal, but a side given belongs to one kind of deal only.
      scenario = (options.role && scenarioOfRole(options.role)) || null;
      if (scenario) scenarioReason = { key: 'review.scenario.bySide', params: { scenario: { say: `review.scenario.name.${scenario}` as MessageKey }, side: options.role! } };
      else if (doc.paragraphs.length > 0) scenarioReason = { key: 'review.scenario.none' };
    }
  }
  // Terms we built record the deal and our side; with no side given, a review of them takes it.
  const builtRole = scenario && doc.properties?.[BUILT_PROPERTY.scenario] === scenario ? doc.properties[BUILT_PROPERTY.role] : undefined;
  const asked = options.role ?? builtRole ?? (scenario ? options.roleFor?.(scenario) : undefined);
  const role = asked && scenario && isRoleOf(scenario, asked) ? asked : undefined;
  const playbook = scenario && role ? options.playbooks?.[scenario]?.[role] : undefined;
  const established = options.established ?? options.library?.review?.established ?? DEFAULT_ESTABLISHED;
  const ctx: ReviewContext = { doc, sentences, definitions, parties, topics, scenario, locale, established, terms: { ownership } };
  if (role) ctx.role = role;
  if (playbook) ctx.playbook = playbook;
  if (options.library) ctx.library = options.library;
  if (options.counterpart) ctx.counterpart = options.counterpart;
  if (options.companyName?.trim()) ctx.ourParty = options.companyName.trim();
  return { ctx, scenarioReason };
}

/**
 * Rule ids not to run: opt-in rules unless switched on, then the organisation's library (`review`
 * in library.yaml), then the user, whose choice wins.
 */
function switchedOff(options: ReviewOptions): Set<string> {
  const org = options.library?.review;
  const on = new Set([...(org?.enable ?? []), ...(options.enabled ?? [])]);
  const off = new Set([...OPT_IN_RULE_IDS.filter((id) => !on.has(id)), ...(org?.disable ?? []).filter((id) => !options.enabled?.includes(id))]);
  for (const id of options.disabled ?? []) off.add(id);
  return off;
}

const SIDE_DEPENDENT: ReadonlySet<Finding['kind']> = new Set(['missing', 'one-sided']);

/** Review a document: every rule over one shared context, findings with stable ids, most severe first. */
export function review(doc: DocModel, options: ReviewOptions = {}): ReviewResult {
  const { ctx, scenarioReason } = buildContext(doc, options);
  const raw: RuleFinding[] = [];
  const off = switchedOff(options);
  for (const rule of REGISTRY) {
    if (rule.rules.every((r) => off.has(r.id))) continue;
    // Counsel's playbook weighs a rule's findings for our side in this deal, or says they are no point.
    const defaults = new Map(rule.rules.map((r) => [r.id, r.severity]));
    for (const f of rule.check(ctx)) if (!off.has(f.rule) && !offByPlaybook(ctx, f.rule)) raw.push(weighed(ctx, f, defaults.get(f.rule) ?? f.severity));
  }
  // What is missing or one-sided depends on whose side we are on; without one, only what holds for
  // both sides is reported, and the result says which sides to choose.
  const checked = ctx.role ? raw : raw.filter((f) => !SIDE_DEPENDENT.has(f.kind));
  const findings = withSections(ctx, withIds(withoutContradictions(ctx, checked)))
    .map((f, order) => ({ f, order }))
    .sort((a, b) => severityRank(b.f.severity) - severityRank(a.f.severity) || a.order - b.order)
    .map(({ f }) => f);
  const result: ReviewResult = {
    version: 2,
    scenario: ctx.scenario,
    topics: topicsOf(ctx, findings),
    findings,
  };
  if (scenarioReason) {
    result.scenarioReason = say(ctx.locale, scenarioReason);
    result.wording = { scenarioReason };
  }
  if (ctx.role) {
    result.role = ctx.role;
    const named = partiesOf(ctx, options.companyName);
    if (named) result.parties = named;
  } else result.sides = ctx.scenario ? [...SCENARIO_ROLES[ctx.scenario]] : SCENARIO_IDS.flatMap((s) => [...SCENARIO_ROLES[s]]);
  return result;
}

/** Which of the draft's parties the review took for ours and theirs, so the reader can check the side. */
function partiesOf(ctx: ReviewContext, companyName = ''): ReviewResult['parties'] {
  const us = ourSide(ctx);
  if (!us) return undefined;
  const names = displayedParties(ctx, companyName);
  const ours = names[us];
  const theirs = names[us === 'A' ? 'B' : 'A'];
  const others = partiesBeside(ctx, names);
  // Three or more parties, none placed: they are listed, so the reader is told to name ours.
  if (!ours && !theirs) return others.length > 0 ? { others } : undefined;
  return { ...(ours ? { ours } : {}), ...(theirs ? { theirs } : {}), ...(others.length > 0 ? { others } : {}) };
}

/** Kinds of finding that quote a term the draft has: a vague or one-sided clause on a topic is that topic's clause. */
const QUOTES_A_TERM: ReadonlySet<Finding['kind']> = new Set(['ambiguous', 'one-sided']);

/**
 * The topics the draft deals with, as the reader sees them beside the findings: a topic is present
 * when its detector found it, a clause read as an ownership term settles it (terms/topics.ts), or a
 * finding quotes a clause on it, so the list never calls absent a topic a finding quotes ("anything
 * made with their information belongs to them" is an improvements term).
 */
function topicsOf(ctx: ReviewContext, findings: readonly Finding[]): TopicPresence[] {
  // Each clause's topics read once, not once per absent topic: a long draft has thousands of clauses.
  const quotes = new Map<TopicId, Evidence[]>();
  for (const c of ctx.terms?.ownership ?? []) {
    for (const id of settlesTopic(c)) {
      const list = quotes.get(id);
      if (list) list.push(c.quote);
      else quotes.set(id, [c.quote]);
    }
  }
  return TOPIC_IDS.map((id) => {
    const detected = ctx.topics[id];
    if (detected.present) return detected;
    const settled = quotes.get(id) ?? [];
    if (settled.length > 0) return { id, present: true, evidence: settled.slice(0, 5) };
    const quoted = findings.filter((f) => f.topic === id && QUOTES_A_TERM.has(f.kind)).flatMap((f) => f.evidence.filter((e) => !e.counterpart));
    return quoted.length > 0 ? { id, present: true, evidence: quoted } : detected;
  });
}

/** Ids from the rule, the paragraph and the quote, so a dismissed finding stays dismissed on re-review. */
function withIds(raw: RuleFinding[]): Finding[] {
  const seen = new Map<string, number>();
  return raw.map((f) => {
    const first = f.evidence[0];
    const base = `${f.rule}-${fnv1aHex(`${f.rule}\u0000${first?.paragraph ?? ''}\u0000${first?.text ?? f.topic}`)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { id: n === 1 ? base : `${base}-${n}`, ...f };
  });
}

/**
 * Each finding's section label, from the sentence its first quote starts in: a paragraph of text
 * taken from a PDF can hold several sections.
 */
function withSections(ctx: ReviewContext, findings: Finding[]): Finding[] {
  const byParagraph = new Map<number, Sentence[]>();
  for (const s of ctx.sentences) {
    if (!s.section) continue;
    const list = byParagraph.get(s.paragraph);
    if (list) list.push(s);
    else byParagraph.set(s.paragraph, [s]);
  }
  return findings.map((f) => {
    const e = f.evidence[0];
    const list = e && byParagraph.get(e.paragraph);
    if (!e || !list) return f;
    let at = list[0]!;
    for (const s of list) if (s.start <= e.start) at = s;
    return { ...f, section: at.section };
  });
}
