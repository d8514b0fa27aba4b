import type { TopicId } from '../../topics';
import type { Rule, Sentence } from '../context';
import { finding } from './finding';
import { groupedEvidence, hits, type Hit } from './text';

// A number left to fill in before a unit of time: "for a term of … years", "within ____ days",
// "[●] months"; not a date left open ("this ____ day of ______"). Redactions ("[***]") are filled in
// the signed text and are not blanks.
const BLANK = String.raw`(?:…+|\.{3,}|_{3,}|\[\s*(?:[●•_xX]+\s*)?\])`;
const BLANK_PERIOD = new RegExp(
  String.raw`(?:^|[\s(])${BLANK}\s*(?:\(\s*(?:${BLANK}|_+)?\s*\)\s*)?(?:calendar\s+|business\s+|working\s+)?(?:years?|months?|days)\b`,
  'gi',
);
const SURVIVAL = /\bsurviv\w*|\bremain\s+in\s+(?:full\s+)?(?:force|effect)\s+(?:for|after|until)\b/i;
const CONFIDENTIAL = /\bconfidential\w*|\bnon-?disclosure\b|\bsecrecy\b/i;
const RETURN = /\breturn\w*\b[^.;]{0,80}\b(?:destr\w*|delet\w*|erase\w*)|\b(?:destr\w*|delet\w*)\b[^.;]{0,80}\breturn\w*/i;
// The term of the agreement itself: in an NDA, how long confidentiality lasts.
const OWN_TERM = /\b(?:this\s+agreement|the\s+agreement)\b[^.;]{0,120}\b(?:term|period|in\s+force|effect)\b/i;

/** The period a blank leaves open, by what the sentence is about; undefined where it is none of ours. */
function periodOf(ctx: Parameters<Rule>[0], s: Sentence): TopicId | undefined {
  if (SURVIVAL.test(s.text)) return 'survival';
  if (RETURN.test(s.text)) return 'return-or-destroy';
  if (CONFIDENTIAL.test(s.text)) return 'confidentiality';
  if (ctx.scenario === 'pre-deal-disclosure' && OWN_TERM.test(s.text)) return 'confidentiality';
  return undefined;
}

/**
 * How long confidentiality lasts, or when samples come back, is left blank: signed as it stands, the
 * duty has no period, and whether it ever ends is for a court to guess.
 */
export const blankPeriod: Rule = (ctx) => {
  const byTopic = new Map<TopicId, Hit[]>();
  for (const h of hits(ctx, BLANK_PERIOD)) {
    const topic = periodOf(ctx, h.sentence);
    if (!topic) continue;
    byTopic.set(topic, [...(byTopic.get(topic) ?? []), h]);
  }
  return [...byTopic].map(([topic, found]) =>
    finding(ctx, { rule: 'ambiguous.blank-period', topic, severity: 'medium', kind: 'ambiguous', evidence: groupedEvidence(found) }),
  );
};
