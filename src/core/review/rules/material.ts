import type { ReviewContext, Rule, Sentence } from '../context';
import { draftingHits } from './drafting';
import { mirrored, representedBy } from './representations';
import { ourSide, partyBefore, partyRefs, type Side } from './side';
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
 * clause of it, or "materially fails to comply with" one. A material violation of a law is not this
 * test, and still fires.
 */
const VIOLATES_AGREEMENT = /^materially\s+(?:violat\w*|fail\w*\s+to\s+(?:comply\s+with|perform))\s+(?:this\s+agreement|(?:any\s+of\s+(?:the|its)|any|one\s+or\s+more|a|the|its)\s+(?:(?:material\s+)?(?:term|provision|clause|covenant|obligation)s?)\b)/i;
/** The no-conflict representation: performing "does not materially conflict with" its other contracts. */
const NO_CONFLICT = /^materially\s+(?:conflict|contravene)\w*\s+with\b/i;
/** "Wrongful conduct that adversely and materially affected the business": the partnership statutes' order of the same term of art. */
const ADVERSELY_AND = /\badversely\s+and\s+$/i;
/** "A breach of a material provision", "breaches any material term": the material-breach test, from the provision's side. */
const BREACH_OF = /\bbreach(?:es|ed)?\s+(?:of\s+)?(?:a|an|any|any\s+other)\s+$/i;
const BREACHED = /^material\s+(?:terms?|provisions?|obligations?|covenants?)\b/i;
/**
 * "Any material default in, or material breach of, any of the material terms": the same test with
 * the terms said twice. Which of "its material obligations" count is still a point: that wants a list.
 */
const BREACH_OF_ANY = /\b(?:(?:breach|default)\s+(?:of|in|under),?|comply\s+with)\s+any\s+of\s+(?:the|its)\s+$/i;
const TERMS = /^material\s+(?:terms?|provisions?)\b/i;
/**
 * "Materially defaults in the performance of its material obligations": the obligations named inside a
 * default already qualified as material are the same test said twice, not a second measure.
 */
const MATERIALLY_IN = /\bmaterially\s+(?:default|breach|fail)\w*\s+(?:in|of|under|to\s+perform)\s+(?:the\s+performance\s+of\s+)?(?:any\s+of\s+)?(?:its|their|the|any)\s+$/i;
const OBLIGATIONS = /^material\s+(?:obligations?|terms?|provisions?|covenants?)\b/i;
/** "Forms a material part of this Agreement": a document made part of the agreement, no measure of anything. */
const PART_OF_AGREEMENT = /^material\s+part\s+of\s+this\s+agreement\b/i;
const MADE_PART = /\b(?:as|forms?|forming|constitutes?|constituting|is|are|be)\s+an?\s+$/i;
/**
 * "Performance materially affected by such Force Majeure": whether the event caused the failure,
 * the usual force majeure test. And the forward-looking statements legend ("actual results may
 * differ materially"). Neither is a measure the parties set.
 */
const CAUSED_BY_FORCE_MAJEURE = /^materially\s+(?:affect|interfer|prevent|hinder|impair|delay)\w*\s+(?:by|with)\s+(?:such\s+|a\s+|an\s+|the\s+|any\s+)?(?:force\s+majeure|event\s+of\s+force\s+majeure)/i;
const FORWARD_LOOKING = /\bactual\s+results\b|\bforward-looking\s+statements?\b/i;

/**
 * A force majeure threshold that binds whichever party is hit ("such party is materially hampered",
 * "the affected Party shall not in any material way have caused ... such Force Majeure event"): it
 * cuts both ways. One that names a party still fires: a force majeure right to terminate held by
 * one side alone puts the deal in that side's hands.
 */
const FORCE_MAJEURE = /\bforce\s+majeure\b|\b(?:beyond|outside|within)\s+(?:the\s+|its\s+|their\s+|(?:either|each|a|the)\s+party'?s\s+)?(?:reasonable\s+)?control\b/i;
const ANY_PARTY = /\b(?:either|each|the\s+affected|such|the\s+claiming|a|any)\s+part(?:y|ies)\b/i;
/** The indemnity notice's prejudice test in other words: a late notice that "materially diminishes the ability" to defend. */
const PREJUDICE = /^materially\s+(?:diminish|impair|prejudic|reduc|compromis)\w*\s+(?:the\s+|its\s+|such\s+)?(?:ability|rights?|defen[cs]e|position)\b/i;
/**
 * A measure a named person judges ("in the reasonable judgment of X, not materially less favorable",
 * "could, in such Party's reasonable opinion, materially damage its reputation"): the judgment is the measure.
 */
const JUDGED = /\b(?:judge?ment|opinion|discretion)\s+of\b[^.;:]{0,80}$|\bin\s+(?:[\w'’]+\s+){1,3}(?:judge?ment|opinion)\s{0,3},?\s{0,3}$/i;
/** "Has met the satisfaction of X in terms of space, staff ... and other factors materially affecting ...": X's satisfaction is the measure. */
const SATISFACTION = /\bsatisfaction\s+of\s+(?:the\s+)?[A-Z][^.;:]{0,200}$/;
/**
 * A statement of purpose opening a clause ("To assure that no shipper will be materially damaged
 * ..., Shipper will ..."): it says why the clause is there; the duty that follows sets the measure.
 */
const PURPOSE = /(?:^|[:.]\s+|\b\d{1,3}(?:\.\d{1,3}){0,4}\s+)(?:In\s+order\s+to|To)\s+(?:assure|ensure|avoid|prevent)\b[^,;:]*$/;
/**
 * The change of control's carve-out for a reorganisation "that does not result in a material change
 * in beneficial ownership": the equity plans' settled words for a change of form, not of owners.
 */
const OWNERSHIP = /^material\s+change\s+in\s+(?:the\s+)?(?:beneficial\s+)?ownership\b/i;
const REORGANISATION = /\b(?:reincorporat\w*|recapitali[sz]\w*|reorgani[sz]\w*|merger|consolidation)\b/i;
/**
 * "The material terms of this Agreement" kept confidential or announced: which terms are the deal's
 * main ones is what the parties disclose or withhold, not a threshold anything turns on.
 */
const MATERIAL_TERMS = /^material\s+terms\s+of\s+(?:this|the)\s+(?:Agreement|transactions?|arrangements?)\b/i;
const DISCLOSED = /\b(?:confidential\w*|non-disclosure|disclos\w*|publicly|announce\w*|press\s+release)\b/i;
/**
 * The securities filing's own list of an investor's plans, which standstills copy word for word: a
 * transaction involving "a material amount of assets", "any material change in the capitalization or
 * dividend policy", "any other material change in the Company's business or corporate structure".
 * Only in such a list (beside a business combination, a tender offer, a proxy or the capitalisation):
 * "any material change in its business" in a notice duty still fires.
 */
const INVESTOR_PLANS = /^material\s+(?:amount\s+of\s+(?:the\s+)?assets|change\s+in\s+(?:the\s+)?(?:present\s+)?(?:[\w'’]+\s+){0,2}(?:capitali[sz]ation|dividend|management|business|corporate\s+structure)\b)/i;
const PLANS_LIST = /\b(?:business\s+combination|extraordinary\s+(?:corporate\s+)?transaction|tender\s+(?:or\s+exchange\s+)?offer|proxy|capitali[sz]ation|dividend\s+policy)\b/i;
/** Trademark law's own test: use that "materially dilutes" a mark. */
const DILUTES = /^materially\s+dilut/i;
const MARKS = /\b(?:trade\s*marks?|service\s+marks?|marks)\b/i;

/**
 * Settled wordings that need no definition: a policy "canceled or materially altered" (the insurance
 * notice), "any material contract to which it is a party" (the no-conflict representation).
 */
const SETTLED = /^(?:materially\s+(?:alter|chang|modif|reduc)\w*|material\s+(?:change|modification|alteration|reduction)s?\b[^.;]{0,60}?\b(?:insurance|polic(?:y|ies)|coverage)|material\s+(?:contract|agreement|instrument)s?\s+(?:or\s+\w+\s+)?to\s+which\b)/i;
const INSURANCE_BEFORE = /\b(?:cancel+(?:ed|led|ation)?|canceled|cancelled)\s+or\s+$/i;
/** "In the event of cancellation, non-renewal or material modification": the insurance notice's own list, a policy or none named. */
const CANCEL_RENEW_BEFORE = /\bcancel\w*\s*,?\s+(?:or\s+)?non-?renewal\s*,?\s+or\s+$|\bnon-?renewal\s*,?\s+(?:or\s+)?cancel\w*\s*,?\s+or\s+$/i;
/** "The insurer shall not terminate or materially modify such policy": the same notice. */
const TERMINATED_OR = /\bterminat\w*\s+or\s+$/i;
const INSURANCE = /\binsur\w*|\bpolic(?:y|ies)\b/i;
/** A sentence that defines force majeure or a materiality term ("Material Adverse Effect"): its measure is the definition. */
const DEFINING = /["“](?:Force\s+Majeure(?:\s+Event)?|Material\s+Adverse\s+(?:Effect|Change))["”]|^\s*Material\s+Adverse\s+(?:Effect|Change)\s*:/;

/**
 * A duty, or a right, and the party whose it is: "Supplier shall ...", "Customer may ...". "Shall be
 * entitled to" grants a right, as "is entitled to" does: the "shall" in it binds no one.
 */
const MODAL = /\b(?:shall\s+have\s+the\s+right\s+to|(?:is|are|shall\s+be|will\s+be)\s+entitled\s+to|may|agrees?\s+to|undertakes?\s+to|shall|will|must)\b/gi;
/** Between a party and its verb: nothing, or an adverb ("Supplier shall", "Licensor hereby agrees to"). */
/** Or how it is to act, set off by commas: "The Transporter, acting reasonably and in good faith, shall be entitled to ...". */
// The comma before "acting" is taken with its spaces, not after more: two runs of spaces side by side
// would be tried in every split.
const SUBJECT_GAP = /^\s*(?:(?:,\s*)?acting\s+(?:reasonably|in\s+good\s+faith)(?:\s+and\s+(?:reasonably|in\s+good\s+faith))?\s*,\s*)?(?:\w+ly\s+|hereby\s+|also\s+)?$/i;
const RIGHT = /^(?:may|(?:is|are|shall\s+be|will\s+be)\s+entitled|shall\s+have\s+the\s+right)/i;
const TERMINATION_RIGHT = /\b(?:may|right\s+to|entitled\s+to)\s+terminate\b|\bterminate\s+this\s+agreement\b/i;

/**
 * A qualifier that is not ours to raise: "material" that narrows a duty of ours ("Supplier shall
 * remedy any material defect", when we are Supplier) or a right of the other side's other than to
 * terminate ("Customer may reject only for a material failure"); what is material is then ours to
 * argue, and asking for a definition would only widen what we owe. The same for a representation
 * we make, one each party makes (in the same words, or as "each Party represents"), and a duty or
 * representation of a party the draft does not place: a point we cannot say is for us is left out.
 * Termination rights are left alone: whoever holds them, an unmeasured trigger puts the deal itself
 * in dispute.
 */
function notOurs(ctx: ReviewContext, s: Sentence, index: number): boolean {
  const ours = ourSide(ctx);
  const who = governing(ctx, s.text, index) ?? triggered(ctx, s.text, index);
  // A representation is read for a right to terminate, not the word: "Contracts that will expire or
  // terminate" in a list of statements gives no one a right.
  if (!who && !TERMINATION_RIGHT.test(s.text) && represented(ctx, s, index, ours)) return true;
  if (!who || /\bterminat/i.test(s.text)) return false;
  if (!ours || who.side === 'both') return false;
  if (!who.side) return true;
  return RIGHT.test(who.modal) ? who.side !== ours : who.side === ours;
}

/** The duty or right that governs a qualifier: the nearest modal before it in its own clause with a party as its subject. */
function governing(ctx: ReviewContext, text: string, index: number): { side?: Side; modal: string } | undefined {
  const clause = text.slice(Math.max(0, index - 240), index);
  const modals: RegExpExecArray[] = [];
  MODAL.lastIndex = Math.max(clause.lastIndexOf(';'), clause.lastIndexOf(':')) + 1;
  for (let m = MODAL.exec(clause); m; m = MODAL.exec(clause)) modals.push(m);
  // "that will materially affect" has no party as its subject.
  for (let i = modals.length - 1; i >= 0; i--) {
    const modal = modals[i]!;
    const who = partyBefore(ctx, clause, modal.index);
    if (who && SUBJECT_GAP.test(clause.slice(who.index + who.text.length, modal.index))) return { ...(who.side ? { side: who.side } : {}), modal: modal[0] };
  }
  return undefined;
}

/**
 * The qualifier opens an impersonal condition, one no party brings about, and measures the event
 * itself ("If there is any material change in the Patents, ...", "In the event that any material
 * defect appears, ..."). Not "If any change requested by Customer materially affects Supplier's
 * costs, Supplier shall so inform Customer": there the measure opens Supplier's way to a new price.
 */
const IN_CONDITION = /(?:^|[.;:]\s{1,3})\s{0,3}(?:\(?[a-z0-9]{1,3}\)\s{1,3})?(?:If|Where|In\s+the\s+event(?:\s+that)?|Should)\s{1,3}(?:there\s{1,3}(?:is|are|be|occurs?)\s{1,3})?any\s{1,3}$/;

/**
 * The duty or right a condition triggers: "If there is any material change in the Patents, Supplier
 * shall provide updated information": the party after the condition's comma and its modal. The
 * qualifier narrows when that duty arises, so it is read as that duty's. Not where a party acts in
 * the condition ("If Customer requests a material change, Supplier shall re-price"): what is material
 * then decides that party's request as much as the duty.
 */
function triggered(ctx: ReviewContext, text: string, index: number): { side?: Side; modal: string } | undefined {
  if (!IN_CONDITION.test(text.slice(Math.max(0, index - 200), index))) return undefined;
  const rest = text.slice(index, index + 240);
  const comma = rest.search(/[,;]/);
  if (comma < 0 || rest.charAt(comma) === ';') return undefined;
  const main = rest.slice(comma + 1);
  MODAL.lastIndex = 0;
  const modal = MODAL.exec(main);
  if (!modal) return undefined;
  const who = partyBefore(ctx, main, modal.index);
  return who && SUBJECT_GAP.test(main.slice(who.index + who.text.length, modal.index)) ? { ...(who.side ? { side: who.side } : {}), modal: modal[0] } : undefined;
}

/**
 * A statement in a representation we make, one each party makes (as "each Party represents", or in
 * the same words for each), or one of a party we cannot place.
 */
function represented(ctx: ReviewContext, s: Sentence, index: number, ours: 'A' | 'B' | undefined): boolean {
  const by = representedBy(ctx, s, index);
  if (by === 'both' || (by && mirrored(ctx, s))) return true;
  return !!ours && (by === 'unknown' || by === ours);
}

/** A force majeure sentence that speaks of any party and names neither. */
function mutualForceMajeure(ctx: ReviewContext, text: string): boolean {
  if (!FORCE_MAJEURE.test(text) || !ANY_PARTY.test(text)) return false;
  return !partyRefs(ctx, text).some((r) => r.side === 'A' || r.side === 'B');
}

/** Undefined "material" or "materially", outside its terms of art. */
export const material: Rule = (ctx) => {
  const found = hits(ctx, MATERIAL, (h) => {
    if (!/^m/.test(h.text)) return false;
    const here = h.sentence.text.slice(h.index, h.index + 80);
    if (DEFINING.test(h.sentence.text) || CAUSED_BY_FORCE_MAJEURE.test(here)) return false;
    const before = h.sentence.text.slice(Math.max(0, h.index - 30), h.index);
    if ((ADVERSELY_AND.test(before) && /^materially/i.test(here)) || (BREACH_OF.test(before) && BREACHED.test(here)) || (BREACH_OF_ANY.test(before) && TERMS.test(here))) return false;
    if ((/\b(?:differ|vary)\s+$/i.test(before) || /^materially\s+different\b/i.test(here)) && FORWARD_LOOKING.test(h.sentence.text)) return false;
    if ((MATERIALLY_IN.test(h.sentence.text.slice(Math.max(0, h.index - 80), h.index)) && OBLIGATIONS.test(here)) || (MADE_PART.test(before) && PART_OF_AGREEMENT.test(here))) return false;
    if (VIOLATES_AGREEMENT.test(here) || NO_CONFLICT.test(here) || notOurs(ctx, h.sentence, h.index)) return false;
    if (SETTLED.test(here) && (!/^materially\s+(?:alter|chang|modif|reduc)/i.test(here) || INSURANCE_BEFORE.test(before) || (TERMINATED_OR.test(before) && INSURANCE.test(h.sentence.text)))) return false;
    if (mutualForceMajeure(ctx, h.sentence.text) || (PREJUDICE.test(here) && /\bindemnif/i.test(h.sentence.text))) return false;
    if (JUDGED.test(h.sentence.text.slice(Math.max(0, h.index - 120), h.index)) || (DILUTES.test(here) && MARKS.test(h.sentence.text))) return false;
    if (MATERIAL_TERMS.test(here) && DISCLOSED.test(h.sentence.text)) return false;
    if (CANCEL_RENEW_BEFORE.test(h.sentence.text.slice(Math.max(0, h.index - 60), h.index)) && /^material\s+(?:modification|change|alteration)/i.test(here)) return false;
    if (SATISFACTION.test(h.sentence.text.slice(Math.max(0, h.index - 240), h.index)) || PURPOSE.test(h.sentence.text.slice(0, h.index))) return false;
    if (OWNERSHIP.test(here) && REORGANISATION.test(h.sentence.text)) return false;
    if (INVESTOR_PLANS.test(here) && PLANS_LIST.test(h.sentence.text)) return false;
    return !TERM_OF_ART.test(here.slice(0, 40));
  });
  // A defined "Material" or "Materiality" sets the measure for every use.
  if (['Material', 'Materially', 'Materiality'].some((t) => isDefined(ctx, t))) return [];
  return draftingHits(ctx, 'drafting.material', found);
};
