import type { RenderedClause } from '../agreement/rendered';
import type { DocModel } from '../document';
import type { Finding } from '../findings';
import type { Segments } from '../review';
import { clauseSpan, type ParagraphSpan } from './clause-span';
import { partReplaced, type PartReplaced } from './kept-part';
import { addsSection } from './quote-place';
import { subClausesReplaced } from './sub-clauses';
import { ownSentences } from './own-sentences';
import { twinApart, withTwins } from './in-turn';
import { chinesePrevails, chineseVersion, type ConformSpan } from './twin-apart';
import { tableRowPlace } from './table-row';
import { bilingualApart } from './language';
import { articleParagraphsReplaced } from './article-paragraphs';

/**
 * Where a fix goes in the draft, decided once for the redline writer and for Word's apply-fix:
 * - `new`: a clause the draft lacks, a new section after its last; where the draft's clauses sit
 *   in a table (table-row.ts), `row` says where it goes as a new row of that table, as the redline
 *   puts it;
 * - `whole`: it replaces the whole clause holding the finding's quote;
 * - `part`: it replaces only its own subject's sentences of that clause (kept-part.ts), or its
 *   own subject's lettered sub-clauses (sub-clauses.ts), or its own sentences of a clause of
 *   separate duties (own-sentences.ts), or the numbered paragraphs of a 第N条 article that hold
 *   its quote (article-paragraphs.ts), its
 *   paragraphs going in after the clause, which keeps its heading, number and other subject; a
 *   carve-out (`beside`) replaces nothing and goes in after the clause it answers;
 * - `none`: it cannot go in there (the clause is numbered apart from the fix, or, with `twin`,
 *   the clause has its other-language version outside it: beside it in a table, in the draft's
 *   other half, or next to it where the fix has no version in that language); the finding is
 *   commented on only.
 * `conform`: the clause's Chinese version, apart from it, which the fix in English leaves to be
 * conformed (twin-apart.ts).
 * `earlier`: our own earlier change after the clause, which the fix, joined with it, takes the place
 * of (joined-onto.ts): its paragraphs go, and the fix goes in where they stood.
 */
export type FixPlacement =
  | { kind: 'new'; row?: NewRow }
  | { kind: 'whole'; span: ParagraphSpan; conform?: ConformSpan }
  | { kind: 'part'; span: ParagraphSpan; part: PartReplaced; conform?: ConformSpan; earlier?: OurParagraphs }
  | { kind: 'none'; twin?: true };

/** Paragraphs of one clause of ours (a control tagged `tag`), first to last. */
export interface OurParagraphs {
  first: number;
  last: number;
  tag: string;
}

/**
 * A new row after the row holding paragraph `paragraph` (its text `text`, for the host to check it
 * is still there), the clause in cell `cell`; `chinese` the cell beside it, left for the Chinese,
 * which a comment asks for (saying that the Chinese governs until then where it `prevails`).
 */
export interface NewRow {
  paragraph: number;
  text: string;
  cell: number;
  /** The draft's heading whose look the new heading copies, as the redline's does (new-heading.ts), and its text. */
  heading: { paragraph: number; text: string };
  chinese?: { cell: number; prevails: boolean };
}

export function fixPlacement(doc: DocModel, segments: Segments, finding: Finding, clause: RenderedClause): FixPlacement {
  if (addsSection(doc, finding)) {
    const row = tableRowPlace(doc, segments.sections);
    if (!row) return { kind: 'new' };
    const chinese = row.chinese ? { chinese: { cell: row.chinese.cell, prevails: chinesePrevails(doc) } } : {};
    const heading = { paragraph: row.heading, text: doc.paragraphs[row.heading]!.text };
    return { kind: 'new', row: { paragraph: row.paragraph, text: doc.paragraphs[row.paragraph]!.text, cell: row.cell, heading, ...chinese } };
  }
  const span = clauseSpan(doc, segments.sections, finding.evidence[0]!.paragraph, 'end');
  // core/fix numbers a fix for the clause it replaces; one rendered for another clause is not put
  // here under a number its own words ("In this Section 7") would contradict.
  if (span.label && /^\d+(?:\.\d+)*$/.test(span.label) && span.label !== clause.number) return { kind: 'none' };
  // A fix in both languages replaces the clause in both, or stays a comment: its subjects are not told apart in two languages.
  const both = clause.bilingual ? withTwins(doc, span) : span;
  if (!both) return { kind: 'none' };
  if (clause.beside) return { kind: 'part', span: both, part: { deleted: [], keeps: [] } };
  if (clause.bilingual) return { kind: 'whole', span: both };
  // An English clause whose Chinese stands apart takes an English fix, the Chinese asked to conform.
  const apart = twinApart(doc, span);
  const chinese = apart && bilingualApart(doc) ? chineseVersion(doc, span, clause) : undefined;
  if (apart && !chinese) return { kind: 'none', twin: true };
  const conform = chinese ? { conform: chinese } : {};
  // A heading of two subjects decides first: its sub-clauses may be on the fix's subject in words the topic's cues miss.
  // Else a clause of separate duties keeps those on other subjects: the fix takes only its own sentences.
  const part =
    partReplaced(doc, segments, span, clause) ??
    subClausesReplaced(doc, segments, span, finding.evidence[0]!.paragraph, clause.topic) ??
    ownSentences(doc, segments, span, finding, clause.topic) ??
    articleParagraphsReplaced(doc, segments.sections, span, finding);
  return part ? { kind: 'part', span, part, ...conform } : { kind: 'whole', span, ...conform };
}
