import type { Rule } from '../context';
import { draftingHits } from './drafting';
import { hits, inHeading } from './text';

/** "shall be" with a past participle: passive, so no one has the duty. */
const PASSIVE =
  /\bshall\s+(?:not\s+)?(?:\w+ly\s+)?be\s+(?:\w+ly\s+)?(?:[a-z]+ed|[a-z]+en|paid|sent|made|held|given|done|sold|kept|deemed|construed|governed|bound|borne|brought|built|dealt|found|laid|left|lent|lost|met|put|read|set|shown|sought|spent|struck|told|thought|understood|withdrawn|won|written)\b/g;
/** A thing as the subject of "shall": an agreement, a section, a notice, a payment. */
const INANIMATE =
  /\b(?:Agreement|agreement|Section|section|Article|article|[Cc]lause|[Nn]otices?|[Pp]ayments?|[Pp]rovisions?|[Ff]ees|[Pp]rices?|[Ii]nvoices?|[Rr]eports?|[Aa]mendments?|[Ww]aivers?|[Oo]bligations|[Ww]arrant(?:y|ies)|[Tt]erm|Effective\s+Date|[Ll]icen[cs]es?|[Rr]ights)\s+(?:hereunder\s+|herein\s+|hereof\s+)?shall\b(?!\s+(?:not\s+)?be\s)/g;
/** "Shall have the right to" grants discretion, which "may" says plainly. */
const DISCRETION = /\bshall\s+have\s+the\s+(?:right|option|discretion)\b/g;
/** Participles that read as adjectives after "be": "shall be open", not a passive. */
const ADJECTIVES = /\bbe\s+(?:open|even|given\s+to\s+understand)\b/;

/** "Shall" that states no party's duty: passive voice, an inanimate subject, or a right. */
export const shallMisuse: Rule = (ctx) => {
  const found = [
    ...hits(ctx, PASSIVE, (h) => !inHeading(ctx, h.sentence) && !ADJECTIVES.test(h.text)),
    ...hits(ctx, INANIMATE, (h) => !inHeading(ctx, h.sentence)),
    ...hits(ctx, DISCRETION, (h) => !inHeading(ctx, h.sentence)),
  ].sort((a, b) => a.sentence.paragraph - b.sentence.paragraph || a.sentence.start - b.sentence.start || a.index - b.index);
  const sentences = new Set(found.map((h) => h.sentence));
  return draftingHits(ctx, 'drafting.shall', found, { count: sentences.size });
};
