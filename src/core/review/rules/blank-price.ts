import type { Rule } from '../context';
import { draftingFinding } from './drafting';
import { firstAttachment } from './numbering';
import { groupedEvidence, hits } from './text';

/**
 * What a draft writes where a sum is still open: "TBD", "to be determined", "to be agreed", or a
 * placeholder ("[●]", "$______"). "To be determined by multiplying ..." is a formula, not a blank,
 * and "to enable the royalties to be determined" a purpose; only a value written as still open
 * ("the fee is to be determined", "Price: to be agreed") counts, or a sum named and left open where
 * it is named ("a revenue share to be determined on a case by case basis"). Redactions ("[***]") are filled in
 * the signed text and are not blanks. The sum's name is looked for behind "to", not before it: a
 * lookbehind first in an alternative is tried at every character of the draft.
 */
const OPEN_VALUE =
  /(?<![\w-])(?:TBD|TBA)(?![\w-])|(?:\b(?:is|are|be)\s+|[:=]\s*)(?:still\s+)?[Tt]o\s+be\s+(?:determined|agreed|confirmed|negotiated)\b(?!\s+(?:by\s+(?:multiplying|applying|dividing|adding|reference)|in\s+accordance|pursuant|under\b|as\s+(?:set|provided|described)|using\b|based\b|on\s+the\s+basis))|to(?<=\b(?:share|fees?|prices?|royalt(?:y|ies)|commissions?|compensation|rates?)\s{1,3}to)\s+be\s+(?:determined|agreed|negotiated)\b(?=\s*(?:[.;,)]|$|on\s+a\s+case[\s-]by[\s-]case|later\b|at\s+a\s+later|between\s+the\s+parties|by\s+(?:the\s+)?parties|by\s+mutual|in\s+good\s+faith|from\s+time\s+to\s+time))|\[\s*[●•·_]*\s*\]|\$\s*_{2,}|_{3,}/g;
/**
 * Placeholders a form leaves on purpose, to fill in each order or report: only the body's count, and
 * not in a line of several blanks ("FOR PERIOD OF ______ TO ______ ROYALTIES DUE $______"), which is
 * a form wherever the filed text runs it in.
 */
const PLACEHOLDER = /^(?:\[|\$|_)/;
const FORM_BLANKS = /_{3,}|\[\s*[●•·_]*\s*\]/g;
const isForm = (text: string) => (text.match(FORM_BLANKS)?.length ?? 0) >= 3;
/** The money the blank is the value of, named shortly before it in the same sentence. */
const MONEY = /\b(?:fees?|prices?|pricing|royalt(?:y|ies)|compensation|consideration|payments?|pay|charges?|rates?|costs?|sums?|milestones?|commissions?|(?:revenue|profit)\s+share)\b[^.;]{0,80}$/i;

/** The recital of consideration ("In consideration of …", "other good and valuable consideration, the receipt of which is acknowledged") prices nothing. */
const RECITED_CONSIDERATION = /\bin\s+consideration\s+of\b|\bvaluable\s+consideration\b/gi;

/**
 * A box left unticked beside an option, where a form offers a choice and marks the one taken with
 * an X ("X Rate Schedule A  _____ Rate Schedule B"): a blank between two capitalised options, in a
 * sentence with an option ticked. A blank before a sum's currency ("______ US Dollars") is a sum.
 */
const TICKED = /(?:^|\s)(?:X|\[\s?[Xx✓✔]\s?\]|[☒✓✔])\s+[A-Z]/;
/** The option's last word before the box, read as a token (a pattern anchored at the end would retry on long runs). */
const OPTION_WORD = /^[A-Z][\w'-]*$/;
const CURRENCY = /^(?:USD|RMB|EUR|GBP|US|HK)$/;
const optionBefore = (text: string) => /\s/.test(text.charAt(text.length - 1)) && ((w) => OPTION_WORD.test(w) && !CURRENCY.test(w))(text.trim().split(/\s+/).pop() ?? '');
const BOX_AFTER = /^\s+(?!(?:Dollars?|Euros?|Yuan|Renminbi|RMB|USD|EUR|GBP|US|Pounds?|Percent|Cents?)\b)[A-Z]/;
const uncheckedBox = (h: { text: string; index: number; sentence: { text: string } }) =>
  h.text.startsWith('_') &&
  TICKED.test(h.sentence.text) &&
  optionBefore(h.sentence.text.slice(Math.max(0, h.index - 30), h.index)) &&
  BOX_AFTER.test(h.sentence.text.slice(h.index + h.text.length, h.index + h.text.length + 30));

/** Where something is sent: "will send invoices for Fees owed by Partner to: [___]" leaves an address open, not a sum. */
const SENT = /\b(?:send|sends|sent|deliver|delivers|delivered|submit|submits|submitted|mail|mails|mailed|e-?mail|e-?mails|address|addressed|direct|directed)\b/i;
const sentTo = (lead: string) => {
  const t = lead.trimEnd();
  return (t.endsWith(' to:') || t.endsWith(' to')) && SENT.test(t);
};

/** A fee, price or royalty left to be determined: what one side pays the other is not yet agreed. */
export const blankPrice: Rule = (ctx) => {
  const bodyEnd = firstAttachment(ctx);
  const found = hits(ctx, OPEN_VALUE, (h) => {
    if (PLACEHOLDER.test(h.text) && (h.sentence.paragraph >= bodyEnd || isForm(h.sentence.text) || uncheckedBox(h))) return false;
    const lead = h.sentence.text.slice(Math.max(0, h.index - 100), h.index);
    return !sentTo(lead) && MONEY.test(lead.replace(RECITED_CONSIDERATION, ' '));
  });
  return draftingFinding(ctx, 'drafting.blank-price', groupedEvidence(found), { count: found.length }, 'medium');
};
