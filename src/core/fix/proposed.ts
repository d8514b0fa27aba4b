import type { RenderedClause } from '../agreement/rendered';
import type { DocModel } from '../document';
import type { Finding, FixRef, ReviewResult } from '../findings';
import { t, type Locale } from '../i18n';
import type { Library } from '../library';
import { lang } from '../library/names';
import { segment } from '../review';
import { draftLanguages, fixesIn, fixText } from './clause';
import { clauseName, fixOutcomes } from './outcomes';
import { fixPlacement } from './placement';
import { definedOnceAmong } from './shown-together';

export interface ProposalOptions {
  /** The reader's language. */
  locale: Locale;
  companyName: string;
  /** The points whose fixes go in together (the open ones): their shared terms are defined once. */
  open: readonly Finding[];
}

/** The fixing clause as it would stand in the agreement: its heading ("7. Title") and its text. */
export interface ProposedClause {
  heading: string;
  text: string;
}

/**
 * What the issues list and the report propose for one point, as the redline of the open points
 * does it: the fixing clause in the draft's language, with the same clause in the reader's
 * language for reference where that is another (`reference`, under the words that say so); or,
 * where another point's fix already replaces the clause this one would (`covered`), that clause
 * named and the point whose fix it is.
 */
export type Proposal =
  | { kind: 'clause'; clause: ProposedClause; reference?: ProposedClause & { label: string } }
  | { kind: 'covered'; clause: string; by: Finding };

/**
 * Each finding's proposal; undefined where the redline only comments: no clause fixes the point,
 * or its clause has no place in the draft (it is numbered for another section than the one quoted,
 * and no other open point puts it in). The open points are placed together (fixOutcomes): a
 * clause goes in once, and a clause of the draft is replaced by the first fix for it only.
 */
export function proposals(library: Library, review: ReviewResult, doc: DocModel, { locale, companyName, open }: ProposalOptions): (f: Finding) => Proposal | undefined {
  // New sections numbered for the open points, as a redline of them numbers them.
  const inLanguage = fixesIn(library, review, doc, { companyName, fixing: open });
  const reader = lang(locale);
  const draft = draftLanguages(doc) ?? reader;
  const inDraft = definedOnceAmong(inLanguage(draft), open);
  // A draft in both languages gets its fixes in both: the reader's is there already.
  const inReader = reader === draft || draft === 'both' ? undefined : definedOnceAmong(inLanguage(reader), open);
  const segments = segment(doc);
  const outcomes = new Map(fixOutcomes(doc, segments, open.map((finding) => ({ finding, clause: finding.fix && inDraft(finding.fix) }))).map((o) => [o.finding, o]));
  // A clause goes in once for every open point it fixes, where any of them has a place for it.
  const going = new Set([...outcomes.values()].flatMap((o) => (o.kind === 'new' || o.kind === 'replace' ? [refKey(o.finding.fix!)] : [])));
  // A point set aside is shown with its fix as it would go in alone.
  const fits = (f: Finding, clause: RenderedClause): boolean => fixPlacement(doc, segments, f, clause).kind !== 'none';
  const label = t(locale, reader === 'zh' ? 'io.issues.inChinese' : 'io.issues.inEnglish');
  return (f) => {
    const outcome = outcomes.get(f);
    if (outcome?.kind === 'covered') return { kind: 'covered', clause: clauseName(outcome.span, locale), by: outcome.by };
    const clause = f.fix && inDraft(f.fix);
    if (!f.fix || !clause || !(outcome ? going.has(refKey(f.fix)) : fits(f, clause))) return undefined;
    const proposed = proposedClause(clause);
    const other = inReader?.(f.fix);
    const reference = other && proposedClause(other);
    if (!reference || (reference.heading === proposed.heading && reference.text === proposed.text)) return { kind: 'clause', clause: proposed };
    return { kind: 'clause', clause: proposed, reference: { ...reference, label } };
  };
}

const refKey = (fix: FixRef): string => `${fix.clause}/${fix.variant}`;

/** The fixing clause under its number and title, as it would stand in the agreement. */
function proposedClause(clause: RenderedClause): ProposedClause {
  return { heading: `${clause.number ? `${clause.number}. ` : ''}${clause.title}`, text: fixText(clause) };
}
