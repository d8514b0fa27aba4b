import { SCENARIO_IDS, SCENARIO_ROLES } from '../../scenarios';
import type { ReviewContext, Sentence } from '../context';
import { openingSentences } from '../parties';
import { zhPartyRefs } from '../zh/side';
import { partyOnSideA } from './deal-roles';
import { placeEach, spacedAlike, writtenWays } from './many-parties';
import { placeIndividuals } from './individual-parties';
import { namesBeside } from './party-names';
import { plainParties } from './plain-parties';
import { FLOW_LABELS, LABELS, labelOf, labelSide, labelsBesideName, pluralLabels, WORKS_FOR } from './role-labels';
import { placeOurParty } from './our-party';
import { roleLines } from './role-lines';
import { signedParties } from './signature-blocks';
import { sideGroups, type SideGroups } from './side-groups';
import { escapeRegExp } from '../../regex-escape';
import { plainQuotes } from '../typed-quotes';

/**
 * Which side a party is on. "A" shares its technology, samples or information (the first role of
 * each scenario); "B" receives, tests, licenses or distributes it. "both" is a mutual reference.
 */
export type Side = 'A' | 'B' | 'both';

const MUTUAL = /^(?:each|either|both|the) part(?:y|ies)$/i;
/** The pronouns a plain-language draft names its parties by (see plain-parties.ts), in lower case as written. */
const PRONOUN = /^(?:we|us|you)$/;

/** Our side from ctx.role, whatever the scenario (role ids are unique across scenarios). */
export function ourSide(ctx: ReviewContext): 'A' | 'B' | undefined {
  if (!ctx.role) return undefined;
  const scenarios = ctx.scenario ? [ctx.scenario] : SCENARIO_IDS;
  for (const s of scenarios) {
    const i = (SCENARIO_ROLES[s] as readonly string[]).indexOf(ctx.role);
    if (i >= 0) return i === 0 ? 'A' : 'B';
  }
  return undefined;
}

interface PartyIndex {
  re: RegExp;
  sides: Map<string, Side>;
  /** The sides of "Party A" and "Party B", where a bilingual opening gives them. */
  letters: Map<string, Side>;
}

const cache = new WeakMap<ReviewContext, PartyIndex>();

/** Every way the contract names a party, mapped to a side where the contract lets us tell. */
function partyIndex(ctx: ReviewContext): PartyIndex {
  let idx = cache.get(ctx);
  if (idx) return idx;
  const sides = new Map<string, Side>();
  const names: string[] = [...LABELS.A, ...LABELS.B];
  // A label the draft gives one party stands for that party, placed below; a role word any party
  // may take keeps the side of its role.
  const oneParty = ctx.scenario === 'custom-development' ? namedFlowLabels(ctx) : new Set<string>();
  for (const l of names) if (!oneParty.has(l.toLowerCase())) sides.set(l.toLowerCase(), labelSide(l)!);
  // A party whose short name is a role label ("Acme" defined as "Supplier") takes that side, and
  // so does one given a role label beside its name: Acme Inc. ("Acme" or the "Supplier").
  const quoted = ctx.parties.map((p) => [p.shortName, ...labelsBesideName(ctx, p.name), ...(p.aliases ?? [])].filter((l): l is string => !!l));
  const labels = ctx.parties.map((p, i) => labelOf(p.name, p.shortName, quoted[i]!, ctx.scenario));
  const partySides = labels.map((l) => l?.side);
  const workers = quoted.map((ls) => ls.filter((l) => WORKS_FOR.test(l)));
  const lined = partySides.some((side) => !side) ? namesOnRoleLines(ctx, partySides) : [];
  const signed = signedParties(ctx, partySides);
  // Between two parties, the one the drafter calls by name ("Nordhalde" against "the Supplier") is
  // on the other side: a drafter labels the counterparty by role and itself by name.
  if (ctx.parties.length === 2) {
    // The "Owner" of a plant against the "Operator" or "Contractor" that works on it is the customer,
    // and against a supplier or developer on the same side as its own label.
    const weak = labels.findIndex((l) => l?.weak);
    const worker = workers.findIndex((ls) => ls.length > 0);
    if (weak >= 0 && worker >= 0 && worker !== weak) [partySides[weak], partySides[worker]] = ['B', 'A'];
    else if (weak >= 0 && partySides[0] === partySides[1]) partySides[weak] = partySides[weak] === 'A' ? 'B' : 'A';
    // Two company names and no role label: what each does in the deal tells its side.
    const sharer = !partySides[0] && !partySides[1] ? partyOnSideA(spacedAlike(ctx.sentences), callNames(ctx), ctx.scenario) : undefined;
    if (sharer !== undefined) partySides[sharer] = 'A';
    const [a, b] = partySides;
    if (a && !b) partySides[1] = a === 'A' ? 'B' : 'A';
    if (b && !a) partySides[0] = b === 'A' ? 'B' : 'A';
  }
  // One party a person, who has no company form to be found by: the two are placed against each other.
  const people = placeIndividuals(ctx, partySides, ctx.scenario);
  const groups = sideGroups(ctx.sentences, ctx.parties);
  const collective = groups ? groupSides(ctx, groups, partySides) : [];
  // Among many parties a name's first word may be shared ("Qinghe Optical", "Qinghe Holdings"): each by its own names.
  placeEach(ctx.sentences, ctx.parties.map((p) => [p.name, p.shortName ?? alias(p.name), ...(p.aliases ?? [])].filter((n): n is string => !!n && n.length > 1).flatMap(writtenWays)), ctx.scenario, partySides);
  // Named by its legal name or a role label ("SONY ELECTRONICS INC.", then "SONY"), the party's first word
  // stands for it. When the draft calls one side only by role labels ("PURCHASER") and a party with
  // no label is called by that word or its short name, that party is the other side.
  const aliases = ctx.parties.map((p) => (p.shortName && !labelSide(p.shortName) ? undefined : alias(p.name)));
  const labelled = labelledSide(ctx);
  const named = labelled
    ? ctx.parties
        .map((_, i) => i)
        .filter((i) => {
          // Called by its first word, or by the short name the opening gives it ("Acme Devices").
          const call = aliases[i] ?? ctx.parties[i]!.shortName;
          return !partySides[i] && call && body(ctx).some((s) => new RegExp(`\\b${escapeRegExp(call)}\\b`).test(s.text));
        })
    : [];
  if (named.length === 1) partySides[named[0]!] = labelled === 'A' ? 'B' : 'A';
  // The user named our company: that party is ours, and among many every other party is not.
  placeOurParty(ctx, ourSide(ctx), partySides);
  const plain = plainParties(ctx, (l) => labelSide(l, ctx.scenario));
  // The one party of terms made with their reader stands against "you".
  const reader = plain.find(([n]) => n === 'you')?.[1];
  if (reader && ctx.parties.length === 1) partySides[0] ??= reader === 'A' ? 'B' : 'A';
  ctx.parties.forEach((p, i) => {
    const side = partySides[i];
    // Every name the opening gives the party: "MRT" or the "Company" are one party.
    for (const n of [p.name, p.shortName, aliases[i], ...workers[i]!, ...namesBeside(ctx, p.name)]) {
      if (!n || n.length < 2) continue;
      names.push(n);
      if (side) sides.set(n.toLowerCase(), side);
    }
  });
  const plural = pluralLabels(ctx, openingSentences(ctx.sentences).at(-1)?.paragraph ?? -1);
  for (const [n, side] of [...people, ...lined, ...signed, ...collective, ...plain, ...plural]) {
    names.push(n);
    if (!sides.has(n.toLowerCase())) sides.set(n.toLowerCase(), side);
  }
  names.sort((a, b) => b.length - a.length);
  // A name is found however the draft spaces it ("Network  1").
  const alt = names.map((n) => escapeRegExp(n).replace(/ +/g, '\\s{1,3}')).join('|');
  idx = { re: new RegExp(`\\b(?:(?:each|either|both|the) part(?:y|ies)|${alt})(?![\\w-])`, 'gi'), sides, letters: letterSides(ctx, partySides) };
  cache.set(ctx, idx);
  return idx;
}

/**
 * Three or more parties the opening splits in two ("X and Y, on the one hand, and Z, on the other
 * hand"): a side's labels place all its parties, or, with none, what the parties of each side do in
 * the deal, read as between two parties. Returns the side's collective names ("Vert") with their sides.
 */
function groupSides(ctx: ReviewContext, groups: SideGroups, partySides: ('A' | 'B' | 'both' | undefined)[]): [string, 'A' | 'B'][] {
  const sideOf = (members: number[]): 'A' | 'B' | undefined => {
    const found = new Set(members.map((i) => partySides[i]).filter((x) => x === 'A' || x === 'B'));
    return found.size === 1 ? [...found][0] : undefined;
  };
  let first = sideOf(groups.members[0]);
  let second = sideOf(groups.members[1]);
  if (!first && !second) {
    const calls = (k: 0 | 1): string[] => [
      ...groups.members[k].flatMap((i) => [ctx.parties[i]!.name, ctx.parties[i]!.shortName, alias(ctx.parties[i]!.name)].filter((n): n is string => !!n && n.length > 1)),
      ...groups.collective[k],
    ];
    const sharer = partyOnSideA(spacedAlike(ctx.sentences), [calls(0), calls(1)], ctx.scenario);
    if (sharer !== undefined) first = sharer === 0 ? 'A' : 'B';
  }
  if (first && !second) second = first === 'A' ? 'B' : 'A';
  if (second && !first) first = second === 'A' ? 'B' : 'A';
  if (!first || !second || first === second) return [];
  for (const i of groups.members[0]) partySides[i] = first;
  for (const i of groups.members[1]) partySides[i] = second;
  return [...groups.collective[0].map((n): [string, 'A' | 'B'] => [n, first]), ...groups.collective[1].map((n): [string, 'A' | 'B'] => [n, second])];
}

/**
 * "Party A" and "Party B" in the English half of a bilingual draft are 甲方 and 乙方, whose sides the
 * bilingual opening gives ("Party A (Licensor): … 甲方（许可方）：…"). In an English draft alone they
 * are the parties whose cover lines or brackets give them the letter (letter-parties.ts).
 */
function letterSides(ctx: ReviewContext, partySides: readonly (Side | undefined)[]): Map<string, Side> {
  const out = new Map<string, Side>();
  for (const [letter, zh] of [['A', '甲方'], ['B', '乙方']] as const) {
    const side = zhPartyRefs(ctx, zh)[0]?.side ?? partySides[ctx.parties.findIndex((p) => p.aliases?.includes(`Party ${letter}`))];
    if (side) out.set(letter, side);
  }
  return out;
}

// Case matters: "such Party a copy" names no letter.
const LETTER = /\bParty\s+([AB])(?![\w-])/g;

/** The ways the draft calls each of two parties: legal name, short name, and the name's first word, in capitals and as the body writes them. */
function callNames(ctx: ReviewContext): [string[], string[]] {
  const names = ctx.parties.slice(0, 2).map((p) => [p.name, p.shortName, alias(p.name), ...(p.aliases ?? [])].filter((n): n is string => !!n && n.length > 1).flatMap(writtenWays));
  return [names[0] ?? [], names[1] ?? []];
}

/**
 * Parties a cover or signature line sets under a role label ("Licensor: ACME MEDIA"): a party found
 * in the opening takes the label's side where nothing else gave it one (`partySides` is filled in),
 * and the names as the line writes them are returned with their sides. A name in capitals that is
 * no found party counts only where the opening introduces it ("between X", "and X"): capitals alone,
 * as in a heading, make no party.
 */
function namesOnRoleLines(ctx: ReviewContext, partySides: ('A' | 'B' | 'both' | undefined)[]): [string, 'A' | 'B'][] {
  const out: [string, 'A' | 'B'][] = [];
  const opening = openingSentences(ctx.sentences).map((s) => s.text).join('\n');
  for (const line of roleLines(ctx.sentences, [...LABELS.A, ...LABELS.B])) {
    const side = labelSide(line.label)!;
    const lower = line.name.toLowerCase();
    const i = ctx.parties.findIndex((p) => lower.includes(p.name.toLowerCase()) || p.shortName === line.name);
    if (i >= 0) partySides[i] ??= side;
    else if (!new RegExp(`\\b(?:between|and)\\s+${escapeRegExp(line.name)}(?![\\w-])`).test(opening)) continue;
    if (!out.some(([n]) => n === line.name)) out.push([line.name, side]);
  }
  return out;
}

const NOT_ALIAS = new Set(['the', 'university', 'bank', 'national', 'international', 'general', 'american', 'united', 'first', 'new']);

/** The sentences after the opening, where parties act rather than are introduced. */
function body(ctx: ReviewContext): Sentence[] {
  return ctx.sentences.slice(openingSentences(ctx.sentences).length);
}

/** The first word of a legal name, as drafters shorten it: "SONY" for "SONY ELECTRONICS INC.". */
function alias(name: string): string | undefined {
  const first = name.split(/\s+/)[0]!.replace(/[,.]$/, '');
  return first.length >= 3 && /^[A-Z]/.test(first) && !NOT_ALIAS.has(first.toLowerCase()) && first !== name ? first : undefined;
}

/** How many times more often one side's labels must be used than the other's, for the other's to be slips. */
const LABEL_DOMINANCE = 5;
/** The most uses of the other side's labels that can still be slips. */
const STRAY_LABELS = 2;

/**
 * The one side the draft names by capitalised role labels, when only that side's labels are used,
 * or the other side's appear only once or twice against many of its own: a form that calls its
 * reader "Licensee" throughout and its maker by name now and then slips into "Licensor" for the
 * maker, which places the named party on the same side as the slip.
 */
function labelledSide(ctx: ReviewContext): 'A' | 'B' | undefined {
  const used = { A: 0, B: 0 };
  const re = new RegExp(`\\b(?:${[...LABELS.A, ...LABELS.B].map(escapeRegExp).join('|')})\\b`, 'gi');
  for (const s of body(ctx)) {
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      // Labels are capitalised; "the customer" in lower case is no party.
      const side = /^[A-Z]/.test(m[0]) ? labelSide(m[0]) : undefined;
      if (side) used[side]++;
    }
  }
  const [more, fewer] = used.A >= used.B ? (['A', 'B'] as const) : (['B', 'A'] as const);
  if (used[more] === 0) return undefined;
  return used[fewer] === 0 || (used[fewer] <= STRAY_LABELS && used[more] >= LABEL_DOMINANCE * used[fewer]) ? more : undefined;
}

/** How far from a verb its subject or object is looked for, in characters. */
const NEAR = 240;

export interface PartyRef {
  text: string;
  index: number;
  side?: Side;
}

/** The party references in a piece of text, in order, with the side of each when known. */
export function partyRefs(ctx: ReviewContext, text: string): PartyRef[] {
  const { re, sides, letters } = partyIndex(ctx);
  const lettered: PartyRef[] = [];
  if (letters.size > 0) {
    LETTER.lastIndex = 0;
    for (let m = LETTER.exec(text); m; m = LETTER.exec(text)) {
      const side = letters.get(m[1]!);
      lettered.push(side ? { text: m[0], index: m.index, side } : { text: m[0], index: m.index });
    }
  }
  const out: PartyRef[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const t = m[0];
    // "the Party" of "the Party A" is the letter's.
    if (lettered.some((l) => m!.index < l.index + l.text.length && l.index < m!.index + t.length)) continue;
    // Role labels and names are capitalised in contracts; "the owner" in lower case is not a party.
    if (!MUTUAL.test(t) && !/^[A-Z]/.test(t) && !PRONOUN.test(t)) continue;
    // "US" in capitals is the country, not "us"; "YOU" and "WE" in a sentence set in capitals (an
    // indemnity or disclaimer) are still the parties. "the Executive Committee" is no executive.
    if (t === 'US' || (/^executive$/i.test(t) && /^\s+[A-Z]/.test(text.slice(m.index + t.length)))) continue;
    const side: Side | undefined = MUTUAL.test(t)
      ? /^the /i.test(t) && !/parties/i.test(t) ? undefined : 'both'
      : sides.get(t.toLowerCase().replace(/\s+/g, ' '));
    out.push({ text: t, index: m.index, side });
  }
  return lettered.length > 0 ? [...out, ...lettered].sort((a, b) => a.index - b.index) : out;
}

/** The last party named before `index` in the text: the subject of the verb at `index`, usually. */
export function partyBefore(ctx: ReviewContext, text: string, index: number): PartyRef | undefined {
  // The subject sits near its verb; a bounded look-back keeps many hits in one sentence linear.
  const from = Math.max(0, index - NEAR);
  const refs = partyRefs(ctx, text.slice(from, index));
  const ref = refs[refs.length - 1];
  return ref && { ...ref, index: ref.index + from };
}

/** The first party named after `index`: the beneficiary of "to ..." or "property of ...". */
function partyAfter(ctx: ReviewContext, text: string, index: number): PartyRef | undefined {
  const ref = partyRefs(ctx, text.slice(index, index + NEAR))[0];
  return ref && { ...ref, index: ref.index + index };
}

/**
 * The party named directly after a verb ("grants to Licensee", "the property of Provider"), or
 * nothing: a party mentioned later in the sentence is not the object of the verb.
 */
export function partyRightAfter(ctx: ReviewContext, text: string, index: number): PartyRef | undefined {
  const ref = partyAfter(ctx, text, index);
  if (!ref) return undefined;
  return /^\s*(?:to\s+)?(?:each\s+of\s+)?(?:the\s+)?$/i.test(text.slice(index, ref.index)) ? ref : undefined;
}

/** The party something is passed to: "assigns to X", or "shall assign all Improvements to X". */
export function partyAfterTo(ctx: ReviewContext, text: string, index: number): PartyRef | undefined {
  const window = text.slice(index, index + NEAR);
  for (const ref of partyRefs(ctx, window)) {
    const before = window.slice(0, ref.index);
    if (/^\s*(?:to\s+)?(?:the\s+)?$/i.test(before) || /\bto\s+(?:the\s+)?$/i.test(before)) return { ...ref, index: ref.index + index };
  }
  return undefined;
}

/**
 * Whether a term that benefits `gainer` works against us: "against" when it benefits the other side,
 * "unknown" when we cannot tell our side or theirs, "fine" when it benefits us or both alike.
 */
export function verdict(ctx: ReviewContext, gainer: Side | undefined): 'against' | 'unknown' | 'fine' {
  const ours = ourSide(ctx);
  if (gainer === 'both') return 'fine';
  if (!ours || !gainer) return 'unknown';
  return gainer === ours ? 'fine' : 'against';
}

const RECEIVER = /^(?:Recipient|Receiving Party)$/i;
// Words before the naming bracket that make the label a role any party may take: "disclosed by a
// Party to the other Party (the "Recipient")", "the party receiving it (the "Receiving Party")".
const ANY_PARTY = /\b(?:a|any|either|each|the\s+other|such|that)\s+part(?:y|ies)\b|\bpart(?:y|ies)\s+(?:receiving|disclosing|to\s+whom|that|which|who)\b|\b(?:receiv|disclos)/i;
const MEANS = /^\s*(?:means|shall\s+mean|refers\s+to|has\s+the\s+meaning)\b/i;

/** Whether a definition gives its label to one party ("Arvid Holm, an individual … (the "Recipient")"). */
function namesOneParty(d: { term: string; text: string }): boolean {
  const text = plainQuotes(d.text);
  const at = text.search(new RegExp(`"${escapeRegExp(d.term)}"`));
  if (at < 0 || MEANS.test(text.slice(at + d.term.length + 2))) return false;
  const before = text.slice(Math.max(0, at - 80), at);
  return !ANY_PARTY.test(before.slice(before.lastIndexOf(')') + 1));
}

/** The labels of the flow of information that the draft gives to one party each. */
function namedFlowLabels(ctx: ReviewContext): Set<string> {
  return new Set(ctx.definitions.filter((d) => FLOW_LABELS.has(d.term.toLowerCase()) && namesOneParty(d)).map((d) => d.term.toLowerCase()));
}

/**
 * The one party the draft names as the receiver of information ("Kestrel GmbH, a company organised
 * under the laws of Germany (the "Recipient")"), with its side where the draft lets us tell; nothing
 * where the label, if used, is a role either party may take.
 */
export function namedReceiver(ctx: ReviewContext): { side: Side | undefined } | undefined {
  const d = ctx.definitions.find((x) => RECEIVER.test(x.term) && namesOneParty(x));
  return d && { side: partyRefs(ctx, d.term)[0]?.side };
}
