import type { Rule } from '../context';
import { crossesBorder, forumPlaces, partyIntroductions } from '../places';
import { ourSide, partyRefs } from './side';
import type { Hit } from './text';
import { finding } from './finding';
import { groupedEvidence, hits, substantive } from './text';

const COURTS = /\b(?:courts?|venue|jurisdiction\s+is\s+agreed)\b/gi;
const DISPUTE_CONTEXT = /\b(?:jurisdiction|venue|disputes?|actions?|proceedings?|suits?|claims?)\b/i;
const ARBITRATION = /\barbitra(?:tion|tor|tors|l)\b/i;
const NON_EXCLUSIVE = /\bnon[\s-]?exclusive\s+jurisdiction\b|\bfirst\s+defendant\b|\bmay\s+(?:also\s+)?be\s+brought\s+in\b/i;
// Courts named only to back an arbitration or to grant urgent relief do not compete with it.
const ANCILLARY = /\b(?:injunct\w*|interim|provisional|equitable|enforce\w*|award|confirm\w*|compel\w*|competent\s+jurisdiction)\b/i;
// A court ruling a provision invalid is the severability clause, not a choice of forum.
const SEVERABILITY = /\b(?:invalid|unenforceable|illegal|void)\b/i;
const SEAT = /\b(?:seat|place|venue)\s+of\s+(?:the\s+)?arbitration\b|\barbitration\b[^.;]{0,80}\b(?:held|seated|conducted|take\s+place)\s+in\b/gi;
const EXCLUSIVE_COURTS = /\bexclusive\s+(?:jurisdiction|venue)\b/gi;

/**
 * Whose home a forum is: the side of the one party whose introduction names the forum's place
 * ("Fronius International GmbH, … 4600 Wels, Austria" and "Jurisdiction is agreed to be at Wels").
 */
function homeOf(ctx: Parameters<Rule>[0], forum: Hit[]): 'A' | 'B' | undefined {
  const places = forum.flatMap((h) => forumPlaces(h.sentence.text));
  if (places.length === 0) return undefined;
  const intros = partyIntroductions(ctx.sentences, ctx.parties.map((p) => p.name));
  const homes = new Set<'A' | 'B'>();
  ctx.parties.forEach((p, i) => {
    const side = partyRefs(ctx, p.shortName ?? p.name)[0]?.side;
    if ((side === 'A' || side === 'B') && places.some((w) => new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(intros[i]!))) homes.add(side);
  });
  return homes.size === 1 ? [...homes][0] : undefined;
}

/**
 * Where disputes go. Arbitration and exclusive courts side by side leave the forum open in any deal.
 * Across a border: non-exclusive courts, or courts chosen by who sues first, invite parallel suits;
 * the other side's home courts or seat favour it, and a court judgment may not be enforceable where
 * its assets are, while an arbitral award is, under the New York Convention.
 */
export const forum: Rule = (ctx) => {
  if (!ctx.role || !ctx.topics['dispute-resolution'].present) return [];
  const arbitrates = ctx.sentences.some((s) => ARBITRATION.test(s.text));
  // Two competing forums are a defect in any deal; courts instead of arbitration matter across a border.
  if (arbitrates) {
    const rival = hits(ctx, EXCLUSIVE_COURTS, (h) => !ANCILLARY.test(h.sentence.text) && !ARBITRATION.test(h.sentence.text));
    if (rival.length > 0) {
      return [finding(ctx, { rule: 'ambiguous.forum-conflict', topic: 'dispute-resolution', severity: 'medium', kind: 'ambiguous', evidence: groupedEvidence(rival) })];
    }
  }
  if (!crossesBorder(ctx.sentences)) return [];
  const forum = hits(
    ctx,
    arbitrates ? SEAT : COURTS,
    (h) => substantive(ctx, h.sentence) && DISPUTE_CONTEXT.test(h.sentence.text) && !SEVERABILITY.test(h.sentence.text) && (arbitrates || !ANCILLARY.test(h.sentence.text)),
  );
  if (forum.length === 0) return [];
  const open = arbitrates ? [] : forum.filter((h) => NON_EXCLUSIVE.test(h.sentence.text));
  if (open.length > 0) {
    return [finding(ctx, { rule: 'ambiguous.court-forum-open', topic: 'dispute-resolution', severity: 'medium', kind: 'ambiguous', evidence: groupedEvidence(open) })];
  }
  // A forum at our own seat, or at a neutral place, is no point against us.
  const home = homeOf(ctx, forum);
  if (!home || home === ourSide(ctx)) return [];
  return [
    finding(ctx, {
      rule: arbitrates ? 'one-sided.arbitration-seat' : 'one-sided.court-forum',
      topic: 'dispute-resolution',
      severity: 'low',
      kind: 'one-sided',
      evidence: groupedEvidence(forum),
    }),
  ];
};
