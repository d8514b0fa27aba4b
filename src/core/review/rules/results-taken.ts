import type { ReviewContext, Rule } from '../context';
import { finding } from './finding';
import { ourSide } from './side';
import { stance } from '../terms/holder';
import { ownershipTerms, type OwnershipTerm } from '../terms/ownership';
import { termEvidence } from '../terms/evidence';

// What the parties make together, or whoever makes it: "conceived jointly by", "Joint Foreground",
// "regardless of when created or the party or parties that conceived it", "irrespective of who".
const REACHES_OURS =
  /\b(?:(?:conceived|made|created|developed|invented|generated)\b[^.;]{0,60}?\bjointly|jointly\s+(?:conceived|made|created|developed|invented|generated)|joint\s+(?:foreground|results?|inventions?|developments?|work|IP|intellectual\s+property|technology|know-how)|regardless\s+of\s+(?:[\w,]+\s+){0,4}?(?:who|which\s+party|the\s+part(?:y|ies)|inventorship|the\s+inventor)|irrespective\s+of\s+(?:who|which\s+party)|no\s+matter\s+(?:when\s+or\s+)?by\s+whom|by\s+whomever|whether\s+(?:made|generated|developed|conceived|created)\s+(?:solely\s+)?by\s+(?:either|one\s+or\s+both))\b/i;
// Everything the work makes, to one party alone: "all Results … shall vest solely in", "shall exclusively own all".
const EVERYTHING = /\b(?:solely|exclusively|sole\s+(?:and\s+exclusive\s+)?(?:owner|property)|exclusive\s+owner)\b[^.;]{0,200}?\ball\b|\ball\b[^.;]{0,200}?\b(?:solely|exclusively|sole\s+(?:and\s+exclusive\s+)?(?:owner|property))\b/i;
// What the holder makes on its own is its own: "conceived … solely by ABC employees … shall vest solely in ABC".
const MADE_SOLELY_BY = /\b(?:conceived|made|created|developed|generated|invented)\b[^.;]{0,80}?\bsolely\s+by\b/i;
// A licence back that counsel accepts in place of ownership: an exclusive one. A non-exclusive licence
// leaves the other side free to license our joint work to our competitors.
const EXCLUSIVE = /(?<!non[-\s]?)\bexclusive\b/i;
// Results shared, not taken: "owned jointly by the Parties", "co-owned", "in equal undivided shares".
const CO_OWNED = /\b(?:owned\s+jointly|jointly\s+owned|jointly\s+own|co-own\w*|in\s+equal\s+(?:undivided\s+)?shares)\b/i;
// Bounded words, so a run of capitals stays linear.
const DEFINED_TERM = /\b[A-Z][\w-]{0,30}(?:\s+[A-Z][\w-]{0,30}){0,3}\b/g;

/** Scenarios where our side contributes to the results: in a joint project either side; a customer pays for them. */
function contributes(ctx: ReviewContext): 'all' | 'ours-only' | undefined {
  if (ctx.scenario === 'joint-development') return 'all';
  if (ctx.scenario === 'custom-development' && ctx.role === 'customer') return 'ours-only';
  return undefined;
}

/** The clause around a term, between semicolons. */
function clauseOf(t: OwnershipTerm): string {
  const text = t.sentence.text;
  const start = Math.max(text.lastIndexOf(';', t.at - 1), text.lastIndexOf(':', t.at - 1)) + 1;
  const semi = text.indexOf(';', t.end);
  return text.slice(start, semi < 0 ? text.length : semi);
}

/** A defined term in the clause whose definition reaches whatever anyone makes ('"Product IP" means all IP … regardless of the party that conceived it'). */
function definedReachesOurs(ctx: ReviewContext, clause: string): boolean {
  for (const m of clause.matchAll(DEFINED_TERM)) {
    const d = ctx.definitions.find((x) => x.term === m[0] || x.term === m[0].replace(/s$/, ''));
    if (!d || d.text.length > 1200) continue;
    if (REACHES_OURS.test(d.text.slice(d.text.indexOf(d.term) + d.term.length))) return true;
  }
  return false;
}

/** The term gives the other side what we make or help make, or everything the project makes. */
function takes(ctx: ReviewContext, t: OwnershipTerm, scope: 'all' | 'ours-only'): boolean {
  if (t.verb !== 'owns' && t.verb !== 'vests' && t.verb !== 'assigns') return false;
  const clause = clauseOf(t);
  if (MADE_SOLELY_BY.test(clause) && !/\bjointly\b/i.test(clause)) return false;
  if (CO_OWNED.test(clause)) return false;
  const results = t.things.includes('results');
  const ours = ourSide(ctx);
  // Our own rights passing to them: "Customer hereby assigns to Developer all of its present and future right … in all Product IP".
  if (t.verb === 'assigns' && ours && t.from?.holder === ours && (results || definedReachesOurs(ctx, clause))) return true;
  if (!results && !definedReachesOurs(ctx, clause)) return false;
  if (REACHES_OURS.test(clause) || definedReachesOurs(ctx, clause)) return true;
  return scope === 'all' && EVERYTHING.test(clause);
}

/** An exclusive licence of the results granted to us, or to a party the draft does not let us place. */
function exclusiveLicenceBack(ctx: ReviewContext, terms: readonly OwnershipTerm[], taker: string): boolean {
  return terms.some(
    (t) => t.verb === 'licenses' && t.things.includes('results') && t.holder?.text !== taker && stance(ctx, t.holder?.holder) !== 'theirs' && EXCLUSIVE.test(clauseOf(t)),
  );
}

/**
 * The other side takes the results we make or help make (joint results, "whoever conceives them",
 * our assignment of our own rights) or, in a joint project, everything the project makes: where our
 * side contributes, that is our work and know-how handed over, with at best a licence back.
 */
export const resultsTaken: Rule = (ctx) => {
  const scope = contributes(ctx);
  if (!scope) return [];
  const terms = ownershipTerms(ctx);
  const against: OwnershipTerm[] = [];
  const unknown: OwnershipTerm[] = [];
  for (const t of terms) {
    if (!takes(ctx, t, scope)) continue;
    const gainer = t.holder?.holder;
    // An assignment by us is against us whoever the draft names as receiving it.
    const byUs = t.verb === 'assigns' && !!ourSide(ctx) && t.from?.holder === ourSide(ctx);
    const v = byUs ? 'theirs' : stance(ctx, gainer);
    if (v === 'theirs') against.push(t);
    else if (v === 'unknown' && t.holder?.text) unknown.push(t);
  }
  if (against.length > 0) {
    if (exclusiveLicenceBack(ctx, terms, against[0]!.holder?.text ?? '')) return [];
    return [finding(ctx, { rule: 'one-sided.results-taken', topic: 'foreground-ip', severity: 'high', kind: 'one-sided', evidence: termEvidence(against) })];
  }
  // Without our side, name the party that takes them; one party each way is each keeping its own.
  const takers = new Set(unknown.map((t) => t.holder!.text));
  if (unknown.length === 0 || takers.size > 1 || exclusiveLicenceBack(ctx, terms, unknown[0]!.holder!.text)) return [];
  return [
    finding(ctx, {
      rule: 'one-sided.results-taken',
      key: 'one-sided.results-taken-unknown',
      topic: 'foreground-ip',
      severity: 'high',
      kind: 'one-sided',
      params: { party: unknown[0]!.holder!.text },
      evidence: termEvidence(unknown),
      sideUnknown: true,
    }),
  ];
};
