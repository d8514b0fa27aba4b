import type { Rule, RuleFinding } from '../context';
import { finding } from './finding';
import { ourSide, partyAfterTo, partyBefore, partyRightAfter, verdict, type PartyRef } from './side';
import { groupedEvidence, hits, type Hit } from './text';

/** Ownership passing or landing: the owner named after the verb ("assigns to X", "property of X"). */
const TO_OWNER =
  /\b(?:hereby\s+(?:irrevocably\s+)?assigns?|(?:shall|will|agrees?\s+to)\s+(?:promptly\s+)?(?:assign|transfer)|(?:shall|will)\s+(?:be|become|remain)\s+the\s+(?:sole\s+and\s+exclusive\s+|sole\s+|exclusive\s+)?property\s+of|(?:shall|will)\s+be\s+(?:solely\s+|exclusively\s+)?owned\s+(?:solely\s+|exclusively\s+)?by|(?:shall|will)\s+(?:vest|be\s+vested)\s+(?:solely\s+)?in)\b/gi;
/** The owner named before the verb ("X shall own"). */
const OWNER_FIRST = /\b(?:shall|will)\s+(?:solely\s+|exclusively\s+)?own\b/gi;

const IMPROVEMENTS = /\b(?:improvements?|enhancements?|modifications?|derivative\s+works?|derivatives)\b/i;
const FEEDBACK = /\b(?:feedback|suggestions?)\b/i;
/** What one side brings and the other improves: the technology, samples or products shared. */
const SHARED =
  /\b(?:licensed\s+(?:technology|patents?|products?|software|know-how|materials?|ip)|samples?|prototypes?|materials?|background|confidential\s+information|technology|products?|software|platform|cells?|compounds?)\b/i;

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
  const against: Record<Kind, Hit[]> = { improvements: [], feedback: [] };
  const unknown: Record<Kind, { hit: Hit; owner: PartyRef }[]> = { improvements: [], feedback: [] };
  for (const { hit, owner } of transfers(ctx)) {
    const text = hit.sentence.text;
    if (!owner) continue;
    const v = verdict(ctx, owner.side);
    if (v === 'fine') continue;
    const kind = kindOf(clauseAround(text, hit.index, hit.index + hit.text.length));
    if (!kind) continue;
    if (v === 'unknown') {
      // Without our side we can still say who gets them, when the contract names that party's role.
      if (owner.side === 'A' || owner.side === 'B') unknown[kind].push({ hit, owner });
      continue;
    }
    // Improvements are to the shared technology, A's. Feedback owned by the other side hurts either
    // way: B gives up its ideas, and A cannot freely use comments on its own product.
    if (kind === 'feedback' || ours === 'A') against[kind].push(hit);
  }
  const out: RuleFinding[] = [];
  for (const kind of ['improvements', 'feedback'] as const) {
    const topic = kind === 'improvements' ? 'improvements' : 'feedback';
    if (against[kind].length > 0) {
      out.push(
        finding(ctx, {
          rule: 'one-sided.assignment',
          key: kind === 'feedback' && ours === 'A' ? 'one-sided.assignment.feedback-on-ours' : `one-sided.assignment.${kind}`,
          topic,
          severity: kind === 'improvements' ? 'high' : 'medium',
          kind: 'one-sided',
          evidence: groupedEvidence(against[kind]),
        }),
      );
    } else if (unknown[kind].length > 0) {
      out.push(
        finding(ctx, {
          rule: 'one-sided.assignment',
          key: `one-sided.assignment.${kind}-unknown`,
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

type Kind = 'improvements' | 'feedback';

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
  const f = FEEDBACK.exec(text);
  const improvements =
    IMPROVEMENTS.test(text) && SHARED.test(text) && !/\bits\s+own\b/i.test(text) ? IMPROVEMENTS.exec(text) : null;
  if (f && (!improvements || f.index < improvements.index)) return 'feedback';
  return improvements ? 'improvements' : undefined;
}
