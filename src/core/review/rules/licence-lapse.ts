import type { Evidence } from '../../findings';
import type { TopicId } from '../../topics';
import type { Rule, Sentence } from '../context';
import { finding } from './finding';
import { ourSide, partyAfterTo, partyBefore } from './side';
import { quote } from './text';

// A payment missed: "If the Licensee does not make the payments by the dates stated", "fails to pay
// the Due Date", "failure to pay any royalty". Debts are insolvency, which licence-end reads.
const MISSED =
  /\b(?:(?:does|did)\s+not|fails?\s+to|failure\s+(?:by\s+(?:the\s+)?\S+\s+)?to)\s+(?:timely\s+|promptly\s+)?(?:make|pay|remit|prepay)\b(?![^.;]{0,30}\bdebts\b)|\bnon-?payment\b/gi;
// Then the licence ends or goes back: "the Exclusive License will revert back to X", "the licenses
// granted hereunder shall automatically terminate", "the Patent shall revert to X"; or the licences
// go as the breach's result or at the licensor's word: "shall result in the cancellation of any and
// all licenses", "the Licensor may revoke all licences granted".
const LICENCES = String.raw`(?:any\s+and\s+all|all|any|each|the|its|such)\s+(?:of\s+the\s+)?(?:[\w-]+\s+){0,2}?licen[cs]es?\b`;
const ENDS = new RegExp(
  String.raw`\b(?:licen[cs]es?|rights?)\b[^.;]{0,100}?\b(?:shall|will)\s+(?:automatically\s+|immediately\s+|thereupon\s+)?(?:terminate|lapse|cease|be\s+(?:terminated|forfeited|revoked))\b|\b(?:shall|will)\s+(?:automatically\s+|immediately\s+)?revert\s+(?:back\s+)?to\b` +
    String.raw`|\b(?:result\s+in|lead\s+to|give\s+rise\s+to)\s+(?:the\s+)?(?:immediate\s+|automatic\s+)?(?:cancell?ation|termination|revocation|forfeiture)\s+of\s+${LICENCES}` +
    String.raw`|\bmay\s+(?:immediately\s+)?(?:cancel|terminate|revoke|withdraw)\s+${LICENCES}`,
  'gi',
);
// "The Parties agree that any failure to pay ..." names both sides as the ones who agree, not as payers.
const AGREE = /\b(?:agree|acknowledge|understand|confirm)s?\s+(?:and\s+\w+\s+)?that\b/i;
// A chance to pay late: a cure or grace period, an end that waits for notice and days to pass, or
// days of lateness allowed ("fails to pay within thirty (30) days after the due date").
const CURE =
  /\bcure[ds]?\b|\bremed(?:y|ied|ies)\b|\bgrace\s+period\b|\b(?:such\s+)?(?:failure|default|breach)\s+(?:is\s+not\s+\w+\s+and\s+)?continues?\b|\bwithin\s+[\w-]+\s+(?:\(\d+\)\s+)?(?:business\s+|calendar\s+)?days\s+(?:after|of|following|from)\s+(?:the\s+)?(?:receipt\s+of\s+|receiving\s+)?(?:a\s+|the\s+)?(?:written\s+)?notice\b|\b(?:days|months)['’]?\s+(?:prior\s+)?(?:written\s+)?notice\b|\bwithin\s+[\w-]+\s+(?:\(\d+\)\s+)?(?:business\s+|calendar\s+)?days\s+(?:after|of|following|from)\s+(?:the\s+|its\s+)?due\s+date\b/i;
// Patent costs: the licence to a patent goes back when its filing or upkeep is not paid for.
const PATENT_COSTS = /\bprosecut\w*|\b(?:IP|patent|filing|maintenance|prosecution)\s+(?:costs?|fees|expenses)\b|\bannuit(?:y|ies)\b|\bnational\s+phase\b/i;

/** The sentences read with a hit: the one before may hold its condition, the one after its cure. */
function around(sentences: readonly Sentence[], i: number): string {
  return sentences
    .slice(Math.max(0, i - 1), i + 2)
    .filter((s) => s.paragraph === sentences[i]!.paragraph)
    .map((s) => s.text)
    .join(' ');
}

/**
 * We hold a licence that ends, or reverts to the licensor, the moment a payment date passes, with
 * no notice and no time to pay: a late bank transfer costs the technology the products are built on.
 */
export const licenceLapse: Rule = (ctx) => {
  if (ourSide(ctx) !== 'B') return [];
  const byTopic = new Map<TopicId, Evidence[]>();
  let unknown = true;
  ctx.sentences.forEach((s, i) => {
    MISSED.lastIndex = 0;
    const missed = MISSED.exec(s.text);
    if (!missed) return;
    ENDS.lastIndex = 0;
    const ends = ENDS.exec(s.text);
    if (!ends || CURE.test(around(ctx.sentences, i))) return;
    // The payer is the licensee; a licensor's missed payment, or a reversion to us, is no loss of ours.
    const subject = partyBefore(ctx, s.text, missed.index + missed[0].length);
    const payer = subject && AGREE.test(s.text.slice(subject.index, missed.index)) ? undefined : subject?.side;
    const to = /revert/i.test(ends[0]) ? partyAfterTo(ctx, s.text, ends.index + ends[0].length - 3)?.side : undefined;
    if (payer === 'A' || payer === 'both' || to === 'B') return;
    if (payer === 'B' || to === 'A' || ctx.scenario === 'technology-license') unknown = false;
    const before = ctx.sentences[i - 1];
    const topic: TopicId = PATENT_COSTS.test(s.text) || (before?.paragraph === s.paragraph && PATENT_COSTS.test(before.text)) ? 'patent-prosecution' : 'background-license';
    const list = byTopic.get(topic) ?? [];
    list.push(quote(s, Math.min(missed.index, ends.index), Math.max(missed.index + missed[0].length, ends.index + ends[0].length)));
    byTopic.set(topic, list);
  });
  return [...byTopic].map(([topic, evidence]) =>
    finding(ctx, {
      rule: 'one-sided.licence-lapse',
      topic,
      severity: 'high',
      kind: 'one-sided',
      // The cure period belongs in the termination clause.
      fixClause: 'termination',
      evidence: evidence.slice(0, 8),
      ...(unknown ? { sideUnknown: true } : {}),
    }),
  );
};
