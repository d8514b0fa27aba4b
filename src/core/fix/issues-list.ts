import type { DocModel } from '../document';
import type { Finding, ReviewResult } from '../findings';
import { t, type Locale, type MessageKey } from '../i18n';
import { clauseById, type Library } from '../library';
import { lang, roleLabel, scenarioTitle } from '../library/names';
import { proposals, type Proposal } from './proposed';

/** The table's columns, in the order counsel reads them. */
export const ISSUE_COLUMNS = ['number', 'section', 'issue', 'theirText', 'position', 'proposed', 'why', 'status'] as const;
export type IssueColumn = (typeof ISSUE_COLUMNS)[number];

export type IssueStatus = 'open' | 'dismissed';

/** One negotiation point: every cell already worded in the list's language. */
export type IssueRow = Record<IssueColumn, string> & { findingId: string; state: IssueStatus };

/** The issues list counsel sends back with a redline: what the deal is, whose side, and one row per finding. */
export interface IssuesList {
  locale: Locale;
  title: string;
  /** "Our points on draft.docx", when the draft has a file name. */
  subtitle?: string;
  /** "Kind of deal: …" and "Our side: …", for the lines above the table. */
  deal: string;
  side: string;
  headers: Record<IssueColumn, string>;
  rows: IssueRow[];
}

export interface IssuesListInput {
  review: ReviewResult;
  doc: DocModel;
  /** The draft's file name, for the subtitle. */
  file?: string;
  /** Fixing clauses, deal names and plain-language positions come from here; without it those cells fall back to words from the catalog. */
  library?: Library;
  locale?: Locale;
  /** Our company's name (settings), to tell which of two named companies is ours. */
  companyName?: string;
  /** Findings the reviewer set aside: listed after the open points with their status, never dropped. */
  dismissed?: ReadonlySet<string>;
}

/** Plain words for what we want where no library clause says it. */
const POSITION: Partial<Record<Finding['kind'], MessageKey>> = {
  missing: 'io.issues.position.missing',
  ambiguous: 'io.issues.position.ambiguous',
  'one-sided': 'io.issues.position.one-sided',
  drafting: 'io.issues.position.drafting',
};

/**
 * The review as an issues list: the open findings in the review's order, then the dismissed ones.
 * Proposed text is the fix every other caller offers (fixesFor), filled with the draft's own parties
 * and written in the draft's language (proposals); a point the redline only comments on says so.
 */
export function issuesList({ review, doc, file, library, locale = 'en', companyName = '', dismissed = new Set() }: IssuesListInput): IssuesList {
  const m = (key: MessageKey, params?: Record<string, string | number>) => t(locale, key, params);
  // The open points' fixes go in together: a term they share is defined once among them, as in the redline.
  const open = review.findings.filter((f) => !dismissed.has(f.id));
  const proposed = library ? proposals(library, review, doc, { locale, companyName, open }) : undefined;
  const ordered = [...open, ...review.findings.filter((f) => dismissed.has(f.id))];
  const rowOf = (f: Finding): number => ordered.indexOf(f) + 1;
  const rows = ordered.map((f, i): IssueRow => {
    const state: IssueStatus = dismissed.has(f.id) ? 'dismissed' : 'open';
    return {
      findingId: f.id,
      state,
      number: String(i + 1),
      section: sectionCell(f, doc, locale),
      issue: f.message,
      // A missing term has no text of theirs: its quote only marks where the term would go.
      theirText: f.kind === 'missing' || f.evidence.length === 0 ? m('io.issues.notAddressed') : f.evidence.map((e) => e.text.trim()).join('\n…\n'),
      position: playbookPosition(f, locale) ?? positionOf(f, library, locale) ?? m(POSITION[f.kind] ?? 'io.issues.position.other'),
      // Without the library nothing is known of our clauses; with it, a point none goes in for is a comment only.
      proposed: proposed ? proposedCell(proposed(f), rowOf, locale) : '',
      why: f.why,
      status: m(state === 'open' ? 'io.issues.status.open' : 'io.issues.status.dismissed'),
    };
  });
  const scenario = review.scenario;
  return {
    locale,
    title: m('io.issues.title'),
    ...(file ? { subtitle: m('io.issues.subtitle', { file }) } : {}),
    deal: scenario ? m('io.issues.deal', { deal: scenarioTitle(library, scenario, locale) }) : m('io.issues.dealUnknown'),
    side: scenario && review.role ? m('io.issues.side', { side: roleLabel(library, scenario, review.role, locale) }) : m('io.issues.sideUnknown'),
    headers: Object.fromEntries(ISSUE_COLUMNS.map((c) => [c, m(`io.issues.column.${c}`)])) as Record<IssueColumn, string>,
    rows,
  };
}

/**
 * Where their text is. A missing term has no text of theirs: it is said to be missing (its quote
 * only marks where the term would go). A quote in a text box is said to be there: the box sits in a
 * numbered section, but its fix goes in beside the box, unnumbered, not as that section. A quote in
 * a draft that numbers nothing is placed by its paragraph, so no quoted row has an empty cell.
 */
function sectionCell(f: Finding, doc: DocModel, locale: Locale): string {
  const ev = f.evidence[0];
  if (f.kind === 'missing') return t(locale, 'io.issues.missing');
  if (!ev) return '—';
  const section = f.section ?? t(locale, 'io.issues.paragraph', { paragraph: ev.paragraph + 1 });
  if (!doc.paragraphs[ev.paragraph]?.textBox) return section;
  return f.section ? t(locale, 'io.issues.textBox', { section: f.section }) : t(locale, 'io.issues.textBoxOnly');
}

/**
 * The proposed-text cell: the clause under its heading, the line asking that its Chinese version
 * be conformed where that stands apart, then the reader's copy where it reads another language; a point whose clause another point's fix replaces names that point.
 */
function proposedCell(p: Proposal | undefined, rowOf: (f: Finding) => number, locale: Locale): string {
  if (!p) return t(locale, 'io.issues.commentOnly');
  if (p.kind === 'twin') return t(locale, 'io.issues.otherLanguage');
  if (p.kind === 'covered' || p.kind === 'joined') return t(locale, p.kind === 'joined' ? 'io.issues.joined' : 'io.issues.covered', { clause: p.clause, point: rowOf(p.by) });
  const { clause, reference, conform } = p;
  // The Chinese to be conformed is part of what we ask for: it stands under our English text, before the reader's copy.
  const text = [`${clause.heading}\n${clause.text}`, ...(conform ? [conform] : [])].join('\n\n');
  return reference ? `${text}\n\n${reference.label}\n${reference.heading}\n${reference.text}` : text;
}

/** The header and each row's cells in column order, for writers that only lay out a grid. */
export function issueCells(list: IssuesList): string[][] {
  return [ISSUE_COLUMNS.map((c) => list.headers[c]), ...list.rows.map((r) => ISSUE_COLUMNS.map((c) => r[c]))];
}

/** What we want and what we can accept, as counsel's playbook puts it for our side of this deal. */
function playbookPosition(f: Finding, locale: Locale): string | undefined {
  if (!f.position) return undefined;
  return `${f.position.want}\n${t(locale, 'io.issues.position.acceptable', { acceptable: f.position.acceptable })}`;
}

/** Otherwise what we want in plain words: the library's own summary of the clause that fixes the point. */
function positionOf(f: Finding, library: Library | undefined, locale: Locale): string | undefined {
  if (!f.fix || !library) return undefined;
  const fix = f.fix;
  return clauseById(library, fix.clause)?.variants.find((v) => v.id === fix.variant)?.note[lang(locale)].what;
}

