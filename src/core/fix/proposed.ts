import type { RenderedClause } from '../agreement/rendered';
import type { DocModel } from '../document';
import type { Finding, FixRef, ReviewResult } from '../findings';
import { t, type Locale } from '../i18n';
import type { Library } from '../library';
import { lang } from '../library/names';
import { segment } from '../review';
import { draftLanguages, fixesIn, fixText, type FixClause } from './clause';
import { clauseName, fixOutcomes, type FixOutcome } from './outcomes';
import { fixPlacement, type FixPlacement } from './placement';
import { besideBoxIn } from './beside-box';
import { conformLine, newSectionLine } from './conform-note';
import { bilingualApart } from './language';
import { chinesePrevails } from './twin-apart';
import { languageOf } from '../review/bilingual/pairs';
import { definedOnceAmong, definedOnceTogether } from './shown-together';
import { inDraftStyleAt } from './in-draft-style';
import { draftNumbering } from './draft-numbering';

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
 * language for reference where that is another (`reference`, under the words that say so); where
 * another point's fix goes in with this one's as one change to the same clause (`joined`), that
 * clause named and the point under which the joined text stands; or, where another point's fix
 * already replaces the clause this one would and the two cannot be joined (`covered`), the same;
 * or that the clause stands in both languages apart and a fix in one is not put in (`twin`).
 * `conform`: where the fix goes into the English of a clause whose Chinese stands apart, the line
 * that says the Chinese is to be conformed to it (and governs until then, where it prevails), as
 * the redline's comment on the Chinese says; for a new section in English in such a draft, that
 * its Chinese text is to be added.
 */
export type Proposal =
  | { kind: 'clause'; clause: ProposedClause; reference?: ProposedClause & { label: string }; conform?: string }
  | { kind: 'joined'; clause: string; by: Finding }
  | { kind: 'covered'; clause: string; by: Finding }
  | { kind: 'twin' };

/**
 * Each finding's proposal; undefined where the redline only comments: no clause fixes the point,
 * or its clause has no place in the draft (it is numbered for another section than the one quoted,
 * and no other open point puts it in). The open points are placed together (fixOutcomes): a
 * clause goes in once, two fixes for one clause of the draft go in as one, and the terms of the
 * clauses that go in are defined once among them.
 */
export function proposals(library: Library, review: ReviewResult, doc: DocModel, { locale, companyName, open }: ProposalOptions): (f: Finding) => Proposal | undefined {
  // New sections numbered for the open points, as a redline of them numbers them.
  const inLanguage = fixesIn(library, review, doc, { companyName, fixing: open });
  const reader = lang(locale);
  const draft = draftLanguages(doc) ?? reader;
  const segments = segment(doc);
  const style = draftNumbering(doc);
  // A fix whose quote sits in a text box goes beside it, as the redline puts it (besideBoxIn).
  const besideBox = besideBoxIn(doc, segments.sections);
  const placed = (fixes: FixClause) => new Map(fixOutcomes(doc, segments, open.map((finding) => ({ finding, clause: finding.fix && fixes(finding.fix) })), besideBox).map((o) => [o.finding, o]));
  // As the redline words them: the clauses that go in (joined ones as one), each term defined once among them.
  const goingIn = (outcomes: Map<Finding, FixOutcome>) => {
    const going = [...outcomes.values()].flatMap((o) => (o.kind === 'new' || o.kind === 'replace' ? [o] : []));
    // Keyed as definedOnceTogether keys them: it numbers each clause as defined once among them, a new object.
    const key = (c: RenderedClause): string => `${c.clauseId}/${c.variantId}`;
    const placementOf = new Map([...going].reverse().map((o) => [key(o.clause), outcomePlacement(o)]));
    return definedOnceTogether(
      going.map((o) => o.clause),
      (clause) => inDraftStyleAt(doc, clause, placementOf.get(key(clause))!, style),
    );
  };
  const inDraft = inLanguage(draft);
  const outcomes = placed(inDraft);
  const together = goingIn(outcomes);
  // A draft in both languages gets its fixes in both: the reader's is there already.
  const readerFixes = reader === draft || draft === 'both' ? undefined : inLanguage(reader);
  const inReader = readerFixes && placed(readerFixes);
  const togetherInReader = inReader && goingIn(inReader);
  const goingKeys = new Set([...outcomes.values()].flatMap((o) => (o.kind === 'new' || o.kind === 'replace' || o.kind === 'joined' ? [refKey(o.finding.fix!)] : [])));
  // A point set aside is shown with its fix as it would go in alone.
  const alone = definedOnceAmong(inDraft, open);
  const aloneInReader = readerFixes && definedOnceAmong(readerFixes, open);
  const fits = (f: Finding, clause: RenderedClause): boolean => fixPlacement(doc, segments, f, clause).kind !== 'none';
  const label = t(locale, reader === 'zh' ? 'io.issues.inChinese' : 'io.issues.inEnglish');
  // A new section in English in a draft that gives its English and Chinese apart has no Chinese yet.
  const apart = bilingualApart(doc);
  const prevails = apart && chinesePrevails(doc);
  /** The outcome that puts a point's clause in: its own, or (a point whose fix another's outcome puts in) that one. */
  const goingOutcome = (f: Finding, placedAs: Map<Finding, FixOutcome>): Extract<FixOutcome, { kind: 'new' | 'replace' }> | undefined => {
    const o = placedAs.get(f);
    const by = o?.kind === 'same' ? placedAs.get(o.by) : o;
    return by?.kind === 'new' || by?.kind === 'replace' ? by : undefined;
  };
  const goingFor = (f: Finding, placedAs: Map<Finding, FixOutcome>): RenderedClause | undefined => goingOutcome(f, placedAs)?.clause;
  /**
   * A clause numbered the draft's way where it goes (inDraftStyleAt), as the redline and Word number it:
   * beside a sub-clause "3.2" on, not "3.1.1"; a point set aside, where it would go alone.
   */
  const numbered = (f: Finding, clause: RenderedClause, placedAs?: Map<Finding, FixOutcome>): ProposedClause => {
    const o = placedAs && goingOutcome(f, placedAs);
    const placement = o ? outcomePlacement(o) : fixPlacement(doc, segments, f, clause);
    return proposedClause(inDraftStyleAt(doc, clause, placement, style), placement.kind);
  };
  return (f) => {
    const outcome = outcomes.get(f);
    if (outcome?.kind === 'joined') return { kind: 'joined', clause: clauseName(outcome.span, locale), by: outcome.by };
    if (outcome?.kind === 'covered') return { kind: 'covered', clause: clauseName(outcome.span, locale), by: outcome.by };
    if (outcome?.kind === 'comment' && outcome.twin) return { kind: 'twin' };
    const own = outcome && goingFor(f, outcomes);
    // A point with no change of its own whose clause another's puts in shows that clause as it goes in.
    const goes = own ?? (outcome && f.fix && goingKeys.has(refKey(f.fix)) ? inDraft(f.fix) : null);
    const clause = goes ? together(goes) : f.fix ? alone(f.fix) : null;
    if (!f.fix || !clause || !(outcome ? own || goingKeys.has(refKey(f.fix)) : fits(f, clause))) return undefined;
    const proposed = numbered(f, clause, goes ? outcomes : undefined);
    const readerOwn = inReader && outcome && goingFor(f, inReader);
    const readerAlone = !readerOwn && aloneInReader?.(f.fix);
    const other = readerOwn ? numbered(f, togetherInReader!(readerOwn), inReader) : readerAlone ? numbered(f, readerAlone) : undefined;
    const reference = other;
    const conform =
      outcome?.kind === 'replace' && outcome.conform
        ? { conform: conformLine(outcome.span, outcome.conform, locale) }
        : outcome?.kind === 'new' && own && apart && languageOf(fixText(own)) === 'en'
          ? { conform: newSectionLine(prevails, locale) }
          : {};
    if (!reference || (reference.heading === proposed.heading && reference.text === proposed.text)) return { kind: 'clause', clause: proposed, ...conform };
    return { kind: 'clause', clause: proposed, reference: { ...reference, label }, ...conform };
  };
}

const refKey = (fix: FixRef): string => `${fix.clause}/${fix.variant}`;

/** Where a clause that goes in goes, for its numbering (inDraftStyleAt). */
function outcomePlacement(o: Extract<FixOutcome, { kind: 'new' | 'replace' }>): FixPlacement | { kind: 'box' } {
  return o.kind === 'replace' ? (o.part ? { kind: 'part', span: o.span, part: o.part } : { kind: 'whole', span: o.span }) : o.box ? { kind: 'box' } : { kind: 'new' };
}

/**
 * The fixing clause under its number and title, as it would stand in the agreement: the draft's
 * heading label where it is numbered the draft's way ("第十一条 "); its title alone where it goes in
 * after a sub-clause it leaves standing (`part`: "3.2", "3.3" or "3.1.1" on, beside-label.ts), where the
 * redline writes no heading, not under that sub-clause's number; beside a text box, unnumbered.
 */
function proposedClause(clause: RenderedClause, placed: (FixPlacement | { kind: 'box' })['kind']): ProposedClause {
  // Beside a text box it goes in unnumbered, as the redline writes it (text-box.ts): its title, then its paragraphs without their labels.
  if (placed === 'box') return { heading: clause.title, text: fixText({ ...clause, paragraphs: clause.paragraphs.map((p) => (p.level === 1 ? { ...p, label: '' } : p)) }) };
  const label = clause.headingLabel ?? (clause.number && placed !== 'part' ? `${clause.number}. ` : '');
  return { heading: `${label}${clause.title}`, text: fixText(clause) };
}
