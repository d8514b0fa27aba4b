import type { TablePosition } from '../../document';
import type { ReviewContext, Sentence } from '../context';
import { labelSide } from './role-labels';
import { unsquashed } from './signature-columns';
import { isLetterHeading, letterName, letterSide } from './signature-letters';
import { surnameOf } from './surnames';

// The signature page tells which name signs in which role: a role heading ("LICENSOR", "CONSULTANT:"),
// then the signing company's name, a signature line ("By: ____", "Signature: ____") and the signer's
// "Name:" and "Title:". Where the opening leaves a party's role unsaid, or names a person who signs as
// a party only loosely ("the consultant named below"), the block completes it. It never overrides
// what the opening gives: the caller fills in only sides still unknown.

/** One block under a role heading. */
export interface SignatureBlock {
  /** The heading as written, without its colon: "LICENSOR", "Consultant", "PARTY A". */
  label: string;
  /** A role label in brackets beside it: "LICENSOR" of "PARTY A (LICENSOR)". */
  also?: string;
  /** The company that signs, where a line names it: "NORTHWIND ANALYTICS INC.". */
  entity?: string;
  /** The person named on the "Name:" line. */
  signer?: string;
  /** Whether the block says the signer signs for someone else: a "By:" line, a "Title:" or "Its:" line, a company placeholder. */
  forOther: boolean;
}

// A line that signs: "By: ____", "Signature: ____", "Signed:", "By /s/ …"; not "By signing this Agreement".
const SIGN_ROW = /^(?:By|BY|Signature|SIGNATURE|Signed|SIGNED)\s{0,3}(?::|_{2}|\/s\/|$)/;
const NAME_ROW = /^(?:Print(?:ed)?\s{1,3})?(?:Name|NAME)\s{0,3}:/i;
const TITLE_ROW = /^(?:Title|TITLE|Its|ITS|Position|Capacity)\s{0,3}:/;
const DATE_ROW = /^(?:Date|DATE|Dated|Address|Email|E-mail)\b/;
// A heading that introduces the signer: "For and on behalf of the Licensor:", "THE CONSULTANT".
const HEADING_LEAD = /^(?:(?:for\s{1,3}and\s{1,3})?on\s{1,3}behalf\s{1,3}of\s{1,3}|for\s{1,3})?(?:the\s{1,3})?/i;
// A person's name: two to four capitalised words or initials.
const PERSON = /^[A-Z][A-Za-z'’.-]{0,30}(?:\s{1,3}[A-Z][A-Za-z'’.-]{0,30}){1,3}$/;
/** How many lines after a heading its block may run. */
const BLOCK_LINES = 7;
const LONGEST_LINE = 80;

// A heading with a second name in brackets: "PARTY A (LICENSOR)", "LICENSEE (Party B)".
const BRACKETED = /^([A-Z][A-Za-z -]{2,30}?)\s{0,3}\(\s{0,3}(?:the\s{1,3})?([A-Za-z][A-Za-z -]{2,30}?)\s{0,3}\)$/;
// A name line that says whose name it is: "Name of Consultant", "Consultant's Name", "Employee Name".
const NAMED_LINE = /^(?:(?:Print(?:ed)?\s{1,3})?Name\s{1,3}of\s{1,3}(?:the\s{1,3})?([A-Z][A-Za-z-]{2,20}(?:\s[A-Z][A-Za-z-]{2,20})?)|([A-Z][A-Za-z-]{2,20}(?:\s[A-Z][A-Za-z-]{2,20})?)(?:['’]s)?\s{1,3}(?:Print(?:ed)?\s{1,3})?Name)$/;
const COMPANY_FORM = /\b(?:Inc|Ltd|LLC|LLP|Limited|Corp|Corporation|Company|Co|GmbH|AG|plc|PLC|LTD|INC|CORP)\b/;
const isLabel = (label: string) => /^[A-Z][A-Za-z -]{2,30}$/.test(label) && label.split(' ').length <= 3;

/**
 * The role heading a short line is, or nothing: the line holds the heading alone, or the heading
 * and the name after a colon. A name line that says whose it is ("Consultant's Name: Jane Doe") heads
 * the block of the person who signs under it (`person`).
 */
function heading(text: string): { label: string; also?: string; rest: string; person?: boolean } | undefined {
  if (text.length > LONGEST_LINE) return undefined;
  const lead = HEADING_LEAD.exec(text)![0];
  const body = text.slice(lead.length);
  const colon = body.indexOf(':');
  const whole = (colon >= 0 ? body.slice(0, colon) : body).trim();
  const rest = colon >= 0 ? body.slice(colon + 1).trim() : '';
  const named = colon >= 0 ? NAMED_LINE.exec(whole) : null;
  // Only a person's name: "Company Name: ACME LTD" heads no one's block.
  if (named) return PERSON.test(filled(rest)) && !COMPANY_FORM.test(rest) ? { label: (named[1] ?? named[2])!, rest: filled(rest), person: true } : undefined;
  const bracketed = BRACKETED.exec(whole);
  if (bracketed && isLabel(bracketed[1]!) && isLabel(bracketed[2]!)) return { label: bracketed[1]!, also: bracketed[2]!, rest };
  return isLabel(whole) ? { label: whole, rest } : undefined;
}

/** Whether `isRole` accepts the heading or the name in brackets beside it. */
const accepted = (h: { label: string; also?: string }, isRole: (label: string) => boolean) => isRole(h.label) || (h.also !== undefined && isRole(h.also));

/** What a signature or name line holds once its blanks and "/s/" marks are taken out. */
function filled(text: string): string {
  return text
    .replace(/^[^:]{0,30}:/, '')
    .replace(/\/s\/|_{2,}|-{3,}/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A line that names a company: not a placeholder ("[COMPANY NAME]", "{company_name}"), a blank or another labelled line. */
function entityLine(text: string): string | undefined {
  const t = text.trim().replace(/,$/, '');
  if (t.length < 3 || t.length > LONGEST_LINE || /[[\]{}<>:]|_{3}/.test(t) || !/^[A-Z0-9]/.test(t)) return undefined;
  return t;
}

/**
 * The lines as a signer reads them: a signature table's columns one after another, each from its
 * top row down ("LICENSOR", its company, "By:" under it), not row by row across both parties.
 */
function byColumn(sentences: readonly Sentence[], tableOf: (paragraph: number) => TablePosition | undefined): readonly Sentence[] {
  const keyed = sentences.map((s, i) => ({ s, i, at: tableOf(s.paragraph) }));
  if (!keyed.some((k) => k.at)) return sentences;
  let first = -1;
  const keys = keyed.map((k, n) => {
    if (!k.at) return [k.i, 0, 0, k.i];
    if (n === 0 || keyed[n - 1]!.at?.table !== k.at.table) first = k.i;
    return [first, k.at.cell, k.at.row, k.i];
  });
  return keyed
    .map((k, n) => ({ s: k.s, key: keys[n]! }))
    .sort((a, b) => a.key[0]! - b.key[0]! || a.key[1]! - b.key[1]! || a.key[2]! - b.key[2]! || a.key[3]! - b.key[3]!)
    .map((k) => k.s);
}

/**
 * The signature blocks under a heading `isRole` accepts. A block is one only where a signature line
 * follows its heading within a few lines; a heading alone in the terms ("CONFIDENTIALITY") has none.
 */
export function signatureBlocks(read: readonly Sentence[], isRole: (label: string) => boolean, tableOf: (paragraph: number) => TablePosition | undefined = () => undefined): SignatureBlock[] {
  const out: SignatureBlock[] = [];
  const sentences = byColumn(read, tableOf);
  for (let i = 0; i < sentences.length; i++) {
    const h = heading(sentences[i]!.text.trim());
    if (!h || !accepted(h, isRole)) continue;
    const block: SignatureBlock = { label: h.label, ...(h.also ? { also: h.also } : {}), forOther: false };
    if (h.person) block.signer = h.rest;
    else if (h.rest && !SIGN_ROW.test(h.rest)) block.entity = entityLine(h.rest);
    let signed = false;
    let j = i + 1;
    for (; j < sentences.length && j <= i + BLOCK_LINES; j++) {
      const text = sentences[j]!.text.trim();
      const next = heading(text);
      if (next && accepted(next, isRole)) break;
      if (SIGN_ROW.test(text)) {
        signed = true;
        // "By:" signs for a company; a person signs on a "Signature:" line.
        if (/^by\b/i.test(text)) block.forOther = true;
      } else if (NAME_ROW.test(text)) {
        const name = filled(text);
        if (PERSON.test(name)) block.signer = name;
      } else if (TITLE_ROW.test(text)) block.forOther = true;
      else if (!signed && !block.entity && !DATE_ROW.test(text)) {
        block.entity = entityLine(text);
        if (!block.entity && /[[{<]/.test(text)) block.forOther = true;
      }
    }
    if (signed) out.push(block);
    i = j - 1;
  }
  return out;
}

/**
 * People who sign in person in a block of their own with no heading: a "Name:" line right above a
 * "Signature:" line, with no title, no company and no "By:" (an individual consultant beside the
 * company's headed block). A "Name:" line closing a headed block that has not yet signed is its signer's.
 */
function unheadedSigners(read: readonly Sentence[], isRole: (label: string) => boolean): string[] {
  const out: string[] = [];
  // Whether the lines since the last heading have signed already: a name line then opens a new block.
  let open = false;
  let signed = true;
  for (let i = 0; i < read.length; i++) {
    const text = read[i]!.text.trim();
    const h = heading(text);
    if (h && accepted(h, isRole)) [open, signed] = [true, false];
    else if (SIGN_ROW.test(text)) signed = true;
    else if (NAME_ROW.test(text) && (!open || signed)) {
      const name = filled(text);
      const next = read[i + 1]?.text.trim() ?? '';
      const after = read.slice(i + 2, i + 4).map((s) => s.text.trim());
      if (PERSON.test(name) && SIGN_ROW.test(next) && !/^by\b/i.test(next) && !after.some((t) => TITLE_ROW.test(t) || NAME_ROW.test(t))) out.push(name);
    }
  }
  return out;
}

/**
 * The names a signature page places on a side. A heading that is a role label ("LICENSOR") or a
 * party's short name ("COMPANY" for the "Company") gives the side: a found party whose name the
 * block gives takes it where nothing else did (`partySides` is filled in); a company signing where
 * the opening names fewer than two, and a person who signs in person (on a "Signature:" line, with
 * no company or title), with the surname the terms call them by, are returned with it. A heading
 * "PARTY A" takes the side of the role beside it or of what the terms have "Party A" do, and gives
 * it to the letter and the company under it.
 */
export function signedParties(ctx: ReviewContext, partySides: ('A' | 'B' | 'both' | undefined)[]): [string, 'A' | 'B'][] {
  const shortOf = (label: string) => ctx.parties.findIndex((p) => p.shortName?.toLowerCase() === label.toLowerCase());
  const sideOf = (label: string): 'A' | 'B' | undefined => {
    // An "Owner" may own the technology or the plant it is worked on: its side is the opening's to give.
    const side = (label.toLowerCase() === 'owner' ? undefined : labelSide(label, ctx.scenario)) ?? partySides[shortOf(label)];
    return side === 'A' || side === 'B' ? side : undefined;
  };
  const out: [string, 'A' | 'B'][] = [];
  const tableOf = (paragraph: number) => ctx.doc.paragraphs[paragraph]?.table;
  const isRole = (l: string) => !!labelSide(l, ctx.scenario) || shortOf(l) >= 0 || isLetterHeading(ctx, l);
  const read = unsquashed(ctx.sentences, ctx.doc.paragraphs);
  for (const b of signatureBlocks(read, isRole, tableOf)) {
    // "PARTY A (LICENSOR)": the letter's side is the label's, where the opening gives the letter none.
    const side = sideOf(b.label) ?? (b.also ? sideOf(b.also) : undefined) ?? letterSide(ctx, b.label);
    const letter = letterName(b.label);
    if (letter && side) {
      const own = shortOf(letter);
      if (own >= 0) partySides[own] ??= side;
      else out.push([letter, side]);
    }
    if (b.entity) {
      const lower = b.entity.toLowerCase();
      const i = lower.length < 5 ? -1 : ctx.parties.findIndex((p) => lower.includes(p.name.toLowerCase()) || p.name.toLowerCase().includes(lower));
      if (i >= 0 && side) partySides[i] ??= side;
      else if (i < 0 && side && ctx.parties.length < 2) out.push([b.entity, side]);
    } else if (b.signer && !b.forOther && side) {
      const surname = surnameOf(ctx, b.signer);
      out.push([b.signer, side], ...(surname ? [[surname, side] as [string, 'A' | 'B']] : []));
      // One company and the person who signs in person: two parties, one on each side.
      if (ctx.parties.length === 1 && !partySides[0] && shortOf(b.label) < 0) partySides[0] = side === 'A' ? 'B' : 'A';
    }
  }
  // One company, placed, and one person who signs in a block of their own: the person is the other party.
  const company = partySides[0];
  const people = ctx.parties.length === 1 && (company === 'A' || company === 'B') && out.length === 0 ? unheadedSigners(read, isRole) : [];
  if (people.length === 1 && !namesCompanyParty(ctx, people[0]!)) {
    const side = company === 'A' ? 'B' : 'A';
    const surname = surnameOf(ctx, people[0]!);
    out.push([people[0]!, side], ...(surname ? [[surname, side] as [string, 'A' | 'B']] : []));
  }
  return out;
}

/** Whether a signer's name is the company party's own (a name line repeating it). */
function namesCompanyParty(ctx: ReviewContext, name: string): boolean {
  return ctx.parties.some((p) => p.name.toLowerCase().includes(name.toLowerCase()));
}
