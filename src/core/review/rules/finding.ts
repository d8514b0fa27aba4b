import { severityRank, type Evidence, type FindingKind, type Severity } from '../../findings';
import { t, type MessageKey, type MessageParams } from '../../i18n';
import { TOPIC_IDS, type TopicId } from '../../topics';
import type { ReviewContext, RuleFinding } from '../context';
import { fixFor } from './fix';
import { positionFix, positionFor, shownPosition } from '../positions';

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
  /** Appended to the why: we could not tell which party is ours, so the finding is hedged. */
  sideUnknown?: boolean;
  /** Appended to the why: what the governing law adds (a PRC rule that may void the term). */
  note?: MessageKey;
}

/** A finding in the reader's language, with the library clause that fixes its topic. */
export function finding(ctx: ReviewContext, spec: FindingSpec): RuleFinding {
  const stem = `review.rule.${spec.key ?? spec.rule}`;
  const message = t(ctx.locale, `${stem}.message` as MessageKey, spec.params);
  // Counsel's playbook position for our side: its fixing clause and words where it names this rule
  // (the engine weighs the finding by it), else shown beside a finding on its topic.
  const hit = spec.kind === 'drafting' ? undefined : positionFor(ctx, spec.rule, spec.topic);
  const named = hit?.severity !== undefined;
  let why = named && hit.position.why ? hit.position.why[ctx.locale === 'zh-CN' ? 'zh' : 'en'] : t(ctx.locale, `${stem}.why` as MessageKey, spec.params);
  if (spec.note) why += (ctx.locale === 'zh-CN' ? '' : ' ') + t(ctx.locale, spec.note, spec.params);
  if (spec.sideUnknown) {
    why += (ctx.locale === 'zh-CN' ? '' : ' ') + t(ctx.locale, 'review.rule.side-unknown' as MessageKey);
  }
  // Drafting findings are fixed by rewording in place, not by a library clause. Counsel's fix is for
  // the rules the position names: a licence lost at will is fixed by the termination clause, a
  // licence missing altogether is not.
  const own = named ? positionFix(ctx, hit) : undefined;
  const fix = spec.kind === 'drafting' ? undefined : (own ?? fixFor(ctx, spec.topic, spec.fixClause));
  return {
    rule: spec.rule,
    topic: spec.topic,
    // A term we cannot place on either side may favour us: it is worth a look, not an alarm.
    severity: spec.sideUnknown && severityRank(spec.severity) > severityRank('low') ? 'low' : spec.severity,
    kind: spec.kind,
    message,
    why,
    evidence: spec.evidence,
    ...(fix ? { fix } : {}),
    ...(hit ? { position: shownPosition(ctx, hit) } : {}),
  };
}

/** Words quoted from the draft, in the reader's quotation marks. */
export function inQuotes(ctx: ReviewContext, words: string): string {
  const w = words.replace(/\s+/g, ' ').trim();
  return ctx.locale === 'zh-CN' ? `“${w}”` : `"${w}"`;
}

/** A short list for a message: "A, B and C", or "A, B and 3 more", in the reader's language. */
export function listOf(ctx: ReviewContext, items: readonly string[], max = 6): string {
  const zh = ctx.locale === 'zh-CN';
  const shown = items.slice(0, max);
  const rest = items.length - shown.length;
  const sep = zh ? '、' : ', ';
  if (rest > 0) return zh ? `${shown.join(sep)}等 ${items.length} 项` : `${shown.join(sep)} and ${rest} more`;
  if (shown.length < 2) return shown.join('');
  return `${shown.slice(0, -1).join(sep)}${zh ? '和' : ' and '}${shown[shown.length - 1]}`;
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
