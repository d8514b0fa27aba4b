import type { Rule, RuleFinding } from '../context';
import type { HolderRef } from '../terms/holder';
import { finding } from './finding';
import { ourSide, partyRefs, verdict } from './side';
import { prcNote } from './prc';
import { weReceive } from './flow';
import { ownershipTerms, type OwnershipTerm } from '../terms/ownership';
import { termEvidence } from '../terms/evidence';
import { sentencePlace } from '../sentence-place';
import { anyMatching } from './sentence-gate';

const IMPROVEMENTS = /\b(?:improvements?|enhancements?|modifications?|derivative\s+works?|derivatives|(?:translations?|locali[sz]ations?)(?!\s+of\s+this\s+agreement))\b/i;
// Corrections are improvements too, and only ever to something that exists: the technology shared.
// "Any bug fixes, patches, workarounds or other Error corrections made by Licensee to the Deliverables".
const CORRECTIONS = /\b(?:bug[\s-]?fix(?:es)?|error\s+corrections?|workarounds?)\b/i;
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

/**
 * The terms that give a party what they name: an assignment, vesting, "shall own", "belongs to",
 * "shall remain the property of". A party keeping what it has ("Licensor retains all right, title and
 * interest in the Software and any modifications thereof") and a licence pass nothing.
 */
function transfers(ctx: Parameters<Rule>[0]): OwnershipTerm[] {
  return ownershipTerms(ctx).filter((t) => t.verb !== 'licenses' && (t.verb !== 'retains' || (t.holderAt === 'after' && !t.needsHolder)));
}

/**
 * Improvements to our technology, or feedback we give, that become the other side's property.
 * Improvements count as ours when we share the technology (side A) or the sentence names our own.
 */
export const assignment: Rule = (ctx) => {
  const ours = ourSide(ctx);
  const against: Record<Kind, OwnershipTerm[]> = { derived: [], improvements: [], feedback: [] };
  const unknown: Record<Kind, OwnershipTerm[]> = { derived: [], improvements: [], feedback: [] };
  // Taken "whoever makes it" by whichever party disclosed: in a mutual clause, that is them for what we receive.
  const toDiscloser: OwnershipTerm[] = [];
  const terms = transfers(ctx);
  const sole = soleOwners(terms);
  for (const t of terms) {
    const owner = t.holder;
    if (!owner?.holder || owner.holder === 'third') continue;
    if (carvedFromOurs(ctx, t)) continue;
    const [start, end] = clauseAround(t.sentence.text, t.at, t.end);
    const kind = kindOf(t.sentence.text.slice(start, end), ctx) ?? (start > 0 && sole.get(t.sentence) ? kindOf(t.sentence.text.slice(Math.max(0, start - BEFORE_CLAUSE), end), ctx) : undefined);
    if (kind === 'improvements' && ourImprovementsExcluded(ctx, t)) continue;
    if (owner.holder === 'relative' || relativeDiscloser(ctx, owner)) {
      if (DISCLOSER_ROLE.test(owner.text) && worksOnTheirs(ctx) && kind === 'derived') toDiscloser.push(t);
      continue;
    }
    const v = verdict(ctx, owner.holder);
    if (v === 'fine' || !kind) continue;
    if (v === 'unknown') {
      // Without our side we can still say who gets them, when the contract names that party's role.
      if (owner.holder === 'A' || owner.holder === 'B') unknown[kind].push(t);
      continue;
    }
    // Improvements are to the shared technology, A's: assigned to B, A loses them; assigned to A,
    // B grants back what it made (a one-sided grant-back). Feedback owned by the other side hurts
    // either way: B gives up its ideas, and A cannot freely use comments on its own product.
    against[kind].push(t);
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
        evidence: termEvidence(toDiscloser),
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
          // or everything made from our information whoever makes it, is the damage itself. So is
          // an outright assignment of what the receiving side makes ("hereby assigns all
          // modifications"): it loses title to its own work, not only a share of its use.
          severity: kind === 'feedback' || (kind === 'improvements' && ours === 'B' && !against[kind].some((t) => t.verb === 'assigns')) ? 'medium' : 'high',
          kind: 'one-sided',
          evidence: termEvidence(against[kind]),
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
          params: { party: unknown[kind][0]!.holder!.text },
          evidence: termEvidence(unknown[kind]),
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
// "Neither Party shall disclose the Confidential Information of the other Party" is mutual too.
const EITHER_WAY = /\b(?:each|either|neither)\s+party\b[^.;]{0,120}\bconfidential\b|\bconfidential\b[^.;]{0,120}\bof\s+the\s+other\s+party\b/i;

/** A discloser label the term reader bound to a side, where confidentiality runs both ways and no party carries the label. */
function relativeDiscloser(ctx: Parameters<Rule>[0], owner: HolderRef): boolean {
  if (!DISCLOSER_ROLE.test(owner.text)) return false;
  const label = owner.text.replace(/^the\s+/i, '').toLowerCase();
  if (ctx.parties.some((p) => p.shortName?.toLowerCase() === label || p.name.toLowerCase() === label)) return false;
  return mutual(ctx);
}

const mutualCache = new WeakMap<Parameters<Rule>[0], boolean>();

/** Confidentiality runs both ways somewhere in the draft; read once per review. */
function mutual(ctx: Parameters<Rule>[0]): boolean {
  let m = mutualCache.get(ctx);
  if (m === undefined) mutualCache.set(ctx, (m = anyMatching(ctx.sentences, EITHER_WAY)));
  return m;
}

/** We do the work on the other side's information: not a customer, whose specifications the developer builds on. */
function worksOnTheirs(ctx: Parameters<Rule>[0]): boolean {
  return weReceive(ctx) && ctx.role !== 'customer';
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
/**
 * "Provider keeps ownership … of any part of the Samples contained in Modifications. Subject to that,
 * Evaluator owns the Modifications it makes": the maker owns its own work once ours is kept out of it,
 * so nothing of ours passes. The keeping term must be ours, on improvements, just before.
 */
function carvedFromOurs(ctx: Parameters<Rule>[0], t: OwnershipTerm): boolean {
  if (t.verb !== 'owns' || !t.conditions.includes('subject-to') || !t.things.includes('improvements')) return false;
  const ours = ourSide(ctx);
  const i = sentencePlace(ctx, t.sentence);
  const near = new Set([t.sentence, ctx.sentences[i - 1]]);
  return ownershipTerms(ctx).some(
    (k) =>
      (k.verb === 'retains' || k.verb === 'owns') &&
      near.has(k.sentence) &&
      (k.sentence !== t.sentence || k.at < t.at) &&
      k.things.includes('improvements') &&
      !!ours &&
      k.holder?.holder === ours,
  );
}

// "The Developed Technology excludes any improvement of the Supplier's background IP": what is
// assigned leaves out improvements to the assignor's own IP.
const EXCLUDES_IMPROVED_BACKGROUND =
  /\b(?:shall\s+(?:exclude|not\s+include)|excludes?|excluding|does\s+not\s+include|other\s+than)\b[^.;]{0,60}?\b(?:modifications?|improvements?|enhancements?|derivatives?)\s+(?:to|of)\b[^.;]{0,60}?\b(?:pre-?existing|background)\b/i;
/** How many sentences after an assignment its exclusions may follow ("For greater certainty, …"). */
const EXCLUSION_REACH = 2;

/** The assignment, or the sentences just after it, keep improvements to our own pre-existing IP out of it. */
function ourImprovementsExcluded(ctx: Parameters<Rule>[0], t: OwnershipTerm): boolean {
  // Improvements are to the technology side A shares; for B the point is a grant-back, which this does not answer.
  const ours = ourSide(ctx);
  if (ours !== 'A') return false;
  const i = sentencePlace(ctx, t.sentence);
  return ctx.sentences.slice(i, i + EXCLUSION_REACH + 1).some((s) => {
    const m = EXCLUDES_IMPROVED_BACKGROUND.exec(s.text);
    // The owner named is ours, or a party of the deal other than the assignee (the assignor, whose
    // role the draft never labels).
    return !!m && partyRefs(ctx, m[0]).some((r) => r.side === ours || (r.side === undefined && r.text !== t.holder?.text && isParty(ctx, r.text)));
  });
}

function isParty(ctx: Parameters<Rule>[0], name: string): boolean {
  return ctx.parties.some((p) => p.shortName === name || p.name === name);
}

/**
 * The sentence gives what it names to one party only: "Your modifications to the Software, and all
 * rights associated with them, will be the property of NXP". Cut at its ", and", the clause around
 * the owner loses what is owned; with no other owner in the sentence, the words before it say what
 * it is (not those after: "…, and the Licensee may make modifications" is another matter).
 */
/** Each sentence's terms, whether they all give to one owner: read once, not once a term. */
function soleOwners(terms: readonly OwnershipTerm[]): Map<OwnershipTerm['sentence'], boolean> {
  const holders = new Map<OwnershipTerm['sentence'], OwnershipTerm['holder']>();
  const sole = new Map<OwnershipTerm['sentence'], boolean>();
  for (const t of terms) {
    if (!holders.has(t.sentence)) {
      holders.set(t.sentence, t.holder);
      sole.set(t.sentence, true);
    } else if (holders.get(t.sentence)?.holder !== t.holder?.holder) sole.set(t.sentence, false);
  }
  return sole;
}
// How far before an owner's clause its subject is read: a clause's subject stands within a few lines.
const BEFORE_CLAUSE = 400;

/** Where the clause around a term starts and ends in its sentence: at a ";" or a ", and" opening another. */
function clauseAround(text: string, from: number, to: number): [number, number] {
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
  return [start, end];
}

/**
 * What a transfer is about: the first of feedback or improvements the sentence names, so "assigns
 * any improvements that result from the Feedback" is about improvements.
 */
function kindOf(text: string, ctx: Parameters<Rule>[0]): Kind | undefined {
  if (WHOEVER.test(text)) return 'derived';
  // "stays the Vendor's property even where the Tester's suggestions are built into it": the
  // feedback only concedes, the thing owned is the product.
  const f = FEEDBACK.exec(text.replace(CONCESSION, ' '));
  const improvements =
    (IMPROVEMENTS.test(text) && (SHARED.test(text) || DEFINED_IMPROVEMENTS.test(text) || definedWhoever(ctx, text))) || CORRECTIONS.test(text)
      ? !/\bits\s+own\b/i.test(text)
        ? (IMPROVEMENTS.exec(text) ?? CORRECTIONS.exec(text))
        : null
      : null;
  if (f && (!improvements || f.index < improvements.index)) return 'feedback';
  return improvements ? 'improvements' : undefined;
}

/** A concession after what is owned: "even if …", "regardless of whether …", to the end of the clause. */
const CONCESSION = /\b(?:even\s+(?:if|though|where)|regardless\s+of\s+whether|whether\s+or\s+not)\b[^.;]{0,200}/gi;

// Words bounded in length, so a run of capitals cannot make the scan quadratic.
const DEFINED_TERM = /\b[A-Z][\w-]{0,30}(?:\s+[A-Z][\w-]{0,30}){0,3}\b/g;

/**
 * "The Licensor shall own the Content and any derivative works of it", where "Content" includes the
 * licensor's "Derivatives", defined as modifications "regardless of who performs" them: the defined
 * thing, or one its definition names, reaches what we make. Read two definitions deep.
 */
function definedWhoever(ctx: Parameters<Rule>[0], text: string, depth = 2): boolean {
  if (depth === 0 || ctx.definitions.length === 0) return false;
  for (const m of text.matchAll(DEFINED_TERM)) {
    const d = ctx.definitions.find((x) => x.term === m[0] || x.term === m[0].replace(/s$/, ''));
    if (!d || d.text.length > 1200) continue;
    const meaning = d.text.slice(d.text.indexOf(d.term) + d.term.length);
    if (WHOEVER.test(meaning) || definedWhoever(ctx, meaning, depth - 1)) return true;
  }
  return false;
}
