import type { Definition, Party, Sentence } from './context';
import { escapeRegExp } from '../regex-escape';
import { labelSide } from './rules/role-labels';

// A party the opening names without a company form we read ("Ostrava Logistics s.r.o.", "the
// individual or entity accepting these terms") still takes a short name in its naming bracket
// ("Transporter", "Evaluator"). The term is a party where the terms have it act as one, at least
// twice: a defined thing ("Products", "Software") is delivered or used, it does not warrant or pay.

/** A party's acts: "Transporter shall keep", "Evaluator agrees"; never "shall be", which things take too. */
const ACTS = String.raw`\s{1,3}(?:(?:shall|will|may|must)(?:\s{1,3}not)?\s{1,3}(?!be\b|have\s{1,3}been\b|become\b|include\b|contain\b|consist\b|mean\b)[a-z]{3,}|agrees|warrants|represents|acknowledges|undertakes|covenants|grants|hereby)\b`;
/** How often the terms must have the term act. */
const FEWEST_ACTS = 2;
/** Words before the bracket that introduce a party: "between", "and", "by", "with", a colon. */
const INTRODUCES = /\b(?:between|and|by|with)\s|[:;]/i;
/** A name: capitalised words, joiners, and a company form in lower case ("Ostrava Freight s.r.o."). */
const NAME = /^[A-Z][\w'’.&-]{0,30}(?:\s{1,2}(?:[A-Z][\w'’.&-]{0,30}|[a-z]{1,3}\.(?:[a-z]{1,3}\.?){0,3}|of|and|for|the|de|&)){0,7}$/;
/** Before a bracket, no party's name: the agreement itself, or a company form cut from its name by a bracket. */
const NOT_A_NAME = /\b(?:Agreement|AGREEMENT|This|THIS)\b|^(?:Limited|LIMITED|Inc\.?|INC\.?|Ltd\.?|LTD\.?|LLC|Corporation|CORPORATION|Company|COMPANY)$/;
/** Words that describe a party where the opening gives no name: "the individual or entity accepting …". */
const PARTY_WORDS = /\b(?:person|entity|company|corporation|institution|organi[sz]ation|firm|university|employer|business)\b/i;
/** A person the opening introduces by name: "Priya Raman, an individual residing at …". */
const PERSON = /\b(?:an?\s{1,3}individual|residing|resident\s{1,3}(?:at|of|in))\b/i;
/** Terms of the deal, not of a party, however they act. */
const NOT_A_PARTY = /^(?:Agreement|Effective\s+Date|Parties|Party|Terms|Services?|Software|Products?|Program|Project|Material|Materials|Data|Term|Territory|Affiliates?)$/i;

/**
 * The parties that naming brackets in the opening give and the party reader did not find: each with
 * the name before its bracket (capitalised words), else the term itself.
 */
export function definedParties(parties: readonly Party[], opening: readonly Sentence[], definitions: readonly Definition[], body: readonly Sentence[]): Party[] {
  // Only a second party: where the reader found two or more, a further bracket is more often an
  // inventor, a committee or a parent than a party to the deal.
  if (parties.length > 1) return [];
  const text = body.map((s) => s.text).join('\n');
  const known = new Set(parties.flatMap((p) => [p.name, p.shortName, ...(p.aliases ?? [])]).filter((n): n is string => !!n));
  const out: Party[] = [];
  for (const s of opening) {
    for (const d of definitions) {
      if (d.paragraph !== s.paragraph || d.start < s.start || d.start >= s.end || known.has(d.term) || NOT_A_PARTY.test(d.term)) continue;
      if (!/^[A-Z][A-Za-z'’-]{2,20}(?:\s[A-Z][A-Za-z'’-]{2,20}){0,2}$/.test(d.term)) continue;
      // The bracket and what comes before it, back to the last closed bracket: another party's own names end there.
      const before = s.text.slice(0, d.start - s.start);
      const at = opening.indexOf(s);
      const lead = leadOf(before, opening[at - 1], opening[at - 2]);
      if (lead === undefined) continue;
      // A found party's name before the bracket: the term is that party's other name.
      // A person is read with the labels beside them (individual-parties.ts).
      if (parties.some((p) => lead.toLowerCase().includes(p.name.toLowerCase())) || PERSON.test(lead)) continue;
      const acts = text.match(new RegExp(`(?<![\\w-])${escapeRegExp(d.term)}${ACTS}`, 'g'))?.length ?? 0;
      if (acts < FEWEST_ACTS) continue;
      const named = withoutTrailingCommas(lead.split(INTRODUCES).pop()!);
      // A name before the bracket, or words that describe a party ("the person or entity accepting
      // these terms") with a role label whose side we know: a bare "Company" tells no side, and the
      // party reader placing it by its acts alone misreads deals where it is the one that develops.
      // A form's blank where the name goes ("AND: ______, a company …") is a party still to be named: the term stands for it.
      const name = isName(named) ? named : (PARTY_WORDS.test(named) && labelSide(d.term)) || BLANK.test(lead) ? d.term : describedName(lead);
      if (!name) continue;
      out.push({ name, shortName: d.term });
      known.add(d.term);
      if (parties.length + out.length > 1) return out;
    }
  }
  return out;
}

/**
 * What the opening writes before a party's naming bracket: back to the last closed bracket, or, for a
 * naming phrase with no bracket ("XYZ hereinafter referred to as "XYZ""), the words before the phrase,
 * which a cover page sets on the line above ("between / XYZ / hereinafter referred to as "XYZ"").
 */
function leadOf(before: string, above: Sentence | undefined, twoAbove: Sentence | undefined): string | undefined {
  const open = before.lastIndexOf('(');
  if (open >= 0) {
    const lead = before.slice(before.lastIndexOf(')', open) + 1, open);
    // A bracket on a line of its own names what the lines above describe, a name and an address
    // that may run over two ("______, a company having its registered office at / ______.").
    if (/[A-Za-z_]/.test(lead) || !above) return lead;
    const lines = [twoAbove, above].filter((x): x is Sentence => !!x).map((x) => x.text);
    return lines.join(' ').slice(lines.join(' ').lastIndexOf(')') + 1);
  }
  const phrase = NAMING_PHRASE.exec(before);
  if (!phrase) return undefined;
  const lead = before.slice(0, phrase.index);
  return lead.trim() || !above ? lead : above.text;
}
/** "hereinafter referred to as", "hereinafter called", ", referred to as": a naming bracket's words without the bracket, ending at the term's quote. */
const NAMING_PHRASE = /(?:hereinafter(?:\s{1,3}(?:referred\s{1,3}to\s{1,3}as|called))?|referred\s{1,3}to\s{1,3}(?:herein\s{1,3})?as)\s{0,3}(?:the\s{1,3})?["“]?$/i;

/**
 * "and Elmstead Bank, a Vermont savings bank with its principal place of business at …": a name
 * the opening describes after a comma, whose description may hold an introducing word of its own.
 */
function describedName(lead: string): string | undefined {
  const parts = lead.split(INTRODUCES);
  for (let i = parts.length - 2; i >= Math.max(0, parts.length - DESCRIPTION_JOINS - 1); i--) {
    const m = DESCRIBED.exec(parts[i]!);
    if (m && isName(m[1]!)) return m[1];
  }
  return undefined;
}
const DESCRIBED = /^\s{0,3}([^,]{2,80}),\s{1,3}(?:a|an)\s/;
/** How many introducing words ("with its principal place of business", "and existing") a description may hold. */
const DESCRIPTION_JOINS = 2;

/**
 * A company's name left blank in a form, its description after it: "______, a company having its
 * registered office at". A blank with no such description may be a person's ("Name: ______").
 */
const BLANK = /(?:_{5}|\.{5}|…{2}|\[[A-Z][A-Z ]{1,30}\])[_.…\s]{0,80},\s{1,3}an?\s{1,3}(?:company|corporation|entity)\b/i;

const isName = (words: string): boolean => NAME.test(words) && !NOT_A_NAME.test(words);

/** The words without the commas and spaces after them, read from the end: a pattern anchored at the end would scan back from every comma. */
function withoutTrailingCommas(words: string): string {
  let end = words.length;
  while (end > 0 && /[,\s]/.test(words[end - 1]!)) end--;
  return words.slice(0, end).trim();
}
