import type { ReviewContext, Rule } from '../context';
import { draftingHits } from './drafting';
import { ourSide, partyBefore } from './side';
import { hits, isDefined } from './text';

/** "Material" as a measure ("material breach", "materially"), not the noun ("promotional material"). */
const MATERIAL =
  /\bmaterially\b|\bmaterial\s+(?:breach\w*|default\w*|respects?|adverse\w*|changes?|terms?|obligations?|provisions?|facts?|way|extent|part|portion|impact|effect|amount|modifications?|violations?|failures?|non-?compliance|misrepresentations?|conditions?|liabilit\w*|loss\w*|deviations?|defects?|harm|damage|reduction|increase|decrease|difference|interest|contracts?)\b/gi;

/**
 * Terms of art that courts have long construed: "material breach" (and "materially breaches"),
 * "material adverse effect" (and "materially and adversely affect"), "in all material respects" and the securities laws' "material fact" (an
 * untrue statement of, or an omission to state, a material fact), and the indemnity notice's prejudice
 * test ("unless the indemnifying party is materially prejudiced"). Asking for a definition of these is noise.
 */
const TERM_OF_ART = /^(?:material\s+(?:breach|default|adverse|respect|facts?\b|failure\s+of\s+consideration)|materially\s+(?:and\s+)?(?:breach|default|advers|prejudic))/i;
/**
 * The material-breach test in other words: a party that "materially violates" this agreement or a
 * clause of it. A material violation of a law is not this test, and still fires.
 */
const VIOLATES_AGREEMENT = /^materially\s+violat\w*\s+(?:this\s+agreement|(?:any|one\s+or\s+more|a|the|its)\s+(?:(?:material\s+)?(?:term|provision|clause|covenant|obligation)s?)\b)/i;
/** The no-conflict representation: performing "does not materially conflict with" its other contracts. */
const NO_CONFLICT = /^materially\s+(?:conflict|contravene)\w*\s+with\b/i;
/** "Wrongful conduct that adversely and materially affected the business": the partnership statutes' order of the same term of art. */
const ADVERSELY_AND = /\badversely\s+and\s+$/i;
/** "A breach of a material provision", "breaches any material term": the material-breach test, from the provision's side. */
const BREACH_OF = /\bbreach(?:es|ed)?\s+(?:of\s+)?(?:a|an|any|any\s+other)\s+$/i;
const BREACHED = /^material\s+(?:terms?|provisions?|obligations?|covenants?)\b/i;
/**
 * "Performance materially affected by such Force Majeure": whether the event caused the failure,
 * the usual force majeure test. And the forward-looking statements legend ("actual results may
 * differ materially"). Neither is a measure the parties set.
 */
const CAUSED_BY_FORCE_MAJEURE = /^materially\s+(?:affect|interfer|prevent|hinder|impair|delay)\w*\s+(?:by|with)\s+(?:such\s+|a\s+|an\s+|the\s+|any\s+)?(?:force\s+majeure|event\s+of\s+force\s+majeure)/i;
const FORWARD_LOOKING = /\bactual\s+results\b|\bforward-looking\s+statements?\b/i;

/**
 * Settled wordings that need no definition: a policy "canceled or materially altered" (the insurance
 * notice), "any material contract to which it is a party" (the no-conflict representation).
 */
const SETTLED = /^(?:materially\s+(?:alter|chang|modif|reduc)\w*|material\s+(?:change|modification|alteration|reduction)s?\b[^.;]{0,60}?\b(?:insurance|polic(?:y|ies)|coverage)|material\s+(?:contract|agreement|instrument)s?\s+(?:or\s+\w+\s+)?to\s+which\b)/i;
const INSURANCE_BEFORE = /\b(?:cancel+(?:ed|led|ation)?|canceled|cancelled)\s+or\s+$/i;
/** A sentence that defines force majeure or a materiality term ("Material Adverse Effect"): its measure is the definition. */
const DEFINING = /["“](?:Force\s+Majeure(?:\s+Event)?|Material\s+Adverse\s+(?:Effect|Change))["”]|^\s*Material\s+Adverse\s+(?:Effect|Change)\s*:/;

/** A duty, or a right, and the party whose it is: "Supplier shall ...", "Customer may ...". */
const MODAL = /\b(?:shall\s+have\s+the\s+right\s+to|is\s+entitled\s+to|may|agrees?\s+to|undertakes?\s+to|shall|will|must)\b/gi;
/** Between a party and its verb: nothing, or an adverb ("Supplier shall", "Licensor hereby agrees to"). */
const SUBJECT_GAP = /^\s*(?:\w+ly\s+|hereby\s+|also\s+)?$/;
const RIGHT = /^(?:may|is\s+entitled|shall\s+have\s+the\s+right)/i;

/**
 * A qualifier in our favour: "material" that narrows a duty of ours ("Supplier shall remedy any
 * material defect", when we are Supplier) or a right of the other side's other than to terminate
 * ("Customer may reject only for a material failure"). What is material is then ours to argue, and
 * asking for a definition would only widen what we owe. Termination rights are left alone: whoever
 * holds them, an unmeasured trigger puts the deal itself in dispute.
 */
function favoursUs(ctx: ReviewContext, text: string, index: number): boolean {
  const ours = ourSide(ctx);
  if (!ours || /\bterminat/i.test(text)) return false;
  // The duty or right that governs the qualifier: the last one before it in its own clause.
  const start = Math.max(0, index - 240);
  const clause = text.slice(start, index);
  const from = Math.max(clause.lastIndexOf(';'), clause.lastIndexOf(':')) + 1;
  const modals: RegExpExecArray[] = [];
  MODAL.lastIndex = from;
  for (let m = MODAL.exec(clause); m; m = MODAL.exec(clause)) modals.push(m);
  // The nearest modal with a party as its subject ("that will materially affect" has none).
  for (let i = modals.length - 1; i >= 0; i--) {
    const modal = modals[i]!;
    const who = partyBefore(ctx, clause, modal.index);
    if (!who || !SUBJECT_GAP.test(clause.slice(who.index + who.text.length, modal.index))) continue;
    if (!who.side || who.side === 'both') return false;
    return RIGHT.test(modal[0]) ? who.side !== ours : who.side === ours;
  }
  return false;
}

/** Undefined "material" or "materially", outside its terms of art. */
export const material: Rule = (ctx) => {
  const found = hits(ctx, MATERIAL, (h) => {
    if (!/^m/.test(h.text)) return false;
    const here = h.sentence.text.slice(h.index, h.index + 80);
    if (DEFINING.test(h.sentence.text) || CAUSED_BY_FORCE_MAJEURE.test(here)) return false;
    const before = h.sentence.text.slice(Math.max(0, h.index - 30), h.index);
    if ((ADVERSELY_AND.test(before) && /^materially/i.test(here)) || (BREACH_OF.test(before) && BREACHED.test(here))) return false;
    if ((/\b(?:differ|vary)\s+$/i.test(before) || /^materially\s+different\b/i.test(here)) && FORWARD_LOOKING.test(h.sentence.text)) return false;
    if (VIOLATES_AGREEMENT.test(here) || NO_CONFLICT.test(here) || favoursUs(ctx, h.sentence.text, h.index)) return false;
    if (SETTLED.test(here) && (!/^materially\s+(?:alter|chang|modif|reduc)/i.test(here) || INSURANCE_BEFORE.test(h.sentence.text.slice(Math.max(0, h.index - 20), h.index)))) return false;
    return !TERM_OF_ART.test(here.slice(0, 40));
  });
  // A defined "Material" or "Materiality" sets the measure for every use.
  if (['Material', 'Materially', 'Materiality'].some((t) => isDefined(ctx, t))) return [];
  return draftingHits(ctx, 'drafting.material', found);
};
