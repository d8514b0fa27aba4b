import { severityRank, type Evidence, type FindingKind, type FixRef, type Severity } from '../../findings';
import { worded } from '../reword';
import type { MessageKey, MessageParams, Param, Phrase } from '../../i18n';
import { TOPIC_IDS, type TopicId } from '../../topics';
import type { ReviewContext, RuleFinding } from '../context';
import { fixFor } from './fix';
import { positionFix, positionFor } from '../positions';

export interface FindingSpec {
  rule: string;
  topic: TopicId;
  severity: Severity;
  kind: FindingKind;
  evidence: Evidence[];
  /** Message key stem under review.rule.; defaults to the rule id. */
  key?: string;
  params?: MessageParams;
  /** The library clause that fixes this finding when its topic has several (e.g. "territory-scope"). */
  fixClause?: string;
  /** The variant of `fixClause` that fixes it, where that clause has one for this finding alone (a carve-out beside the draft's clause). */
  fixVariant?: string;
  /** No library clause answers it (an unresolved option in a clause the library does not cover). */
  noFix?: boolean;
  /** Appended to the why: we could not tell which party is ours, so the finding is hedged. */
  sideUnknown?: boolean;
  /** Appended to the why: what the governing law adds (a PRC rule that may void the term). */
  note?: MessageKey;
}

/** A finding in the reader's language, with the library clause that fixes its topic. */
export function finding(ctx: ReviewContext, spec: FindingSpec): RuleFinding {
  const stem = `review.rule.${spec.key ?? spec.rule}`;
  const params = spec.params ? { params: spec.params } : {};
  // Counsel's playbook position for our side: its fixing clause and words where it names this rule
  // (the engine weighs the finding by it), else shown beside a finding on its topic.
  const hit = spec.kind === 'drafting' ? undefined : positionFor(ctx, spec.rule, spec.topic);
  const named = hit?.severity !== undefined;
  const counsel = named ? hit.position.why : undefined;
  const wording: NonNullable<RuleFinding['wording']> = {
    message: { key: `${stem}.message` as MessageKey, ...params },
    why: [
      counsel ? { key: 'review.position.why', params: { why: counsel } } : { key: `${stem}.why` as MessageKey, ...params },
      ...(spec.note ? [{ key: spec.note, ...params }] : []),
      ...(spec.sideUnknown ? [{ key: 'review.rule.side-unknown' as MessageKey }] : []),
    ],
    ...(hit ? { position: { topic: hit.topic, want: hit.position.want, acceptable: hit.position.acceptable } } : {}),
  };
  // Drafting findings are fixed by rewording in place, not by a library clause. Counsel's fix is for
  // the rules the position names: a licence lost at will is fixed by the termination clause, a
  // licence missing altogether is not. A named rule that reports on another topic as well (feedback
  // assigned, beside improvements assigned) keeps its own fix there.
  const own = named && hit.topic === spec.topic ? positionFix(ctx, hit, spec.rule) : (spec.kind === 'missing' ? missingFix(ctx, hit, spec) : undefined);
  const fix = spec.kind === 'drafting' || spec.noFix ? undefined : (own ?? fixFor(ctx, spec.topic, spec.fixClause, spec.fixVariant));
  return {
    rule: spec.rule,
    topic: spec.topic,
    // A term we cannot place on either side may favour us: it is worth a look, not an alarm.
    severity: spec.sideUnknown && severityRank(spec.severity) > severityRank('low') ? 'low' : spec.severity,
    kind: spec.kind,
    ...worded(ctx.locale, wording),
    wording,
    evidence: spec.evidence,
    ...(fix ? { fix } : {}),
  };
}

/**
 * A topic the draft lacks is filled with counsel's clause for our side where the position on that
 * topic names one on it: the generic choice may be written for the other side (improvements to the
 * materials owned by the provider, offered to a customer whose own improvements must stay its own).
 */
function missingFix(ctx: ReviewContext, hit: ReturnType<typeof positionFor>, spec: FindingSpec): FixRef | undefined {
  if (!hit || hit.topic !== spec.topic) return undefined;
  const ref = positionFix(ctx, hit, spec.rule);
  if (!ref || (spec.fixClause !== undefined && ref.clause !== spec.fixClause)) return undefined;
  return ctx.library?.clauses.find((c) => c.id === ref.clause)?.topic === spec.topic ? ref : undefined;
}

/** Words quoted from the draft, put in the reader's quotation marks when the message is worded. */
export function inQuotes(words: string): Phrase {
  return { quote: words };
}

/** A short list for a message: "A, B and C", or "A, B and 3 more", in the reader's language. */
export function listOf(items: readonly Param[], max = 6): Phrase {
  return { list: items, max };
}

/**
 * The topic a drafting finding is filed under: a topic whose evidence sits in the paragraph of the
 * first quote, else the nearest one before it. Drafting points are about wording, so this only
 * places them beside the terms they occur in.
 */
export function topicAt(ctx: ReviewContext, paragraph: number | undefined): TopicId {
  let nearest: { id: TopicId; at: number } | undefined;
  for (const id of TOPIC_IDS) {
    for (const e of ctx.topics[id]?.evidence ?? []) {
      if (paragraph === undefined || e.paragraph > paragraph) continue;
      if (!nearest || e.paragraph > nearest.at) nearest = { id, at: e.paragraph };
    }
  }
  if (nearest) return nearest.id;
  return TOPIC_IDS.find((id) => ctx.topics[id]?.present) ?? 'confidentiality';
}
