import type { ScenarioId } from '../../scenarios';
import type { ReviewContext } from '../context';
import { openingSentences } from '../parties';
import { perReview } from '../per-review';
import { partyOnSideA } from './deal-roles';
import { spacedAlike } from './many-parties';
import { bracketNames } from './party-names';
import { labelSide } from './role-labels';
import { surnameOf } from './surnames';
import { plainQuotes } from '../typed-quotes';

// A party who is a person: an artist or athlete licensing a name and likeness, a consultant. The
// opening gives no company form to end the name on ("Marcus Delaney, an individual residing at …
// ("Athlete")"), so the party reader, which walks back from "Inc." or "GmbH", does not see it. A firm
// the opening lists with no company form ("between Clear Capital (the "Company")") is read alike: it
// is a party all the same, and is placed the same way.

export interface Individual {
  name: string;
  /** The short name the opening gives the person: "Athlete", "Consultant", "Licensor". */
  label: string;
  /** The other names in the same bracket: (the "Employee" or "you") makes "you" the person too. */
  aliases?: string[];
}

// The naming bracket: ("Artist"), (the "Consultant"), (hereinafter referred to as "Licensor").
const BRACKET = /\(\s{0,3}(?:(?:hereinafter|hereafter)\s{1,3}(?:referred\s{1,3}to\s{1,3}as\s{1,3}|called\s{1,3})?)?(?:the\s{1,3})?["“]([A-Z][\w -]{1,30}?)["”]/g;
// Where the words that introduce one party start: after "between", "and", "by" or the last bracket.
const INTRODUCED = /(?:\b(?:between|among|and|by|with)\s{1,3}|[();:])/gi;
// A person's name: two to four capitalised words or initials, after an optional form of address.
const NAME = /^\s{0,3}(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s{1,3})?([A-Z][A-Za-z'’-]{0,30}\.?(?:\s{1,3}[A-Z][A-Za-z'’-]{0,30}\.?){1,3})/;
// What may stand between the name and its bracket: nothing, or a description that only a person takes.
const PERSONAL =
  /^\s{0,3},?\s{0,3}(?:an?\s{1,3}(?:adult\s{1,3})?(?:individual|natural\s{1,3}person|resident|citizen)\b|residing\s{1,3}at\b|resident\s{1,3}(?:of|at)\b|whose\s{1,3}(?:address|residence)\b|an?\s{1,3}[A-Z][a-z]{2,20}\s{1,3}(?:resident|citizen|individual)\b)/;
// Words no person's name holds: company forms, and the document words an opening runs on with.
const NOT_A_PERSON =
  /\b(?:Inc|Incorporated|Ltd|Limited|LLC|LLP|L\.?P|Corp|Corporation|Company|Co|GmbH|AG|S\.?A|B\.?V|N\.?V|plc|PLC|Pte|Pty|Group|Holdings?|Partners|University|Institute|Trust|Foundation|Bank|Agreement|AGREEMENT|Party|Parties|This|THIS|The|THE|Effective|Date|Section|Schedule|Exhibit)\b/;
// Where an opening lists its parties: "between", "among", after the last party's bracket ("), and"),
// or a party's number ("(2)").
const PARTY_LIST = /(?:\b(?:between|among)\s{1,3}|\)\s{0,3},?\s{0,3}(?:and|&)\s{1,3}|\(\s{0,2}(?:\d{1,2}|[a-z]|[ivx]{1,4})\s{0,2}\))$/i;
/** How far the naming bracket runs on after its first name, with the person's other names. */
const ALIAS_REACH = 80;
/** How far before its bracket a person's name and description are read, in characters. */
const REACH = 200;

/** The persons the opening introduces as parties, each with the short name it gives them. */
export const individualParties = perReview((ctx: ReviewContext): Individual[] => {
  const out: Individual[] = [];
  for (const s of openingSentences(ctx.sentences)) {
    const text = plainQuotes(s.text);
    BRACKET.lastIndex = 0;
    for (let m = BRACKET.exec(text); m; m = BRACKET.exec(text)) {
      const person = personBefore(text.slice(Math.max(0, m.index - REACH), m.index));
      const label = m[1]!.trim();
      if (!person || out.some((p) => p.label === label) || isCompanyParty(ctx, person, label)) continue;
      const rest = text.slice(m.index + m[0].length);
      const close = rest.indexOf(')');
      const aliases = close < 0 || close > ALIAS_REACH ? [] : bracketNames(rest.slice(0, close)).filter((n) => n !== label);
      out.push(aliases.length > 0 ? { name: person, label, aliases } : { name: person, label });
    }
  }
  return out;
});

/**
 * The person's name that opens the words introducing a party: described as a person, or named with
 * no description where the opening lists its parties ("between Helena Brandt ("Consultant")"). A
 * bracket after any capitalised words elsewhere ("and Marketing Materials ("Materials")") names a thing.
 */
function personBefore(lead: string): string | undefined {
  let from = 0;
  INTRODUCED.lastIndex = 0;
  for (let m = INTRODUCED.exec(lead); m; m = INTRODUCED.exec(lead)) from = m.index + m[0].length;
  const words = lead.slice(from);
  const name = NAME.exec(words);
  if (!name || NOT_A_PERSON.test(name[1]!)) return undefined;
  const rest = words.slice(name[0].length);
  const listed = /^\s{0,3},?\s{0,3}$/.test(rest) && PARTY_LIST.test(lead.slice(Math.max(0, from - 40), from));
  return listed || PERSONAL.test(rest) ? name[1]!.replace(/\s+/g, ' ') : undefined;
}

function isCompanyParty(ctx: ReviewContext, name: string, label: string): boolean {
  const lower = name.toLowerCase();
  return ctx.parties.some((p) => p.shortName === label || p.name.toLowerCase().includes(lower) || lower.includes(p.name.toLowerCase()));
}

/**
 * Between two parties, one of them a person: a side either one's label gives places the other on the
 * other side (an "Athlete" against the "Licensee" grants the licence; a "Consultant" works for the
 * "Company"); with no role label, what each does in the deal does. `partySides` (the company
 * parties') is filled in where empty; the person's names are returned with the side. Among three or more parties nothing is placed by elimination.
 */
export function placeIndividuals(ctx: ReviewContext, partySides: ('A' | 'B' | 'both' | undefined)[], scenario: ScenarioId | null): [string, 'A' | 'B'][] {
  const people = individualParties(ctx);
  if (people.length === 0 || ctx.parties.length + people.length !== 2) return [];
  const sides = [...partySides, ...people.map((p) => labelSide(p.label, scenario))];
  // No role label on either ("Artist" and "Company"): what each does in the deal tells its side.
  if (!sides.some((x) => x === 'A' || x === 'B')) {
    const calls = [...ctx.parties.map((p) => [p.name, p.shortName]), ...people.map((p) => [p.name, p.label])].map((ns) => ns.filter((n): n is string => !!n));
    const sharer = partyOnSideA(spacedAlike(ctx.sentences), [calls[0]!, calls[1]!], scenario);
    if (sharer !== undefined) sides[sharer] = 'A';
  }
  const known = sides.filter((x): x is 'A' | 'B' => x === 'A' || x === 'B');
  if (known.length === 0) return [];
  const other = known[0] === 'A' ? 'B' : 'A';
  const placed = sides.map((x) => (x === 'A' || x === 'B' ? x : other));
  if (placed[0] === placed[1]) return [];
  partySides.forEach((_, i) => (partySides[i] = placed[i]));
  return people.flatMap((p, i): [string, 'A' | 'B'][] => {
    const side = placed[ctx.parties.length + i]!;
    // "Mr. Delaney shall …": the surname the terms call the person by is the person too.
    const surname = surnameOf(ctx, p.name);
    return [[p.name, side], [p.label, side], ...(p.aliases ?? []).map((n): [string, 'A' | 'B'] => [n, side]), ...(surname ? [[surname, side] as [string, 'A' | 'B']] : [])];
  });
}
