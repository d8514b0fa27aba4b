import type { Rule, RuleFinding } from '../context';
import { finding } from './finding';
import { ourSide, partyAfterTo, partyBefore, partyRightAfter, verdict, type PartyRef } from './side';
import { groupedEvidence, hits, type Hit } from './text';
import { prcNote } from './prc';
import { weReceive } from './flow';

/** Ownership passing or landing: the owner named after the verb ("assigns to X", "property of X"). */
const TO_OWNER =
  /\b(?:hereby\s+(?:does,?\s+)?(?:(?:irrevocably|unconditionally|absolutely)\s+(?:and\s+)?){0,3}assigns?|(?:shall|will|agrees?\s+to)\s+(?:promptly\s+)?(?:assign|transfer)|(?:(?:shall|will)\s+(?:be|become|remain)|(?:is|are|remains?)(?:\s+and\s+(?:shall|will)\s+remain)?)\s+the\s+(?:sole\s+and\s+exclusive\s+|sole\s+|exclusive\s+)?property\s+of|(?:shall|will)\s+be\s+(?:solely\s+|exclusively\s+)?owned\s+(?:solely\s+|exclusively\s+)?by|(?:shall|will)\s+(?:vest|be\s+vested)\s+(?:solely\s+)?in|(?:(?:shall|will)\s+belong|belongs?)\s+(?:solely\s+|exclusively\s+)?to)\b/gi;
/** The owner named before the verb ("X shall own"). */
const OWNER_FIRST = /\b(?:shall|will)\s+(?:solely\s+|exclusively\s+)?own\b/gi;

const IMPROVEMENTS = /\b(?:improvements?|enhancements?|modifications?|derivative\s+works?|derivatives)\b/i;
// "Improvements" as a defined term is defined by what it improves: the shared technology.
const DEFINED_IMPROVEMENTS = /\b(?:Improvements?|Modifications|Derivatives|Enhancements)\b/;
// Anything made from their information or with it, whoever makes it: "rights created in connection with
// the confidential information, no matter when or by whom", "whether created by Client or Developer".
const WHOEVER =
  /\b(?:no\s+matter\s+(?:when\s+or\s+)?by\s+whom|by\s+whomever|irrespective\s+of\s+who|regardless\s+of\s+(?:who|which\s+party)|whether\s+(?:created|made|developed|conceived|generated)\s+(?:solely\s+)?by\s+(?:either|(?:the\s+)?\w+\s+or\s+(?:the\s+)?\w+))\b/i;
const FEEDBACK = /\b(?:feedback|suggestions?)\b/i;
/** What one side brings and the other improves: the technology, samples or products shared, or tests of them. */
const SHARED =
  /\b(?:licensed\s+(?:technology|patents?|products?|software|know-how|materials?|ip)|samples?|prototypes?|materials?|background|confidential\s+information|technology|products?|software|platform|cells?|compounds?|testing|evaluation)\b/i;

interface Transfer {
  hit: Hit;
  owner?: PartyRef;
}

function transfers(ctx: Parameters<Rule>[0]): Transfer[] {
  const out: Transfer[] = [];
  for (const hit of hits(ctx, TO_OWNER)) {
    const end = hit.index + hit.text.length;
    const owner = /assign|transfer/i.test(hit.text) ? partyAfterTo(ctx, hit.sentence.text, end) : partyRightAfter(ctx, hit.sentence.text, end);
    out.push({ hit, owner });
  }
  for (const hit of hits(ctx, OWNER_FIRST)) out.push({ hit, owner: partyBefore(ctx, hit.sentence.text, hit.index) });
  return out;
}

/**
 * Improvements to our technology, or feedback we give, that become the other side's property.
 * Improvements count as ours when we share the technology (side A) or the sentence names our own.
 */
export const assignment: Rule = (ctx) => {
  const ours = ourSide(ctx);
  const against: Record<Kind, Hit[]> = { derived: [], improvements: [], feedback: [] };
  const unknown: Record<Kind, { hit: Hit; owner: PartyRef }[]> = { derived: [], improvements: [], feedback: [] };
  // Taken "whoever makes it" by whichever party disclosed: in a mutual clause, that is them for what we receive.
  const toDiscloser: Hit[] = [];
  for (const { hit, owner } of transfers(ctx)) {
    const text = hit.sentence.text;
    if (!owner) continue;
    if (relativeDiscloser(ctx, owner)) {
      if (worksOnTheirs(ctx) && kindOf(clauseAround(text, hit.index, hit.index + hit.text.length)) === 'derived') toDiscloser.push(hit);
      continue;
    }
    const v = verdict(ctx, owner.side);
    if (v === 'fine') continue;
    const kind = kindOf(clauseAround(text, hit.index, hit.index + hit.text.length));
    if (!kind) continue;
    if (v === 'unknown') {
      // Without our side we can still say who gets them, when the contract names that party's role.
      if (owner.side === 'A' || owner.side === 'B') unknown[kind].push({ hit, owner });
      continue;
    }
    // Improvements are to the shared technology, A's: assigned to B, A loses them; assigned to A,
    // B grants back what it made (a one-sided grant-back). Feedback owned by the other side hurts
    // either way: B gives up its ideas, and A cannot freely use comments on its own product.
    against[kind].push(hit);
  }
  const out: RuleFinding[] = [];
  if (toDiscloser.length > 0 && against.derived.length === 0) {
    out.push(
      finding(ctx, {
        rule: 'one-sided.assignment',
        key: 'one-sided.assignment.derived-by-discloser',
        topic: 'improvements',
        // Mutual on paper; it bites the side that works on the other's information, and so under
        // PRC law it may be an unequal exchange of improvements, void like a grant-back.
        severity: 'medium',
        kind: 'one-sided',
        evidence: groupedEvidence(toDiscloser),
        ...prcNote(ctx, 'review.rule.note.prc-derived'),
      }),
    );
  }
  for (const kind of ['derived', 'improvements', 'feedback'] as const) {
    const topic = kind === 'feedback' ? 'feedback' : 'improvements';
    // What is taken whoever makes it already covers the improvements in the same clauses.
    if (kind === 'improvements' && against.derived.length > 0) continue;
    if (against[kind].length > 0) {
      out.push(
        finding(ctx, {
          rule: 'one-sided.assignment',
          key: KEY[kind](ours),
          topic,
          // A grant-back of what the receiving side makes is a cost; losing our own improvements,
          // or everything made from our information whoever makes it, is the damage itself.
          severity: kind === 'feedback' || (kind === 'improvements' && ours === 'B') ? 'medium' : 'high',
          kind: 'one-sided',
          evidence: groupedEvidence(against[kind]),
          // The receiving side's improvements handed to the provider, under PRC law, may be void.
          ...(kind !== 'feedback' && ours === 'B' ? prcNote(ctx) : {}),
        }),
      );
    } else if (unknown[kind].length > 0) {
      out.push(
        finding(ctx, {
          rule: 'one-sided.assignment',
          key: `one-sided.assignment.${kind === 'derived' ? 'improvements' : kind}-unknown`,
          topic,
          severity: kind === 'improvements' ? 'medium' : 'low',
          kind: 'one-sided',
          params: { party: unknown[kind][0]!.owner.text },
          evidence: groupedEvidence(unknown[kind].map((u) => u.hit)),
          sideUnknown: true,
        }),
      );
    }
  }
  return out;
};

type Kind = 'derived' | 'improvements' | 'feedback';

/** "The Disclosing Party" of a mutual clause: whichever party disclosed, not a party the draft names so. */
const DISCLOSER_ROLE = /^(?:the\s+)?(?:disclosing\s+party|discloser)$/i;
const EITHER_WAY = /\b(?:each|either|neither)\s+party\b[^.;]{0,120}\bconfidential\b|\bconfidential\b[^.;]{0,120}\bof\s+the\s+other\s+party\b/i;

/** We do the work on the other side's information: not a customer, whose specifications the developer builds on. */
function worksOnTheirs(ctx: Parameters<Rule>[0]): boolean {
  return weReceive(ctx) && ctx.role !== 'customer';
}

function relativeDiscloser(ctx: Parameters<Rule>[0], owner: PartyRef): boolean {
  if (!DISCLOSER_ROLE.test(owner.text)) return false;
  const label = owner.text.replace(/^the\s+/i, '').toLowerCase();
  if (ctx.parties.some((p) => p.shortName?.toLowerCase() === label || p.name.toLowerCase() === label)) return false;
  return mutual(ctx);
}

const mutualCache = new WeakMap<Parameters<Rule>[0], boolean>();

/** Confidentiality runs both ways somewhere in the draft; read once per review, however many transfers. */
function mutual(ctx: Parameters<Rule>[0]): boolean {
  let m = mutualCache.get(ctx);
  if (m === undefined) mutualCache.set(ctx, (m = ctx.sentences.some((s) => EITHER_WAY.test(s.text))));
  return m;
}

const KEY: Record<Kind, (ours: 'A' | 'B' | undefined) => string> = {
  derived: () => 'one-sided.assignment.derived',
  improvements: (ours) => (ours === 'B' ? 'one-sided.assignment.grant-back' : 'one-sided.assignment.improvements'),
  feedback: (ours) => (ours === 'A' ? 'one-sided.assignment.feedback-on-ours' : 'one-sided.assignment.feedback'),
};

/**
 * The clause of the sentence a transfer sits in: "Feedback shall vest in OEM, and all modifications
 * shall be owned by OEM" is two transfers of two things.
 */
function clauseAround(text: string, from: number, to: number): string {
  const BREAK = /;|,\s+and\s+(?=(?:\w+\s+){0,3}?(?:agrees?|all|any|each|the|such)\b)/gi;
  let start = 0;
  let end = text.length;
  for (let m = BREAK.exec(text); m; m = BREAK.exec(text)) {
    if (m.index + m[0].length <= from) start = m.index + m[0].length;
    else if (m.index >= to) {
      end = m.index;
      break;
    }
  }
  return text.slice(start, end);
}

/**
 * What a transfer is about: the first of feedback or improvements the sentence names, so "assigns
 * any improvements that result from the Feedback" is about improvements.
 */
function kindOf(text: string): Kind | undefined {
  if (WHOEVER.test(text)) return 'derived';
  const f = FEEDBACK.exec(text);
  const improvements =
    IMPROVEMENTS.test(text) && (SHARED.test(text) || DEFINED_IMPROVEMENTS.test(text)) && !/\bits\s+own\b/i.test(text) ? IMPROVEMENTS.exec(text) : null;
  if (f && (!improvements || f.index < improvements.index)) return 'feedback';
  return improvements ? 'improvements' : undefined;
}
