import { fillClause, usedDefinitions, type Lookup } from '../agreement/render';
import type { RenderedClause } from '../agreement/rendered';
import type { DocModel } from '../document';
import type { Finding, FixRef, ReviewResult } from '../findings';
import { t, type Locale, type MessageKey } from '../i18n';
import { blankFor, clauseById, fillTokens, isPlaceholder, type Library } from '../library';
import { buildContext, type ReviewContext } from '../review';
import { fixNumbers, sectionHolding, unnumbered } from './numbers';
import { TOPIC_IDS, type TopicId } from '../topics';
import { draftParties, type DraftParties } from './parties';
import { draftSelfName, inSelfName } from './self-name';
import { definedIn } from './defined-once';
import { DISCLOSURE_SCHEDULE } from '../prepare/schedule';
import { escapeRegExp } from '../regex-escape';
import { lang } from '../library/names';
import { bilingualInTurn, chineseTerms, chineseVariant, draftLanguage, type FixLanguage, type FixLanguages } from './language';
import { inTurn } from './in-turn';
import { withSurvival } from './survival';

/** The fixing clause for a finding, as every caller (command line, report, workspace, Word) offers it. */
export type FixClause = (fix: FixRef) => RenderedClause | null;

export interface FixOptions {
  /** The reader's language: the fixes' language where the draft has no leading one (a bilingual draft). */
  locale?: Locale;
  /** The language to write the fixes in, where not the draft's own (an issues list's reference copy). */
  language?: FixLanguages;
  /** Our company's name (settings): tells our party where the draft names both only by company name. */
  companyName?: string;
  /** The findings whose fixes go in, when not all of the review's: new sections are numbered among these first. */
  fixing?: readonly Finding[];
}

/**
 * Fixes for one reviewed draft: each library clause filled with the draft's own names for its
 * parties and its own section numbers, under the number of the section it lands in (fixNumbers),
 * with a plain-language blank for every deal fact the draft does not give (a number of days, a
 * governing law). Nothing comes from a scenario's example deal. A fix goes into the draft, so it
 * is written in the draft's language (the library's Chinese text for a Chinese draft, where it has
 * one), blanks and cross-references included, whatever language the reader reads the review in;
 * a draft written in English and Chinese in turn gets its fixes in both, the same way (in-turn.ts).
 */
export function fixesFor(library: Library, review: ReviewResult, doc: DocModel, options: FixOptions = {}): FixClause {
  return fixesIn(library, review, doc, options)(options.language ?? draftLanguages(doc) ?? lang(options.locale ?? 'en'));
}

/** The languages fixes to this draft are written in: both where it is written in turn, else its main one. */
export function draftLanguages(doc: DocModel): FixLanguages | undefined {
  return bilingualInTurn(doc) ? 'both' : draftLanguage(doc);
}

/** The draft read once for fixes in either language or both (an issues list shows the reader's beside the draft's). */
export function fixesIn(library: Library, review: ReviewResult, doc: DocModel, { companyName = '', fixing }: FixOptions = {}): (language: FixLanguages) => FixClause {
  const { ctx } = buildContext(doc, { ...(review.scenario ? { scenario: review.scenario } : {}), ...(review.role ? { role: review.role } : {}) });
  const parties = draftParties(ctx, companyName);
  const draftTerms = draftUses(ctx);
  const names = draftNames(library, draftTerms);
  const selfName = draftSelfName(ctx);
  // The review's other findings after those that go in: a fix asked for one of them (a dismissed
  // point shown apart) is numbered where it would go, after the new sections of those that go in.
  const numberOf = fixNumbers(ctx, fixing ? [...fixing, ...review.findings.filter((f) => !fixing.includes(f))] : review.findings);
  let zhTerms: Library | undefined;
  const one = (language: FixLanguage): FixClause => (fix) => {
    const ours = clauseById(library, fix.clause);
    const oursVariant = ours?.variants.find((v) => v.id === fix.variant);
    if (!ours || !oursVariant) return null;
    // Where the library has no Chinese for a clause, a Chinese draft gets its English, worded throughout in English.
    const zh = language === 'zh' ? chineseVariant(ours, oursVariant) : null;
    const { clause, variant } = zh ?? { clause: ours, variant: oursVariant };
    const words: Locale = zh ? 'zh-CN' : 'en';
    const lookup = (key: string) =>
      key.startsWith('ref:')
        ? sectionOf(ctx, library, key.slice(4), words)
        : key.startsWith('schedule:')
          ? scheduleBlank(library, key.slice(9), words)
          : valueOrBlank(parties, key, words);
    const number = numberOf(fix, clause.topic);
    const filled = fillClause(clause, variant, number, lookup);
    const frame = zh ? library.agreementZh : library.agreement;
    const numbered = withSurvival(frame?.survival, number ? filled : unnumbered(filled), lookup, frame?.survivalParts);
    if (zh) return withLocalDefinitions((zhTerms ??= chineseTerms(library)), numbered, chineseUses(ctx), lookup, 'zh');
    const defined = withLocalDefinitions(library, numbered, (term) => draftTerms(term) || names.has(term), lookup, 'en');
    const named = names.size > 0 ? inDraftNames(defined, names) : defined;
    return selfName ? inSelfName(named, selfName) : named;
  };
  return (language) => {
    if (language !== 'both') return one(language);
    const [en, zh] = [one('en'), one('zh')];
    // Where the library has no Chinese for a clause, the English stands alone.
    return (fix) => {
      const english = en(fix);
      return english && hasChinese(library, fix) ? inTurn(english, zh(fix)!) : english;
    };
  };
}

/** Whether the library has the fixing clause in Chinese. */
function hasChinese(library: Library, fix: FixRef): boolean {
  const clause = clauseById(library, fix.clause);
  const variant = clause?.variants.find((v) => v.id === fix.variant);
  return Boolean(clause && variant && chineseVariant(clause, variant));
}

/**
 * Our terms the draft has under a name of its own ("Recipient" for "Receiving Party"), by the
 * library's aliases: the draft's name, where it uses one and not ours.
 */
function draftNames(library: Library, draftHas: (term: string) => boolean): Map<string, string> {
  const names = new Map<string, string>();
  for (const d of library.definitions) {
    const alias = !draftHas(d.term) && d.aliases?.find(draftHas);
    if (alias) names.set(d.term, alias);
  }
  return names;
}

/** The clause with each of our terms the draft names otherwise in the draft's name. */
function inDraftNames(clause: RenderedClause, names: ReadonlyMap<string, string>): RenderedClause {
  const pattern = new RegExp(`\\b(?:${[...names.keys()].join('|')})\\b`, 'g');
  return { ...clause, paragraphs: clause.paragraphs.map((p) => ({ ...p, text: p.text.replace(pattern, (term) => names.get(term)!) })) };
}

/**
 * Our clause speaks in the library's defined terms; a counterparty's draft may not define them.
 * Each one the draft lacks is defined in a closing paragraph for the proposed section only, so
 * nothing in the rest of the draft changes meaning.
 */
function withLocalDefinitions(library: Library, clause: RenderedClause, draftHas: (term: string) => boolean, lookup: Lookup, language: FixLanguage): RenderedClause {
  // An unnumbered fix (beside a text box) defines its terms for "this clause", having no number to name.
  const local = clause.number ? library.agreement?.definitions.local : library.agreement?.definitions.localUnnumbered;
  if (!local) return clause;
  const missing = usedDefinitions(library, clause.paragraphs.map((p) => p.text), lookup, draftHas);
  if (missing.length === 0) return clause;
  const terms = missing.map((d) => ({ term: d.term, text: language === 'zh' ? `“${d.term}”${d.text.replace(/。$/, '')}` : `"${d.term}" ${d.text.replace(/\.$/, '')}` }));
  const own = fillTokens(local, (t) => (t.kind === 'unknown' && t.name === 'section' ? clause.number : t.raw));
  const text = definedIn(own, terms);
  const n = clause.paragraphs.filter((p) => p.level === 1).length + 1;
  const shared = clause.number && library.agreement?.definitions.localShared;
  const sections = library.agreement?.definitions.localSections;
  return {
    ...clause,
    paragraphs: [...clause.paragraphs, { level: 1, label: clause.number && `${clause.number}.${n}`, text }],
    ...(shared && sections ? { local: { terms, own, shared, ...sections } } : {}),
  };
}

/**
 * Whether the draft has a term of its own by that name: defined, or used capitalised (a draft that
 * uses "Confidential Information" means its own, however our reader missed the definition).
 */
function draftUses(ctx: ReviewContext): (term: string) => boolean {
  const defined = new Set(ctx.definitions.map((d) => termKey(d.term)));
  const seen = new Map<string, boolean>();
  return (term) => {
    let has = seen.get(term);
    if (has === undefined) {
      const pattern = new RegExp(`\\b${escapeRegExp(term)}s?\\b`);
      has = defined.has(termKey(term)) || ctx.sentences.some((s) => pattern.test(s.text));
      seen.set(term, has);
    }
    return has;
  };
}

/** Whether a Chinese draft has a term of its own by that name: defined, or used anywhere (Chinese has no capitals to tell a defined term). */
function chineseUses(ctx: ReviewContext): (term: string) => boolean {
  return (term) => ctx.definitions.some((d) => d.term === term) || ctx.sentences.some((s) => s.text.includes(term));
}

/** A defined term as drafts vary it: case, a leading "the", a plural. */
function termKey(term: string): string {
  return term.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').replace(/s$/, '');
}

/** Clause text as the report prints it: paragraphs apart, each "(a)" sub-clause on its own line. */
export function fixText(clause: RenderedClause): string {
  return clause.paragraphs.map((p) => `${p.level === 2 ? '\n' : '\n\n'}${p.label ? `${p.label} ` : ''}${p.text}`).join('').trim();
}

/** A party by the draft's name for it; any other deal fact is a blank, since a review has no answers. */
function valueOrBlank(parties: DraftParties, name: string, locale: Locale): string | undefined {
  if (name === 'A' || name === 'B') return parties[name] ?? blankFor(name, locale);
  return isPlaceholder(name) ? blankFor(name, locale) : undefined;
}

/** "Section 7.2" where the draft deals with the referenced clause's topic, else a blank naming the topic. */
function sectionOf(ctx: ReviewContext, library: Library, clauseId: string, locale: Locale): string {
  const clause = clauseById(library, clauseId);
  const topic = clause?.topic;
  const section = topic ? sectionHolding(ctx, topic) : undefined;
  if (section) return locale === 'zh-CN' ? `第${section}条` : `Section ${section}`;
  const words = topic && (TOPIC_IDS as readonly string[]).includes(topic) ? t(locale, `review.topic.${topic as TopicId}` as MessageKey) : ((locale === 'zh-CN' ? clause?.titleZh : undefined) ?? clause?.title ?? clauseId);
  return t(locale, 'fix.blank.section', { topic: words });
}

/** A schedule the draft has no number for: a blank naming what it sets out. */
function scheduleBlank(library: Library, id: string, locale: Locale): string {
  const schedules = (locale === 'zh-CN' ? library.agreementZh : library.agreement)?.schedules;
  const title = schedules?.particulars.find((s) => s.id === id)?.title ?? (id === DISCLOSURE_SCHEDULE ? schedules?.record.title : undefined);
  return t(locale, 'fix.blank.schedule', { title: title ?? id });
}
