import type { ReviewContext } from '../context';
import { ourSide, partyRefs, type Side } from '../rules/side';
import { anyMatching } from '../rules/sentence-gate';

/**
 * Who a phrase in a term names, on the draft's sides: "A" shares its technology, samples or
 * information and "B" receives them (as rules/side.ts); "both" the parties together; "relative"
 * whichever party the clause is about ("each Party", "that Party", "the Party that makes it", a
 * "Disclosing Party" either party can be); "third" someone outside the agreement.
 */
export type Holder = Side | 'relative' | 'third';

/** A holder for the side under review. */
export type Stance = 'ours' | 'theirs' | 'both' | 'relative' | 'third' | 'unknown';

export interface HolderRef {
  text: string;
  /** Offset within the text searched. */
  index: number;
  /** Undefined where the draft does not let us tell. */
  holder?: Holder;
}

// Phrases that name a party by what it does in the clause, not by who it is: each party in turn.
const MAKER = String.raw`(?:makes?|made|generates?|generated|creates?|created|develops?|developed|invents?|invented|conceives?|conceived|authors?|authored|owns?|owned|discloses?|disclosed|provides?|provided|contributes?|contributed)`;
const RELATIVE_WORDS = String.raw`(?:relevant|applicable|respective|owning|originating|generating|creating|inventing|developing|authoring|contributing|conceiving|other)`;
const GENERIC = new RegExp(
  String.raw`\b(?:(?:each|either|that|such|said)\s+(?:of\s+the\s+)?part(?:y|ies)|the\s+${RELATIVE_WORDS}\s+part(?:y|ies)|the\s+part(?:y|ies)\s+(?:that|which|who)\s+(?:\w+\s+){0,2}?${MAKER}|the\s+part(?:y|ies)\s+(?:\([^()]{0,60}\)\s+)?[a-z]+ing\b|both\s+(?:of\s+the\s+)?part(?:y|ies)|(?:any\s+)?third\s+part(?:y|ies)|its\s+licensors)\b`,
  'gi',
);
// "the disclosing party" in lower case describes whichever party discloses; capitalised it may be a
// label bound to one of them, which the label index and mutualLabels decide.
const DESCRIBED = /\bthe\s+(?:disclosing|providing|furnishing|supplying)\s+party\b/g;

function holderOfGeneric(text: string): Holder {
  if (/^both\b/i.test(text)) return 'both';
  if (/third|licensors/i.test(text)) return 'third';
  return 'relative';
}

/**
 * Read from the words alone, before any party is resolved: whether the holder of a verb at [at, end)
 * is a phrase that names no party in particular ("each Party", "the creating party", "both Parties").
 */
export function genericHolder(text: string, at: number, end: number, where: 'before' | 'after' | 'to'): Holder | undefined {
  if (where === 'before') {
    const window = text.slice(Math.max(0, at - SUBJECT_SPAN), at);
    let last: RegExpExecArray | undefined;
    GENERIC.lastIndex = 0;
    for (let m = GENERIC.exec(window); m; m = GENERIC.exec(window)) last = m;
    if (!last || /[;:]|\b(?:that|which|who)\b|\b[A-Z][a-z]/.test(window.slice(last.index + last[0].length).replace(ALONG, ''))) return undefined;
    return holderOfGeneric(last[0]);
  }
  const window = text.slice(end, end + SUBJECT_SPAN);
  for (const re of [GENERIC, DESCRIBED]) {
    re.lastIndex = 0;
    const m = re.exec(window);
    if (m && (where === 'to' ? /(?:^|\bto)\s*(?:the\s+)?$/i : RIGHT_AFTER).test(window.slice(0, m.index))) return holderOfGeneric(m[0]);
  }
  return undefined;
}

/** Every party a piece of text names, in order, with whom each stands for. */
export function holderRefs(ctx: ReviewContext, text: string): HolderRef[] {
  const generic: HolderRef[] = [];
  for (const re of [GENERIC, DESCRIBED]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) generic.push({ text: m[0], index: m.index, holder: holderOfGeneric(m[0]) });
  }
  const overlaps = (i: number, len: number) => generic.some((g) => i < g.index + g.text.length && g.index < i + len);
  const mutual = mutualLabels(ctx);
  const named = partyRefs(ctx, text)
    .filter((r) => !overlaps(r.index, r.text.length))
    .map((r): HolderRef => {
      if (mutual.has(r.text.toLowerCase())) return { text: r.text, index: r.index, holder: 'relative' };
      // "the party" alone names nobody in particular.
      return r.side ? { text: r.text, index: r.index, holder: r.side } : { text: r.text, index: r.index };
    });
  return [...generic, ...named].sort((a, b) => a.index - b.index);
}

/** How far before its verb a subject is looked for. */
const SUBJECT_SPAN = 160;

/** The party a verb at `index` is said of: the last one named before it in its clause that is no object. */
export function holderBefore(ctx: ReviewContext, text: string, index: number): HolderRef | undefined {
  let from = Math.max(0, index - SUBJECT_SPAN);
  const stop = Math.max(text.lastIndexOf(';', index - 1), text.lastIndexOf(':', index - 1));
  if (stop >= from) from = stop + 1;
  const window = text.slice(from, index);
  const refs = holderRefs(ctx, window);
  for (let i = refs.length - 1; i >= 0; i--) {
    const ref = refs[i]!;
    // "disclosure to LBIO, … and hereby assigns": a party after a preposition is no subject.
    if (OBJECT_OF.test(window.slice(Math.max(0, ref.index - 20), ref.index))) continue;
    // Between the subject and its verb: no clause of its own ("agrees that Acme has") and no other name.
    let gap = window.slice(ref.index + ref.text.length);
    for (const other of refs.slice(i + 1)) gap = gap.replace(other.text, '');
    if (/\b(?:that|which|who|whom|whether|if|when|where)\b/i.test(gap) || /\b[A-Z][A-Za-z]/.test(gap.replace(ALONG, ''))) return undefined;
    return { ...ref, index: ref.index + from };
  }
  return undefined;
}

const OBJECT_OF = /\b(?:to|of|for|with|by|from|between|and|than|benefit\s+of)\s+(?:the\s+)?$/i;
// Those who act beside a party without being another: "Licensor and its Affiliates or licensors shall".
const ALONG = /\b(?:Affiliates?|Licensors?|Group|Subcontractors?|Subsidiaries|Representatives)\b/g;

const RIGHT_AFTER = /^[\s,]*(?:(?:to|in|of|by|with)\s+)?(?:each\s+of\s+)?(?:the\s+|a\s+|such\s+)?$/i;

/** The party named right after `index` ("vest in that Party", "the property of the Licensor", "to Client"). */
export function holderRightAfter(ctx: ReviewContext, text: string, index: number, lead = RIGHT_AFTER): HolderRef | undefined {
  const window = text.slice(index, index + SUBJECT_SPAN);
  const ref = holderRefs(ctx, window)[0];
  if (!ref) return undefined;
  return lead.test(window.slice(0, ref.index)) ? { ...ref, index: ref.index + index } : undefined;
}

/** The party a thing is passed to: "assigns to X …", "assigns all Inventions … to X". */
export function holderAfterTo(ctx: ReviewContext, text: string, index: number): HolderRef | undefined {
  const end = text.indexOf(';', index);
  const window = text.slice(index, end < 0 ? index + 2 * SUBJECT_SPAN : Math.min(end, index + 2 * SUBJECT_SPAN));
  for (const ref of holderRefs(ctx, window)) {
    if (/(?:^|\bto)\s*(?:the\s+)?$/i.test(window.slice(0, ref.index))) return { ...ref, index: ref.index + index };
  }
  return undefined;
}

/** A holder for the side under review: ours, theirs, both, whichever party, a third party or unknown. */
export function stance(ctx: ReviewContext, holder: Holder | undefined): Stance {
  if (holder === 'both' || holder === 'relative' || holder === 'third') return holder;
  const us = ourSide(ctx);
  if (!holder || !us) return 'unknown';
  return holder === us ? 'ours' : 'theirs';
}

const CONFIDENTIALITY_LABELS = ['disclosing party', 'discloser', 'receiving party', 'recipient', 'owner', 'providing party'];
// The draft lets either party disclose: "each party may disclose", "either Party (as the Disclosing Party)".
const EITHER_DISCLOSES = /\b(?:each|either|both|a|one)\s+part(?:y|ies)\b[^.;]{0,80}?\b(?:disclos|furnish|provid|shar)\w*|\bmutual(?:ly)?\b/i;
// A label defined as any party in a role: '"Disclosing Party" means a Party that discloses', 'a party (the "Owner")'.
const GENERIC_DEFINITION = /\b(?:a|either|each|any|the)\s+part(?:y|ies)\s+(?:that|which|who|whose|disclosing|receiving|providing|\()/i;

const mutualCache = new WeakMap<ReviewContext, Set<string>>();

/**
 * Role labels that stand for whichever party is in the role, not for one of the parties: in a mutual
 * NDA the "Disclosing Party" is each of them in turn, so "property of the Disclosing Party" is each
 * party's own information. A label the opening gives one party is bound to it.
 */
export function mutualLabels(ctx: ReviewContext): Set<string> {
  let set = mutualCache.get(ctx);
  if (set) return set;
  set = new Set();
  const bound = new Set(ctx.parties.flatMap((p) => [p.name, p.shortName ?? '']).map((n) => n.toLowerCase()));
  const either = anyMatching(ctx.sentences, EITHER_DISCLOSES);
  for (const d of ctx.definitions) {
    const label = d.term.toLowerCase();
    if (bound.has(label)) continue;
    if (GENERIC_DEFINITION.test(d.text) || (either && CONFIDENTIALITY_LABELS.includes(label))) set.add(label);
  }
  // Labels used without being defined ("the Owner", "the Recipient") in a draft where either party discloses.
  if (either) for (const l of CONFIDENTIALITY_LABELS) if (!bound.has(l) && !ctx.parties.some((p) => boundByRole(ctx, p.name, l))) set.add(l);
  mutualCache.set(ctx, set);
  return set;
}

/** Whether the opening introduces a party with this label beside its name: Acme GmbH (the "Discloser"). */
function boundByRole(ctx: ReviewContext, name: string, label: string): boolean {
  const lower = name.toLowerCase();
  return ctx.sentences.slice(0, 20).some((s) => {
    const t = s.text.toLowerCase();
    const at = t.indexOf(lower);
    return at >= 0 && t.slice(at + lower.length, at + lower.length + 160).split(/\)\s*(?:,\s*)?(?:and|&)\s/)[0]!.includes(label);
  });
}
