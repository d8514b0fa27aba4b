import type { Evidence } from '../../findings';
import type { Definition, Party, ReviewContext, Sentence } from '../context';
import { quote } from '../rules/text';
import { DEFINITION } from '../topics/detector';
import { genericHolder, holderAfterTo, holderBefore, holderRightAfter, stance, type Holder, type HolderRef, type Stance } from './holder';
import { readObject, type OwnedThing } from './objects';
import { recitalSpans } from './recitals';
import { negated, VERB_PATTERNS, type OwnershipVerb, type VerbPattern } from './verbs';
import { readZhOwnership, resolveZh, type ZhReading } from './zh-ownership';

/** What a term is conditioned on or carves out. */
export type Condition = 'whoever-makes' | 'on-payment' | 'subject-to' | 'to-the-extent' | 'except';

/**
 * One clause read for who holds what: the verb, the things it is about, where in the sentence its
 * holder is, its conditions and the quote. Read from the text alone; the parties are resolved later,
 * when a rule asks (ownershipTerms), since which party is ours depends on the side under review.
 */
export interface OwnershipClause {
  sentence: Sentence;
  verb: OwnershipVerb;
  /** The verb's offsets within the sentence. */
  at: number;
  end: number;
  things: OwnedThing[];
  /** For improvements: the words after "to", "of" or "on" that say whose thing is improved. */
  improvedAt?: number;
  conditions: Condition[];
  /** Carve-outs as the draft words them ("except for preexisting Developer Technology"). */
  exceptions: string[];
  holderAt: VerbPattern['holder'];
  /** The holder where the words name no party in particular ("each Party", "the creating party"), read before parties are. */
  generic?: Holder;
  needsHolder: boolean;
  quote: Evidence;
  /** A term read from Chinese wording (terms/zh-ownership.ts), resolved through the Chinese party names. */
  zh?: ZhReading;
}

/** An ownership clause with its parties resolved: who ends up holding it, and from whom it passes. */
export interface OwnershipTerm extends OwnershipClause {
  holder?: HolderRef;
  /** For assignments and licences: the party giving. */
  from?: HolderRef;
  /** For improvements: whose thing is improved. */
  improves?: Holder;
}

const WHOEVER =
  /\b(?:irrespective\s+of\s+(?:who|which\s+party)|regardless\s+of\s+(?:who|which\s+party|inventorship|the\s+inventor)|no\s+matter\s+(?:when\s+or\s+)?by\s+whom|by\s+whomever|whoever|whichever\s+party|whether\s+(?:made|generated|developed|conceived|created)\s+(?:solely\s+)?by\s+(?:either|one\s+or\s+both)|whether\s+created\s+by\s+\w+\s+or\s+\w+)\b/i;
const ON_PAYMENT = /\b(?:upon|on|after|following|subject\s+to|conditional\s+(?:up)?on|until)\s+(?:the\s+)?(?:receipt\s+of\s+|full\s+|final\s+)?(?:payment|the\s+Fees|all\s+(?:amounts|fees|sums)|paid\s+in\s+full)/i;
const EXCEPT = /\b(?:except(?:\s+for)?|excluding|other\s+than|save\s+for)\b[^.;]{0,100}/i;
const CUE = /\b(?:own|owns|owner|owned|retain|retains|reserve|reserves|keep|keeps|vest|vests|vested|assign|assigns|assigned|transfer|transfers|transferred|convey|conveys|conveyed|property|belong|belongs|reside|resides|remain|remains|pass|grant|grants|title|ownership)\b/i;
/** How far an object is read from its verb. */
const SPAN = 300;

/** Every ownership clause in the draft, in reading order. */
export function readOwnership(sentences: readonly Sentence[], definitions: readonly Definition[], parties: readonly Party[]): OwnershipClause[] {
  const defined = new Map(definitions.map((d) => [d.term, d]));
  const names = parties.flatMap((p) => [p.name, p.shortName ?? '']).filter((n) => n.length > 1);
  const out: OwnershipClause[] = [];
  // A definition says what a word means ('"SpinCo IP" means IP owned by …'), and a recital why the
  // parties contract ("WHEREAS Acme owns …"): neither allocates anything.
  const recitals = recitalSpans(sentences);
  const recital = (s: Sentence, at: number) => {
    const span = recitals.get(s);
    return !!span && at >= span[0] && at < span[1];
  };
  sentences.forEach((s, i) => {
    // The sentence before, where this one may refer back to it ("… an undivided interest therein"): in the same
    // paragraph, or in the one before where that stops mid-sentence (a line broken at "Microsoft and").
    const last = i > 0 ? sentences[i - 1] : undefined;
    const prev = last && (last.paragraph === s.paragraph || !/[.;:!?]["”')]?\s*$/.test(last.text)) ? last : undefined;
    if (CUE.test(s.text) && !DEFINITION.test(s.text)) out.push(...readSentence(s, defined, names, prev).filter((c) => !recital(s, c.at)));
  });
  out.push(...readZhOwnership(sentences, parties).filter((c) => !recital(c.sentence, c.at)));
  return out;
}

const NAMED_NEXT = /^\s*(?:the\s+)?[A-Z]/;

function readSentence(s: Sentence, defined: ReadonlyMap<string, Definition>, names: readonly string[], prev?: Sentence): OwnershipClause[] {
  const text = s.text;
  const found: OwnershipClause[] = [];
  for (const p of VERB_PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const at = m.index;
      const end = at + m[0].length;
      if (found.some((c) => at < c.end && c.at < end)) continue;
      const from = clauseStart(text, at);
      if (negated(text.slice(Math.max(from, at - 30), at), text.slice(from, at))) continue;
      const to = clauseEnd(text, end);
      const before = p.holder === 'after' && !p.objectAfter;
      let span = before ? text.slice(Math.max(from, at - SPAN), at) : text.slice(end, Math.min(to, end + SPAN));
      // A licence is of what follows the word "licence", not of the grant's qualifiers.
      if (p.verb === 'licenses') {
        const licence = /\blicen[cs]es?\b/i.exec(text.slice(end, Math.min(to, end + 200)));
        if (!licence) continue;
        span = text.slice(end + licence.index + licence[0].length, Math.min(to, end + SPAN));
      }
      let things = readObject(span, defined, names);
      // "assigns to Microsoft an undivided interest therein": the object is what the sentence named before.
      // A page break may split the sentence ("… owned jointly by Microsoft and" / "Inktomi, and Inktomi hereby assigns …"): then the one before.
      if (things.length === 0 && !before && BACK_REFERENCE.test(span)) {
        const back = text.slice(Math.max(0, at - SPAN), at);
        things = readObject(back, defined, names);
        if (things.length === 0 && prev && back.length < SPAN) things = readObject(prev.text.slice(-(SPAN - back.length)), defined, names);
      }
      if (things.length === 0 || (things.length === 1 && things[0] === 'goods')) continue;
      if (before && ((RISK.test(span) && !RIGHTS_NAMED.test(span)) || GOODWILL.test(span))) continue;
      if (p.verb === 'assigns' && handsOver(m[0], span, text.slice(end, end + SPAN))) continue;
      // One clause with the same verb twice ("shall assign, and shall cause its Affiliates to assign, to X") is one term.
      if (found.some((c) => c.verb === verbOf(p, m![0]) && clauseStart(text, c.at) === from && clauseEnd(text, c.end) === to)) continue;
      const clause = text.slice(from, to);
      const c: OwnershipClause = {
        sentence: s,
        verb: verbOf(p, m[0], text.slice(Math.max(from, at - SPAN), at)),
        at,
        end,
        things,
        conditions: conditions(clause),
        exceptions: exceptions(clause),
        holderAt: p.holder,
        needsHolder: p.needsHolder === true,
        quote: quote(s, at, end),
      };
      const generic = genericHolder(text, at, end, p.verb === 'licenses' ? 'after' : p.holder);
      if (generic) c.generic = generic;
      // "shall remain with" is ownership only where someone follows: "remain in the name of the Venture" names no holder.
      else if (c.needsHolder && !NAMED_NEXT.test(text.slice(end, end + 40))) continue;
      if (things.includes('improvements')) {
        const imp = /\b(?:improvements?|enhancements?|modifications?|developments?|derivative\s+works?|derivatives?|adaptations?)\b[^.;]{0,120}?\b(?:to|of|on)\s+(?=\S)/i.exec(
          before ? text.slice(Math.max(from, at - SPAN), at) : text.slice(end, Math.min(to, end + SPAN)),
        );
        if (imp) c.improvedAt = (before ? Math.max(from, at - SPAN) : end) + imp.index + imp[0].length;
      }
      found.push(c);
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

// An interest named by reference back: "an undivided interest therein", "all right, title and interest thereto".
const BACK_REFERENCE = /^[^.;]{0,80}?\b(?:interests?|rights?|title)\s+(?:in\s+and\s+to\s+)?(?:therein|thereto|thereof)\b/i;
// Risk passes with delivery and is no ownership ("the risk of loss of the Samples shall pass to the Buyer"), unless title passes with it.
const RISK = /\brisks?\s+of\s+(?:loss|damage)\b/i;
// Goodwill or the benefits of using a mark vesting in its owner ("any benefits accruing from use of such
// Marks shall vest in the owner") is a term of trade mark use, not IP passing: said of what the verb's own clause names.
const GOODWILL = /\b(?:goodwill|benefits?)\b[^,;]{0,120}$/i;

// Records handed over ("shall transfer to Supplier all data, reports and other information generated"):
// a duty to deliver copies, not rights passing, unless the words name the rights.
const RECORDS = /^[\s,]*(?:to\s+(?:the\s+)?[A-Z][\w-]*\s+)?(?:(?:all|any|the|such|its|their|copies\s+of)\s+){0,3}(?:data|reports?|records|information|documents?|files|copies|books)\b/;
const RIGHTS_NAMED = /\b(?:rights?|title|interest|ownership|intellectual\s+property|copyrights?|patents?)\b/i;

// Delivery by a channel ("will transfer to the Customer all Enhancements … by remote telecommunications"): copies moving, not rights.
const BY_CHANNEL = /\b(?:by|via|through)\s+(?:remote\s+)?(?:telecommunications?|electronic\s+(?:means|transmission|mail)|e-?mail|courier|download|FTP)\b|\belectronically\b/i;

/** A transfer, not an assignment, of records or by a delivery channel, with no present words of conveyance and no rights named. */
function handsOver(words: string, span: string, rest: string): boolean {
  return !/\b(?:assign|hereby)/i.test(words) && (RECORDS.test(span) || BY_CHANNEL.test(rest)) && !RIGHTS_NAMED.test(span.slice(0, 160));
}

/**
 * "remains the property of", "shall remain vested in" keep what a party has; "is the property of" says
 * who has it; "shall become the property of" passes it, as vesting does.
 */
function verbOf(p: VerbPattern, words: string, lead = ''): OwnershipVerb {
  if (p.verb !== 'owns' && p.verb !== 'vests') return p.verb;
  if (/\b(?:remains?|remain|continue)\b/i.test(words)) return 'retains';
  return /\bbecomes?\b/i.test(words) || (p.verb === 'owns' && p.holder === 'after' && ON_EVENT.test(lead)) ? 'vests' : p.verb;
}

// Ownership that follows an event the clause names ("Sekisui may elect to prosecute …, in which case the Patent Rights
// shall be owned solely by Sekisui"): the thing changes hands then, as "shall become the property of" says.
const ON_EVENT = /\b(?:in\s+which\s+(?:case|event)|whereupon|thereupon|upon\s+(?:such|any\s+such)\s+(?:election|abandonment|failure|exercise|termination|payment))\b/i;

function clauseStart(text: string, at: number): number {
  return Math.max(text.lastIndexOf(';', at - 1), text.lastIndexOf(':', at - 1)) + 1;
}

function clauseEnd(text: string, end: number): number {
  const semi = text.indexOf(';', end);
  return semi < 0 ? text.length : semi;
}

function conditions(clause: string): Condition[] {
  const out: Condition[] = [];
  if (WHOEVER.test(clause)) out.push('whoever-makes');
  if (ON_PAYMENT.test(clause)) out.push('on-payment');
  if (/\bsubject\s+to\b/i.test(clause)) out.push('subject-to');
  if (/\bto\s+the\s+extent\b/i.test(clause)) out.push('to-the-extent');
  if (EXCEPT.test(clause)) out.push('except');
  return out;
}

function exceptions(clause: string): string[] {
  const m = EXCEPT.exec(clause);
  return m ? [m[0].trim()] : [];
}

const resolved = new WeakMap<ReviewContext, OwnershipTerm[]>();

/** The draft's ownership terms with their parties resolved, read once per review. */
export function ownershipTerms(ctx: ReviewContext): OwnershipTerm[] {
  let terms = resolved.get(ctx);
  if (terms) return terms;
  const clauses = ctx.terms?.ownership ?? readOwnership(ctx.sentences, ctx.definitions, ctx.parties);
  terms = [];
  for (const c of clauses) {
    if (c.zh) {
      terms.push(resolveZh(ctx, { ...c, zh: c.zh }));
      continue;
    }
    const text = c.sentence.text;
    const t: OwnershipTerm = { ...c };
    if (c.holderAt === 'before') t.holder = holderBefore(ctx, text, c.at);
    else if (c.verb === 'licenses') t.holder = holderRightAfter(ctx, text, c.end, /^\s*(?:to\s+)?(?:the\s+)?$/i);
    else t.holder = c.holderAt === 'to' ? holderAfterTo(ctx, text, c.end) : holderRightAfter(ctx, text, c.end);
    if (c.needsHolder && !t.holder) continue;
    if (c.verb === 'assigns' || c.verb === 'licenses') t.from = holderBefore(ctx, text, c.at);
    if (c.improvedAt !== undefined) t.improves = improvedOwner(ctx, text, c.improvedAt, t.holder);
    terms.push(t);
  }
  resolved.set(ctx, terms);
  return terms;
}

/** Whose thing an improvement improves: "to a Party's technology", "to its Background", "of the Licensor's". */
function improvedOwner(ctx: ReviewContext, text: string, at: number, holder: HolderRef | undefined): Holder | undefined {
  const next = text.slice(at, at + 40);
  if (/^(?:the\s+)?(?:a|either|each|any)\s+part(?:y|ies)['’]s?\b/i.test(next)) return 'relative';
  if (/^(?:its|their)\b/i.test(next)) return holder?.holder;
  return holderRightAfter(ctx, text, at)?.holder;
}

/** Who holds the term for the side under review. */
export function holderStance(ctx: ReviewContext, t: OwnershipTerm): Stance {
  return stance(ctx, t.holder?.holder);
}
