import { t, type Locale, type MessageKey, type MessageParams } from '../i18n';
import type { TopicId } from '../topics';
import type { RoleId, ScenarioId } from '../scenarios';
import { clauseById, isFrameTopic, onlyAFix, playbookFor, variantFits, type Clause, type Library, type Stance, type Variant } from '../library';
import { variantName } from '../library/names';
import { selectorsOf } from './answers';
import type { Answers, Posture, SelectorName } from '../questionnaire';
import { answerWarnings } from './warnings';
import { lawAvoids, lawWarnings } from './law-rules';

export interface Message {
  key: MessageKey;
  params?: MessageParams;
}

export interface PlannedClause {
  clause: Clause;
  variant: Variant;
  /** Why this clause is in, and why this variant. */
  reason: Message;
  /** The clause's other variants, and whether each would also fit this deal. */
  alternatives: { variantId: string; stance: Stance; fits: boolean }[];
}

export interface PlanWarning extends Message {
  /** The clause the warning is about, when there is one. */
  clause?: string;
}

export interface Plan {
  scenario: ScenarioId;
  ourRole: RoleId;
  /** In agreement order. */
  clauses: PlannedClause[];
  warnings: PlanWarning[];
  /** Topics the playbook requires that no fitting clause covers: the terms cannot be built (see `refusal`). */
  uncovered: TopicId[];
}

/** Stances in the order a posture prefers them; "firm" is protective on required topics only. */
const MARKET: Record<Stance, number> = { balanced: 0, protective: 1, fallback: 2 };
const PROTECTIVE: Record<Stance, number> = { protective: 0, balanced: 1, fallback: 2 };

function preference(posture: Posture, required: boolean): Record<Stance, number> {
  if (posture === 'maximal' || (posture === 'firm' && required)) return PROTECTIVE;
  return MARKET;
}

/**
 * Variants of a clause that fit the deal, best first by our posture, then file order. Protective
 * variants are scoped to the roles they protect, so none chosen here protects the other side.
 */
function fitting(clause: Clause, answers: Answers, selectors: Record<SelectorName, string>, required = false): Variant[] {
  const order = preference(answers.posture ?? 'balanced', required);
  return clause.variants
    .filter((v) => variantFits(v, answers.scenario, answers.ourRole))
    .filter((v) =>
      Object.entries(v.applies?.answers ?? {}).every(([name, values]) => values.includes(selectors[name as SelectorName])),
    )
    .map((v, i) => ({ v, i, void: lawAvoids(v, answers) ? 1 : 0 }))
    .sort((a, b) => a.void - b.void || order[a.v.stance] - order[b.v.stance] || a.i - b.i)
    .map(({ v }) => v);
}

/**
 * Chooses the clauses for a deal: every clause on a topic the playbook requires or recommends for
 * our role, in its best-fitting variant; then every clause those variants require. A variant whose
 * requirements cannot be met gives way to the next one that fits, so no planned clause ever misses
 * a clause it depends on; clauses another one excludes are dropped, with a warning.
 */
export function plan(library: Library, answers: Answers): Plan {
  const selectors = selectorsOf(answers);
  const playbook = playbookFor(library, answers.scenario, answers.ourRole);
  const wanted = new Map<TopicId, 'required' | 'recommended'>([
    ...playbook.recommended.map((t): [TopicId, 'recommended'] => [t, 'recommended']),
    ...playbook.required.map((t): [TopicId, 'required'] => [t, 'required']),
  ]);
  const warnings: PlanWarning[] = answerWarnings(answers);

  // Candidate variants per clause, best first; a clause leaves the plan when none is left.
  const candidates = new Map<string, Variant[]>();
  const reasons = new Map<string, Message>();
  // Clauses excluded or left without a workable variant never come back, so the loop ends.
  const banned = new Set<string>();
  const drop = (id: string) => {
    candidates.set(id, []);
    banned.add(id);
  };
  for (const clause of library.clauses) {
    // Frame topics (risk allocation, general provisions...) belong in every agreement they fit.
    const level = isFrameTopic(clause.topic) ? 'frame' : wanted.get(clause.topic);
    const fits = fitting(clause, answers, selectors, level === 'required');
    if (!level || fits.length === 0) continue;
    candidates.set(clause.id, fits);
    reasons.set(clause.id, { key: `build.reason.${level}`, params: { topic: clause.topic } });
  }

  for (let changed = true; changed; ) {
    changed = false;
    for (const [id, variants] of candidates) {
      const [variant] = variants;
      if (!variant) continue;
      const missing = (variant.requires ?? []).filter((r) => !candidates.get(r)?.length);
      for (const target of missing) {
        const required = clauseById(library, target);
        const fits = required && !banned.has(target) ? fitting(required, answers, selectors) : [];
        if (fits.length > 0) {
          candidates.set(target, fits);
          reasons.set(target, { key: 'build.reason.requiredBy', params: { topic: required?.topic ?? '', by: id } });
          changed = true;
        }
      }
      if (missing.some((r) => !candidates.get(r)?.length)) {
        warnings.push({ key: 'build.warn.requirementUnmet', params: { ...variantParams(variant), requires: missing.join(', ') }, clause: id });
        if (variants.length > 1) candidates.set(id, variants.slice(1));
        else drop(id);
        changed = true;
      }
    }
    for (const [id, variants] of candidates) {
      for (const excluded of variants[0]?.excludes ?? []) {
        if (!candidates.get(excluded)?.length) continue;
        warnings.push({ key: 'build.warn.excluded', params: { by: id, id: excluded }, clause: excluded });
        drop(excluded);
        changed = true;
      }
    }
  }

  const planned: PlannedClause[] = [];
  for (const clause of library.clauses) {
    const [variant] = candidates.get(clause.id) ?? [];
    if (!variant) continue;
    const fits = new Set(fitting(clause, answers, selectors).map((v) => v.id));
    planned.push({
      clause,
      variant,
      reason: { ...(reasons.get(clause.id) as Message), params: { ...reasons.get(clause.id)?.params, stance: variant.stance } },
      alternatives: clause.variants
        .filter((v) => v !== variant && !onlyAFix(v))
        .map((v) => ({ variantId: v.id, stance: v.stance, fits: fits.has(v.id) })),
    });
  }
  for (const p of planned)
    for (const key of lawWarnings(p.variant, answers)) warnings.push({ key, params: variantParams(p.variant), clause: p.clause.id });
  const covered = new Set(planned.map((p) => p.clause.topic));
  const uncovered = playbook.required.filter((topic) => !covered.has(topic));
  return { scenario: answers.scenario, ourRole: answers.ourRole, clauses: planned, warnings, uncovered };
}

/**
 * Why these terms must not be built, or undefined when they may: an agreement without a clause on a
 * topic its playbook requires is not one counsel could sign, so every surface refuses to build it.
 */
export function refusal(p: Pick<Plan, 'uncovered'>, locale: Locale = 'en'): string | undefined {
  if (p.uncovered.length === 0) return undefined;
  const topics = p.uncovered.map((topic) => t(locale, `ui.topic.${topic}`)).join(t(locale, 'build.refuse.separator'));
  return t(locale, 'build.refuse.uncovered', { topics });
}

/** Parameters that hold ids, and the catalog prefix that names each id in words. */
const WORDED_PARAMS: Record<string, string> = {
  stance: 'build.stance',
  topic: 'ui.topic',
  law: 'build.option.governingLaw',
  forum: 'build.option.forum',
  model: 'build.option.foregroundModel',
};

/** A variant named in a message: its id, and its Chinese name for the Chinese reader. */
function variantParams(variant: Variant): MessageParams {
  return { variant: variant.id, ...(variant.nameZh ? { variantZh: variant.nameZh } : {}) };
}

/** A reason or warning in the reader's language, with ids (stance, topic, law, variant...) put in words. */
export function describePlanMessage(message: Message, locale: Locale = 'en'): string {
  const params: MessageParams = { ...message.params };
  if (typeof params.variant === 'string') params.variant = variantName({ id: params.variant, nameZh: params.variantZh as string | undefined }, locale);
  for (const [name, prefix] of Object.entries(WORDED_PARAMS)) {
    const value = params[name];
    if (typeof value === 'string') params[name] = t(locale, `${prefix}.${value}` as MessageKey);
  }
  return t(locale, message.key, params);
}
