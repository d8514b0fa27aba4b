import type { Evidence } from '../../findings';
import type { MessageKey, MessageParams, Phrase } from '../../i18n';
import type { ReviewContext, Rule, RuleFinding } from '../context';
import { draftingFinding } from './drafting';
import { inQuotes, listOf } from './finding';
import { labelAt, numbering, numbersRestart, samePart, sectionText, type LabelAt, type Numbering } from './numbering';
import { quote } from './text';
import { headedWithin, headingOf, PLAIN, stem, stems } from './heading-stems';
import { bareReferences, cited, references, type Reference } from './references';
import { selfPointers } from './self-pointer';
import { wrongMoneyClause } from './money-subject';

/** Before the connector: the reference is what a termination is made under ("a termination notice is delivered pursuant to"). */
const TERMINATED_UNDER =
  /(?:\bterminat(?:e|es|ed|ing)(?:\s+(?:this|the)\s+Agreement)?|\btermination\s+notice|\bnotice\s+of\s+termination)(?:\s+(?:is|was|has\s+been|be)\s+(?:given|delivered|served|sent))?\s*,?\s*$/i;
/**
 * A clause that gives a right to end the deal says so with a verb, a right or a default, not only
 * the noun ("the termination of this Agreement shall be without prejudice").
 */
const ENDING_VERB =
  /\b(?:terminat(?:e|es|ed|ing)|cancel(?:s|led|ed|ling)?|rescind|default|(?:right|ground|grounds|cause|basis)\s+(?:to|of|for)\s+(?:\w+\s+){0,2}termination)\b/i;
/** Before the connector: what a reference makes a thing count as, "provided in writing as Confidential Information". */
const AS_TERM = /\bas\s+(?:the\s+)?["“]?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})["”]?\s*$/;
/** A contract rarely has a hundred sections; higher numbers are statutes ("Section 409A"). */
const MAX_SECTION = 60;
/** More missing numbers than this share of all referenced ones means we misread the numbering. */
const UNRELIABLE = 0.25;
/**
 * "the Effective Date as defined in Section 2.2", "'Term' has the meaning given in Clause 3.1". The
 * term starts a word: tried from inside a long word too, the pattern took over 100 ms on 100 KB.
 */
const DEFINED_IN =
  /["“]?(?<![\w-])([A-Z][\w-]{0,40}(?:\s{1,5}(?:of\s+|and\s+|or\s+|&\s+)?[A-Z][\w-]{0,40}){0,4})["”]?,?\s{1,5}(?:\([^()]{1,30}\)\s+)?(?:as\s+(?:such\s+term\s+is\s+)?defined\s+(?:in|under)|(?:has|have|shall\s+have)\s+the\s+meanings?\s+(?:given|set\s+(?:forth|out)|ascribed|assigned)\s+(?:to\s+(?:it|them|such\s+terms?)\s+)?in)\s*$/;
/** What a reference is used for: "terminate this Agreement pursuant to", "the Manufacturing Agreement under". */
const CONNECTOR =
  /(?:pursuant\s+to|in\s+accordance\s+with|under|as\s+(?:set\s+(?:out|forth)|provided|described|specified)\s+in|referred\s+to\s+in)\s+(?:the\s+(?:terms|provisions)\s+of\s+)?$/i;
/** How many words of a text have one of the stems. */
function mentions(text: string, of: Set<string>): number {
  let count = 0;
  for (const w of text.toLowerCase().match(/[a-z]{3,}/g) ?? []) if (of.has(stem(w))) count++;
  return count;
}

/** The words of a heading that say what it is about, as written. */
function words(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((w) => !PLAIN.has(w));
}

/** Headings that share a word, by stem or with a typing slip ("Surival" for "Survival"). */
function alike(a: string[], b: string[]): boolean {
  return a.some((x) => b.some((y) => stem(x) === stem(y) || (x.length >= 6 && y.length >= 6 && distance(x, y) <= 1)));
}

/** Edit distance of two short words. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length]!;
}

const shares = (a: Set<string>, b: Set<string>) => [...a].some((w) => b.has(w));

/** Headings of a label and of the sections above it ("15.4" under "15 TERMINATION"). */
function headingsOf(n: Numbering, number: string): string[] {
  const out: string[] = [];
  const parts = number.split('.');
  for (let i = parts.length; i > 0; i--) {
    for (const l of n.byLabel.get(parts.slice(0, i).join('.')) ?? []) if (l.heading) out.push(l.heading);
  }
  return out;
}

type Problem = { r: Reference; key: 'heading' | 'heading-at' | 'subject' | 'defined' | 'self' | 'no-right' | 'term-at'; params: MessageParams };

/** A named heading that is not the heading at that number: "9.13 (Binding Effect)" where 9.13 is "Headings". */
function wrongTitles(ctx: ReviewContext, n: Numbering, r: Reference): Problem[] {
  const out: Problem[] = [];
  for (const item of r.items) {
    const named = item.title;
    // A title after "3.2(c)" names the sub-clause, whose heading we do not read.
    if (!named || item.sub) continue;
    const want = stems(named);
    // A number that stands twice (a contents list, an exhibit numbered afresh) cannot be matched to one heading.
    const at = (n.byLabel.get(item.number) ?? []).filter((l) => samePart(n, l.paragraph, r.sentence.paragraph));
    if (at.length !== 1) continue;
    const actual = at.map((l) => l.heading).filter((h): h is string => !!h);
    if (want.size === 0 || actual.length === 0 || actual.some((h) => alike(words(h), words(named)))) continue;
    const where = n.labels.find((l) => l.heading && samePart(n, l.paragraph, r.sentence.paragraph) && [...want].every((w) => stems(l.heading!).has(w)));
    out.push({
      r,
      key: where ? 'heading-at' : 'heading',
      params: { ref: item.number, named: inQuotes(named), actual: inQuotes(actual[0]!), where: where?.label ?? '' },
    });
  }
  return out;
}

/**
 * "Force Majeure as defined in Section 2.2" where Section 2.2 does not mention it and nothing in the
 * draft defines it: the pointer leads nowhere. A term defined somewhere, even in another section
 * than the one named, is left to the reader.
 */
function wrongDefinition(ctx: ReviewContext, n: Numbering, r: Reference): Problem | undefined {
  if (r.items.length !== 1) return undefined;
  const m = DEFINED_IN.exec(r.sentence.text.slice(Math.max(0, r.index - 160), r.index));
  const at = n.byLabel.get(r.items[0]!.number);
  if (!m || !at) return undefined;
  const term = m[1]!.replace(/\s+/g, ' ').toLowerCase();
  if (ctx.definitions.some((d) => d.term.toLowerCase() === term)) return undefined;
  if (at.some((l) => sectionText(ctx, n, l).replace(/\s+/g, ' ').toLowerCase().includes(term))) return undefined;
  return { r, key: 'defined', params: { ref: r.items[0]!.number, term: inQuotes(m[1]!) } };
}

/** A party's right to end this agreement, in the section's own words. */
const ENDS_AGREEMENT = /\b(?:may|shall\s+have\s+the\s+right\s+to|is\s+entitled\s+to)\s+(?:immediately\s+)?terminate\s+this\s+(?:Agreement|Contract)\b/i;

/**
 * A reference whose purpose names another section's heading: "terminate pursuant to Section 8"
 * where Section 8 is "Taxes" and "Termination" is Section 11. Quiet when any section cited is
 * headed, or deals in its text, with what the reference is for.
 */
function wrongSubject(ctx: ReviewContext, n: Numbering, r: Reference): Problem | undefined {
  const before = r.sentence.text.slice(Math.max(0, r.index - 90), r.index);
  const c = CONNECTOR.exec(before);
  // A sub-clause ("5.1(d)") may hold a termination trigger under any heading.
  if (!c || r.items.some((i) => i.sub)) return undefined;
  // What the reference is for: the words of its own clause, back to a comma or a bracket.
  const lead = before.slice(Math.max(0, c.index - 60), c.index);
  // The last few words before "pursuant to": "terminating this Agreement", not "the date of termination will be included in calculations".
  const clause = lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf(')')) + 1);
  const said = clause.toLowerCase().split(/\s+/).filter(Boolean).slice(-4).join(' ');
  const purpose = stems(said);
  const numbers = cited(r);
  // The clause the reference sits in names its own subject ("pay the Initial Funding in accordance with 4.3" in 4.1).
  const here = labelAt(n, r.sentence.paragraph, r.sentence.start + r.index)?.label ?? '';
  // What a reference is for is clear enough to check against a heading only for termination, the
  // commonest target, or for a heading of two or more words named in full ("the Manufacturing Agreement").
  const candidates = headedWithin(ctx, n, purpose).filter((l) => {
    if (!l.heading || here === l.label || here.startsWith(`${l.label}.`) || !samePart(n, l.paragraph, r.sentence.paragraph)) return false;
    // Neither a cited section, nor one inside it, nor one above it ("5.0" above "5.1").
    const root = l.label.replace(/(?:\.0+)+$/, '');
    if (numbers.some((x) => l.label === x || l.label.startsWith(`${x}.`) || x === root || x.startsWith(`${root}.`))) return false;
    const { entry, h, named } = headingOf(ctx, l, l.heading);
    if (entry || h.size === 0 || ![...h].every((w) => purpose.has(w))) return false;
    // The heading must head the phrase: "the Development Plan" is the plan, "the Development Plan
    // milestones" are milestones, which the cited section may well confirm.
    const head = said.replace(/s$/, '');
    return h.has('termin') || (named !== '' && (head === named || head.endsWith(` ${named}`)));
  });
  if (candidates.length === 0) return undefined;
  const topic = new Set(candidates.flatMap((l) => [...stems(l.heading!)]));
  for (const x of numbers) {
    const at = n.byLabel.get(x)?.filter((l) => samePart(n, l.paragraph, r.sentence.paragraph));
    if (!at || at.length !== 1) return undefined;
    if (headingsOf(n, x).some((h) => shares(stems(h), purpose))) return undefined;
    // A termination right stands under many headings ("Failure to Make Compliance Modification"):
    // a section that itself lets a party end this agreement is the right one to cite for ending it.
    // Not the referring sentence itself: "4.2 Buyer may terminate this Agreement pursuant to Section 4".
    if (purpose.has('termin') && at.some((l) => ENDS_AGREEMENT.test(sectionText(ctx, n, l).replace(r.sentence.text, '')))) return undefined;
    // A headed section is what its heading says, even if it mentions the matter in passing ("LBIO
    // may terminate the Study" under "Investigators"); an unheaded one deals with what it keeps naming.
    if (!at.some((l) => l.heading) && at.some((l) => mentions(sectionText(ctx, n, l), topic) >= 2)) return undefined;
  }
  const where = closest(n, candidates, purpose);
  return { r, key: 'subject', params: { ref: refText(r), purpose: inQuotes(where.heading!.toLowerCase()), where: where.label } };
}

/**
 * Of the sections headed with what a reference is for, the one to suggest: the one whose heading,
 * with the headings above it, shares most words with the reference ("termination of new business"
 * is 15.02.1 "Termination" under "Termination and Suspension as to New Business", not a licence's own
 * 9.02.5.1 "Termination"), then the shallowest, then the first.
 */
function closest(n: Numbering, candidates: LabelAt[], purpose: Set<string>): LabelAt {
  const score = (l: LabelAt) => {
    const shared = new Set(headingsOf(n, l.label).flatMap((h) => [...stems(h)].filter((w) => purpose.has(w))));
    return shared.size * 10 - l.label.split('.').length;
  };
  let best = candidates[0]!;
  for (const l of candidates) if (score(l) > score(best)) best = l;
  return best;
}

const PROCEEDINGS_UNDER = /\b(?:brought|commenced|instituted|initiated|filed|taken|conducted)\s+(?:under|pursuant\s+to)\s+$/i;
/** "Does not constitute a violation of Section 7.3", inside 7.3: a clause saying what does or does not breach it. */
const BREACH_OF = /\b(?:violation|violations|breach|breaches|contravention)\s+of\s+$/i;
/** "Section 19.B below", from paragraph A of 19: a lettered paragraph of the section, not the place the reference stands. */
const LETTERED = /^\.[A-Z](?![A-Za-z])/;

/** A clause that sends the reader to itself: "Subject to Section 11.10" inside 11.10. */
function selfReference(ctx: ReviewContext, n: Numbering, r: Reference): Problem | undefined {
  if (/\b(?:this|such|that)\s*$/i.test(r.sentence.text.slice(Math.max(0, r.index - 8), r.index))) return undefined;
  // "Any action that it brought under Section 9.4.2", inside 9.4.2: the proceedings the clause
  // itself provides for, as its own sub-clauses name them.
  const before = r.sentence.text.slice(Math.max(0, r.index - 40), r.index);
  if (PROCEEDINGS_UNDER.test(before) || BREACH_OF.test(before)) return undefined;
  const here = labelAt(n, r.sentence.paragraph, r.sentence.start + r.index);
  if (!here || n.byLabel.get(here.label)?.length !== 1) return undefined;
  // A survival list naming its own clause among others ("Sections 2.3, 2.4 and 7 survive") is usual.
  if (r.items.length > 2) return undefined;
  // "Section 24.a above" or "6.3 below" points to another place, whatever our reading of the numbering.
  const next = r.sentence.text.slice(r.end, r.end + 8);
  if (/^\s*(?:above|below)\b/i.test(next) || LETTERED.test(next)) return undefined;
  const item = r.items.find((i) => i.number === here.label && i.sub === '');
  if (!item || !here.heading) return undefined;
  // A sub-clause may cite its whole section ("the licences granted pursuant to Section 2.2" inside
  // 2.2 "Licence Grants"); a clause citing itself for something its heading does not name is a slip
  // ("the arbitration provisions set forth in Section 11.10" inside 11.10 "Jurisdiction and Venue").
  const purpose = stems(r.sentence.text.slice(Math.max(0, r.index - 60), r.index), ctx);
  return shares(purpose, stems(here.heading, ctx)) ? undefined : { r, key: 'self', params: { ref: item.number } };
}

/** The one label a number has in the part of the draft the reference sits in. */
function onlyLabel(n: Numbering, r: Reference, number: string): LabelAt | undefined {
  const at = n.byLabel.get(number)?.filter((l) => samePart(n, l.paragraph, r.sentence.paragraph));
  return at?.length === 1 ? at[0] : undefined;
}

/**
 * A termination made "pursuant to" a clause that gives no right to terminate: "a termination notice
 * delivered pursuant to 15.4" where 15.4 only keeps accrued rights. Sub-clauses and deeper numbers
 * may be triggers listed under a right given above them, so only whole clauses are checked.
 */
function noRight(ctx: ReviewContext, n: Numbering, r: Reference): Problem | undefined {
  const before = r.sentence.text.slice(Math.max(0, r.index - 90), r.index);
  const c = CONNECTOR.exec(before);
  if (!c || !TERMINATED_UNDER.test(before.slice(0, c.index))) return undefined;
  const wrong = r.items.filter((item) => {
    // A whole article ("Section 15") may hold its rights in parts we do not read as one.
    if (item.sub || item.number.split('.').length !== 2 || item.rangeEnd) return false;
    const at = onlyLabel(n, r, item.number);
    return at !== undefined && !ENDING_VERB.test(sectionText(ctx, n, at));
  });
  return wrong.length === 0 ? undefined : { r, key: 'no-right', params: { ref: listOf(wrong.map((i) => i.number)) } };
}

/**
 * A thing made to count as a defined term "pursuant to" a clause that defines another term, where
 * the term's own definition is in a third clause: "provided as Confidential Information pursuant to
 * Article 2" where Article 2 defines "Purpose" and Confidential Information is defined in Article 1.
 */
function wrongTermSection(ctx: ReviewContext, n: Numbering, r: Reference): Problem | undefined {
  if (r.items.length !== 1 || r.items[0]!.sub) return undefined;
  const before = r.sentence.text.slice(Math.max(0, r.index - 120), r.index);
  const c = CONNECTOR.exec(before);
  const m = c && AS_TERM.exec(before.slice(0, c.index));
  const cited = r.items[0]!.number;
  const at = onlyLabel(n, r, cited);
  if (!m || !at) return undefined;
  const term = m[1]!.replace(/\s+/g, ' ');
  const within = (d: { paragraph: number; start: number }, label: string) => {
    const l = labelAt(n, d.paragraph, d.start)?.label;
    return l !== undefined && (l === label || l.startsWith(`${label}.`));
  };
  const own = ctx.definitions.filter((d) => d.term.toLowerCase() === term.toLowerCase());
  if (own.length === 0 || own.some((d) => within(d, cited) || !labelAt(n, d.paragraph, d.start))) return undefined;
  // "as Servicer under Section 7.4" where 7.4 defines "Successor Servicer" is about the same thing.
  const words = new Set(term.toLowerCase().split(' '));
  const other = ctx.definitions.find((d) => within(d, cited) && !d.term.toLowerCase().split(/\s+/).some((w) => words.has(w)));
  if (!other) return undefined;
  const where = labelAt(n, own[0]!.paragraph, own[0]!.start)!.label;
  return { r, key: 'term-at', params: { ref: refText(r), term: inQuotes(term), other: inQuotes(other.term), where } };
}

function refText(r: Reference): string {
  return r.sentence.text.slice(r.index, r.end).replace(/\s+/g, ' ').trim();
}

/** What the message says of one problem, worded in the reader's language with the finding. */
function describe(p: Problem): Phrase {
  return { say: `review.rule.drafting.cross-reference.${p.key}` as MessageKey, params: p.params };
}

/** Each problem said once, however many references share it. */
function described(problems: readonly Problem[]): Phrase[] {
  const seen = new Map<string, Phrase>();
  for (const p of problems) {
    const d = describe(p);
    seen.set(JSON.stringify(d), d);
  }
  return [...seen.values()];
}

/** A wrong reference in a termination right or a survival list changes rights, not just tidiness. */
const CONSEQUENTIAL = /\b(?:terminat\w*|surviv\w*)\b/i;

/**
 * Medium where we are sure of the numbering and rights turn on it: a named heading found at another
 * number, or a whole clause cited for what another whole clause is headed with.
 */
function weighty(p: Problem): boolean {
  if (!CONSEQUENTIAL.test(p.r.sentence.text)) return false;
  if (p.key === 'heading-at') return true;
  return p.key === 'subject' && !String(p.params.where).includes('.') && p.r.items.every((i) => !i.number.includes('.'));
}

/** A statute named: "the Copyright Act", "the Bankruptcy Code", "the Act". "Source Code" is none. */
const STATUTE = /\b[A-Z][a-z]+\s+(?:Act|Ordinance|Regulations|Statute)\b|\b(?:Bankruptcy|Civil|Commercial|Tax|Revenue|Penal|Labou?r)\s+Code\b|\bthe\s+Act\b/;
/** A pointer back into this agreement after the number: "Section 9 of this Agreement", "Section 9 hereof". */
const THIS_AGREEMENT = /^[^.;]{0,40}\b(?:this\s+Agreement|hereof|hereunder|herein)\b/i;

/**
 * A section number this draft does not have, cited in a sentence that names a statute before it or
 * just after one that does ("... under the Copyright Act. The parties exclude Section 47 ..."): the
 * statute's section, not a broken reference. One said to be this agreement's still counts.
 */
function statuteBefore(ctx: ReviewContext, r: Reference): boolean {
  if (THIS_AGREEMENT.test(r.sentence.text.slice(r.end))) return false;
  if (STATUTE.test(r.sentence.text.slice(0, r.index))) return true;
  const i = ctx.sentences.indexOf(r.sentence);
  return i > 0 && STATUTE.test(ctx.sentences[i - 1]!.text);
}

/**
 * Cross-references checked against the draft's own numbering: a number that does not exist, a
 * named heading or a defined term that is not at that number, a purpose that another section's
 * heading names, and a clause that refers to itself.
 */
export const crossReferences: Rule = (ctx) => {
  const n = numbering(ctx);
  // A draft whose numbering we cannot see (few numbered paragraphs) cannot be checked, nor one whose
  // numbers restart: they are not the numbers the text cites.
  if (n.known.size < 3 || numbersRestart(n)) return [];
  const deep = [...n.known].some((k) => k.includes('.'));
  const refs = references(ctx, n);
  const broken: Reference[] = [];
  const missing = new Set<string>();
  const referenced = new Set<string>();
  const problems: Problem[] = [];
  for (const r of refs) {
    const numbers = r.items.map((i) => i.number);
    numbers.forEach((x) => referenced.add(x));
    const absent = numbers.filter((x) => {
      if (Number(x.split('.')[0]) > MAX_SECTION) return false;
      // Where the draft numbers only top-level sections, "4.2" is checked as "4".
      return !n.known.has(deep ? x : x.split('.')[0]!);
    });
    if (absent.length > 0) {
      if (statuteBefore(ctx, r)) continue;
      absent.forEach((x) => missing.add(x));
      broken.push(r);
      continue;
    }
    const titles = wrongTitles(ctx, n, r);
    const p =
      titles.length > 0
        ? titles
        : [wrongDefinition(ctx, n, r) ?? selfReference(ctx, n, r) ?? wrongSubject(ctx, n, r) ?? noRight(ctx, n, r) ?? wrongTermSection(ctx, n, r) ?? wrongMoneyClause(ctx, n, r)];
    problems.push(...p.filter((x): x is Problem => x !== undefined));
  }
  for (const r of selfPointers(ctx, n)) problems.push({ r, key: 'self', params: { ref: r.items[0]!.number } });
  // References without the word "Section" are read only for what a termination is made under.
  for (const r of bareReferences(ctx, n)) {
    const p = noRight(ctx, n, r);
    if (p) problems.push(p);
  }
  // Real drafts have a stray broken reference or two; many means our section model is wrong.
  if (missing.size > Math.max(2, referenced.size * UNRELIABLE)) return [];
  const evidence = (list: Reference[]): Evidence[] => list.map((r) => quote(r.sentence, r.index, r.end));
  const out: RuleFinding[] = [];
  out.push(...draftingFinding(ctx, 'drafting.cross-reference', evidence(broken), { refs: listOf([...missing]) }));
  if (problems.length > 0) {
    const severity = problems.some(weighty) ? 'medium' : 'low';
    out.push(
      ...draftingFinding(
        ctx,
        'drafting.cross-reference',
        evidence([...new Set(problems.map((p) => p.r))]),
        { refs: listOf(described(problems)) },
        severity,
        'drafting.cross-reference-wrong',
      ),
    );
  }
  return out;
};
