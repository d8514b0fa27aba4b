import type { RenderedClause } from '../agreement/rendered';
import type { DocModel } from '../document';
import type { Finding, FixRef, ReviewResult } from '../findings';
import { t, type Locale } from '../i18n';
import type { Library } from '../library';
import { lang } from '../library/names';
import { segment } from '../review';
import { fixesIn, fixText } from './clause';
import { draftLanguage } from './language';
import { fixPlacement } from './placement';
import { definedOnceAmong } from './shown-together';

export interface ProposalOptions {
  /** The reader's language. */
  locale: Locale;
  companyName: string;
  /** The points whose fixes go in together (the open ones): their shared terms are defined once. */
  open: readonly Finding[];
}

/**
 * Each finding's proposed text as an issues list shows it: the fixing clause under its number and
 * title in the draft's language, as the redline puts it in; where the reader reads another
 * language, the same clause in the reader's language follows for reference. Undefined where the
 * redline only comments: no clause fixes the point, or its clause has no place in the draft (it
 * is numbered for another section than the one quoted, and no other open point puts it in).
 */
export function proposals(library: Library, review: ReviewResult, doc: DocModel, { locale, companyName, open }: ProposalOptions): (f: Finding) => string | undefined {
  // New sections numbered for the open points, as a redline of them numbers them.
  const inLanguage = fixesIn(library, review, doc, { companyName, fixing: open });
  const reader = lang(locale);
  const draft = draftLanguage(doc) ?? reader;
  const inDraft = definedOnceAmong(inLanguage(draft), open);
  const inReader = reader === draft ? undefined : definedOnceAmong(inLanguage(reader), open);
  const segments = segment(doc);
  const fits = (f: Finding): boolean => {
    const clause = f.fix && inDraft(f.fix);
    return Boolean(clause && fixPlacement(doc, segments, f, clause).kind !== 'none');
  };
  // A clause goes in once for every open point it fixes, where any of them has a place for it.
  const going = new Set(open.filter(fits).map((f) => refKey(f.fix!)));
  return (f) => {
    const clause = f.fix && inDraft(f.fix);
    if (!f.fix || !clause || !(going.has(refKey(f.fix)) || fits(f))) return undefined;
    const text = proposedText(clause);
    const other = inReader?.(f.fix);
    const reference = other && proposedText(other);
    if (!reference || reference === text) return text;
    return `${text}\n\n${t(locale, reader === 'zh' ? 'io.issues.inChinese' : 'io.issues.inEnglish')}\n${reference}`;
  };
}

const refKey = (fix: FixRef): string => `${fix.clause}/${fix.variant}`;

/** The fixing clause under its number and title, as it would stand in the agreement. */
function proposedText(clause: RenderedClause): string {
  return `${clause.number ? `${clause.number}. ` : ''}${clause.title}\n${fixText(clause)}`;
}
