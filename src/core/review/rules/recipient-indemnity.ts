import type { Rule } from '../context';
import { finding } from './finding';
import { weReceive } from './flow';
import { indemnityCap } from './liability-fix';
import { oursLimited } from './liability-words';
import { ourSide, partyBefore } from './side';
import { groupedEvidence, hits, substantive, type Hit } from './text';

// The promise to make the other side whole: "shall indemnify and hold harmless", "agrees to indemnify".
// "hereby indemnifies", and paying "all settlements, costs, damages and legal fees" of a claim.
const INDEMNIFIES =
  /\b(?:shall|will|agrees?\s+to|undertakes?\s+to|must|hereby)\s+(?:\w+\s+){0,2}?(?:indemnif(?:y|ies)|hold\s+(?:\w+\s+){0,8}?harmless)\b|\b(?:shall|will|agrees?\s+to|must)\s+pay\s+(?:all|any)\s+(?:[\w-]+,?\s+(?:and\s+)?){0,4}?settlements?\b/gi;
// What it covers, in an NDA: any breach, any loss or claim, what the recipient does with the information.
const REACH = /\b(?:breach\w*|any\s+and\s+all|(?:any|all)\s+(?:losses|damages|claims|liabilit\w+)|unauthori[sz]ed\s+(?:use|disclosure)|improper\s+(?:use|sharing)|performance)\b/i;
// The same promise in words of liability: "shall be fully liable for all damages", "liable to the Discloser
// for any and all losses", "responsible for all damage". Plain "liable for damages caused by its breach"
// restates the law and is not read; "fully" or "all" is what claims the whole of any loss.
const WHOLLY_LIABLE =
  /\b(?:fully|wholly|entirely|unlimitedly|unconditionally)\s+(?:liable|responsible)\s+(?:to\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?for\s+(?:any|all|every)\b|\b(?:liable|responsible)\s+(?:to\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?for\s+(?:all|any\s+and\s+all)\s+(?:[\w-]+,?\s+(?:(?:and|or)\s+)?){0,4}?(?:damages?|loss(?:es)?|harm)\b/gi;
const LOSS = /\b(?:damages?|loss(?:es)?|harm)\b/i;
// A cap or a fault threshold makes it a bounded promise: "up to", "shall not exceed", "gross negligence".
const BOUNDED = /\b(?:not\s+(?:to\s+)?exceed\w*|up\s+to\s+(?:a\s+)?(?:maximum|total|aggregate|amount)|capped|limited\s+to\s+(?:the\s+)?(?:amount|sum|fees?)|aggregate\s+liability|gross(?:ly)?\s+negligen\w*|wil(?:l)?ful\s+misconduct)\b/i;

// A party's label as drafts write it: "the undersigned", "Investor", "VENDOR", "the Receiving Party".
const LABEL = /\b(?:[Tt]he\s+)?(?:undersigned|[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?)\b/g;
// The label is the subject of what follows: nothing but "hereby" or "further" between them.
const SUBJECT_GAP = /^\s*(?:,\s*)?(?:hereby\s+|further\s+|also\s+)?$/;
// The secrecy duty: "Attendee will preserve as confidential", "the undersigned shall keep ... confidential".
const SECRECY =
  /\b((?:[Tt]he\s+)?(?:undersigned|[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?))\s+(?:shall|will|must|agrees?\s+to|undertakes?\s+to)\s+(?:not\s+)?(?:\w+\s+){0,2}?(?:keep|hold|maintain|preserve|treat|protect|safeguard|disclose|use)\b[^.;]{0,120}?\b[Cc]onfidential/g;

// Or the one disclosed to: "In consideration of the disclosure by BDO to the undersigned".
const DISCLOSED_TO = /\bdisclos\w*\s+(?:by\s+[A-Z][\w-]*\s+)?to\s+((?:[Tt]he\s+)?(?:undersigned|[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?))/g;

const labelKey = (label: string) => label.replace(/^the\s+/i, '').toLowerCase();

/** The label named just before `index`, as the subject of the verb there. */
function labelBefore(text: string, index: number): string | undefined {
  const from = Math.max(0, index - 60);
  const slice = text.slice(from, index);
  let last: RegExpExecArray | undefined;
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(slice); m; m = LABEL.exec(slice)) last = m;
  if (!last || !SUBJECT_GAP.test(slice.slice(last.index + last[0].length))) return undefined;
  return labelKey(last[0]);
}

/** The labels the draft binds to keep the information secret, or discloses it to: the receiving side, by its own words. */
function boundToSecrecy(ctx: Parameters<Rule>[0]): Set<string> {
  const out = new Set<string>();
  for (const s of ctx.sentences) {
    for (const re of [SECRECY, DISCLOSED_TO]) {
      re.lastIndex = 0;
      for (let m = re.exec(s.text); m; m = re.exec(s.text)) out.add(labelKey(m[1]!));
    }
  }
  // A label bound in both directions is no guide ("Each Party", a mutual form).
  for (const k of ['each party', 'party', 'parties', 'each', 'either party']) out.delete(k);
  return out;
}

/**
 * We receive, and the draft makes us indemnify the discloser for any loss a breach causes, or be
 * "fully liable for all damages" from it: uncapped, for acts of our representatives too, on top of an
 * injunction. An NDA carries no fee to price that risk. One that "each Party" gives the other is left
 * alone: in a mutual NDA it binds the discloser as much as us, and it only restates what the law of
 * breach gives each side anyway, however the flow of information leans.
 */
export const recipientIndemnity: Rule = (ctx) => {
  if (ctx.scenario !== 'pre-deal-disclosure' || !weReceive(ctx) || !ctx.topics.confidentiality.present) return [];
  const ours = ourSide(ctx);
  const bound = boundToSecrecy(ctx);
  const oursBinds = (text: string, index: number) => {
    const who = partyBefore(ctx, text, index);
    if (who !== undefined && who.side === ours) return true;
    // Labels the reader does not resolve to a side, or resolves by a rule of thumb ("the undersigned",
    // "Investor", "VENDOR"): the one indemnifying is ours if the draft binds it to the secrecy.
    // A label that names the discloser by its role stays theirs, whatever else binds it.
    const label = labelBefore(text, index);
    return label !== undefined && bound.has(label) && !/disclos/.test(label) && !(who !== undefined && who.side === 'both');
  };
  const open = (h: Hit) => substantive(ctx, h.sentence) && REACH.test(h.sentence.text) && !BOUNDED.test(h.sentence.text);
  const found = hits(ctx, INDEMNIFIES, (h) => open(h) && oursBinds(h.sentence.text, h.index));
  const indemnified = found.length;
  // Liability is bounded too by a cap or exclusion elsewhere that reaches us (a clause limiting both parties').
  if (!(ours && oursLimited(ctx, ours))) {
    const text = (h: Hit) => h.sentence.text;
    found.push(...hits(ctx, WHOLLY_LIABLE, (h) => open(h) && LOSS.test(text(h).slice(h.index, h.index + h.text.length + 60)) && oursBinds(text(h), beVerbAt(text(h), h.index))));
  }
  if (found.length === 0) return [];
  // A cap fixes an indemnity we give; "fully liable for all damages" alone is no indemnity for that cap to reach.
  const fix = indemnified > 0 && ours ? indemnityCap(ours) : { noFix: true };
  return [finding(ctx, { rule: 'one-sided.recipient-indemnity', topic: 'liability', severity: 'medium', kind: 'one-sided', ...fix, evidence: groupedEvidence(found) })];
};

/** "The Recipient shall be fully liable": the subject sits before "shall be", not before "fully". */
function beVerbAt(text: string, index: number): number {
  const m = /\b(?:shall|will|must|is|are)\s+(?:(?:also|be|held|remain|jointly\s+and\s+severally)\s+){0,3}$/i.exec(text.slice(Math.max(0, index - 60), index));
  return m ? Math.max(0, index - 60) + m.index : index;
}
