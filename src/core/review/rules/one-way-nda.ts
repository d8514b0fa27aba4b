import type { Rule } from '../context';
import { finding } from './finding';
import { groupedEvidence, hits } from './text';
import { anyMatching } from './sentence-gate';

// One party fixed as the one that discloses: "Fronius as the DISCLOSER will … provide", "(hereinafter
// referred to as the Disclosing Party)".
const ONE_DISCLOSER =
  /\b(?:as|hereinafter(?:\s+referred\s+to\s+as)?|called|referred\s+to\s+as)\s+(?:the\s+)?["“]?(?:DISCLOSER|Discloser|Disclosing\s+Party|DISCLOSING\s+PARTY)\b/g;
// Either party may be the one that discloses.
const MUTUAL =
  /\bmutual(?:ly)?\b|\b(?:[Ee]ach|[Ee]ither|EACH|EITHER)\s+(?:party|Party|PARTY)\s+(?:may|will|shall|wishes\s+to|intends\s+to)\s+(?:\w+\s+){0,2}?(?:disclose|provide|furnish|share)\b|["“](?:Disclosing\s+Party|Discloser)["”]\s+(?:shall\s+)?means?\s+(?:the\s+|a\s+)?(?:party|Party|either|each)\b|\bin\s+its\s+capacity\s+as\b|\bas\s+the\s+case\s+may\s+be\b/;

const PROVIDES = /\b(?:will|shall|may|intends\s+to)\b[^.;]{0,100}?\b(?:provide|disclose|furnish|make\s+available)\b/i;

/**
 * We receive under a one-way NDA: what we disclose in the same dealings (requirements, drawings,
 * test plans) has no protection.
 */
export const oneWayNda: Rule = (ctx) => {
  if (ctx.role !== 'recipient' || !ctx.topics.confidentiality.present) return [];
  if (anyMatching(ctx.sentences, MUTUAL)) return [];
  const found = hits(ctx, ONE_DISCLOSER);
  if (found.length === 0) return [];
  // Quote where the draft says the discloser provides the information, if it does: that is the one-way term.
  const provides = found.find((h) => PROVIDES.test(h.sentence.text.slice(h.index, h.index + 200))) ?? found[0]!;
  return [finding(ctx, { rule: 'one-sided.one-way-nda', topic: 'confidentiality', severity: 'low', kind: 'one-sided', evidence: groupedEvidence([provides]) })];
};
