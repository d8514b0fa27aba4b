import type { Rule } from '../context';
import { finding } from './finding';
import { ourSide, partyAfterTo, partyRightAfter, verdict } from './side';
import { groupedEvidence, hits, type Hit } from './text';

// Our work passing to the other side now: "hereby assigns … to Client", "grants to Client all
// software … produced", "shall be on a work for hire basis".
const PASSES =
  /\bhereby\s+(?:(?:irrevocably|unconditionally|absolutely)\s+(?:and\s+)?){0,3}(?:assigns?|transfers?)\b|\b(?:irrevocably|unconditionally)\s+(?:and\s+(?:irrevocably|unconditionally)\s+)?(?:grants?|assigns?|transfers?)\s+to\b|\bworks?\s+(?:made\s+)?for\s+hire\b/gi;
// What is passed, described by time rather than by the project: "all software, improvements, code and
// other work produced by the Developer during the course of this agreement".
const BY_TIME =
  /\b(?:produced|developed|created|made|conceived|written|generated|authored)\b[^.;]{0,60}?\bduring\s+(?:the\s+(?:course|term|period|life)\s+of\s+)?this\s+agreement\b/i;
const FOR_THE_PROJECT =
  /\b(?:in\s+(?:the\s+)?(?:performance|performing|course\s+of\s+performing)\s+(?:of\s+)?(?:the\s+)?(?:Services|Work|Project|Statement)|specifically\s+for\s+the\s+(?:Client|Customer)|(?:Deliverables|Work\s+Product)\s+(?:only|solely))\b/;
// Title that waits for payment: "upon payment in full", "subject to receipt of the Fees".
const ON_PAYMENT = /\b(?:upon|on|after|following|subject\s+to|conditional\s+(?:up)?on|until)\s+(?:the\s+)?(?:receipt\s+of\s+|full\s+|final\s+)?(?:payment|the\s+Fees|all\s+(?:amounts|fees|sums)|paid\s+in\s+full)/i;

/** Who our work passes to, where the sentence says. */
function receiver(ctx: Parameters<Rule>[0], h: Hit) {
  const end = h.index + h.text.length;
  if (/for\s+hire/i.test(h.text)) return undefined;
  return /grants?\s+to$/i.test(h.text) ? partyRightAfter(ctx, h.sentence.text, end - 2) : partyAfterTo(ctx, h.sentence.text, end);
}

function ourWorkPasses(ctx: Parameters<Rule>[0]): Hit[] {
  if (ctx.role !== 'developer') return [];
  return hits(ctx, PASSES, (h) => {
    // "No Deliverable is a work made for hire" denies it.
    if (/for\s+hire/i.test(h.text)) return !/\b(?:not|no|nor|neither)\b[^.;]{0,30}$/i.test(h.sentence.text.slice(Math.max(0, h.index - 40), h.index));
    return verdict(ctx, receiver(ctx, h)?.side) === 'against';
  });
}

/**
 * We develop, and what passes to the customer is everything we produce while the agreement runs, not
 * what we make for the project: our own tools, platform and improvements to them go too.
 */
export const assignmentByTime: Rule = (ctx) => {
  const found = ourWorkPasses(ctx).filter((h) => BY_TIME.test(h.sentence.text) && !FOR_THE_PROJECT.test(h.sentence.text));
  if (found.length === 0) return [];
  return [finding(ctx, { rule: 'one-sided.assignment-by-time', topic: 'foreground-ip', severity: 'high', kind: 'one-sided', evidence: groupedEvidence(found) })];
};

/**
 * We develop, and title to the work passes the moment it exists, before we are paid: if the customer
 * does not pay, we are left suing for the fee while it owns and uses the work.
 */
export const unpaidAssignment: Rule = (ctx) => {
  if (ourSide(ctx) !== 'A') return [];
  const passes = ourWorkPasses(ctx);
  if (passes.length === 0) return [];
  const unpaid = passes.filter((h) => !ON_PAYMENT.test(h.sentence.text));
  if (unpaid.length === 0) return [];
  return [finding(ctx, { rule: 'one-sided.unpaid-assignment', topic: 'foreground-ip', severity: 'medium', kind: 'one-sided', evidence: groupedEvidence(unpaid) })];
};
