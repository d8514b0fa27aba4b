import type { RenderedClause } from '../../core/agreement/rendered';
import type { DocModel } from '../../core/document';
import type { Finding } from '../../core/findings';
import type { Segments } from '../../core/review';
import { newClauseAnchor, type ParagraphSpan } from '../../core/fix/clause-span';
import { definedOnceNumbered } from '../../core/fix/defined-once';
import type { FixPlacement } from '../../core/fix/placement';
import type { PartReplaced } from '../../core/fix/kept-part';
import { placedNewSections } from '../../core/fix/numbers';
import { draftNumbering } from '../../core/fix/draft-numbering';
import { inDraftStyleAt } from '../../core/fix/in-draft-style';
import { fixOutcomes } from '../../core/fix/outcomes';
import { besideBoxIn, boxHolder } from '../../core/fix/beside-box';
import { chineseHalfEnd, englishHalfEnd, type ConformSpan } from '../../core/fix/twin-apart';
import { tableRowPlace, type TableRowPlace } from '../../core/fix/table-row';

/**
 * What the redline does for one accepted finding, in the order given:
 * - `comment`: its reason as a comment on a paragraph, no change of its own (`joined`: the clause
 *   whose change takes in this point's fix with another's; `covered`: the clause another point's
 *   fix replaces, which this point's fix would have replaced too and could not join; `twin`: a
 *   clause given in both languages apart, which a fix in one language does not replace);
 * - `replace`: its clause replaces the clause `span` (or, with `part`, only its own subject's sentences;
 *   `conform`: the clause's Chinese version, apart from it, which a comment asks to be conformed);
 * - `box`: its quote sits in a text box; its clause goes in after the clause `holder` (the body
 *   paragraph holding the box) through `end`;
 * - `new`: its clause goes in as a new section after the draft's last, numbered as it goes in (a
 *   new row of the table the draft's clauses sit in, where they do).
 */
export type RedlineStep =
  | { kind: 'comment'; finding: Finding; paragraph: number; joined?: ParagraphSpan; covered?: ParagraphSpan; twin?: true }
  | { kind: 'replace'; finding: Finding; clause: RenderedClause; span: ParagraphSpan; part?: PartReplaced; conform?: ConformSpan }
  | { kind: 'box'; finding: Finding; clause: RenderedClause; holder: number; end: number }
  | { kind: 'new'; finding: Finding; clause: RenderedClause };

export interface RedlinePlan {
  steps: RedlineStep[];
  /** The paragraph new sections follow, where the draft has one and some go in. */
  anchor?: number;
  /** Where the draft's clauses sit in a table: new sections go in as new rows after this one's (table-row.ts). */
  row?: TableRowPlace;
  /** Where the whole English comes before the whole Chinese: the last Chinese provision, after which the new sections' Chinese is to be added. */
  chineseEnd?: number;
}

/**
 * Every placement decided before anything is written, so the clauses that go in are known at once
 * and a term several of them define is defined once among them (definedOnce), from their final
 * numbers: a new section carries the number it goes in under. Which clause goes in where hangs only
 * on the draft and each clause's number, subject and kind, never on its words, so defining terms
 * once moves no clause.
 */
export function planRedline(model: DocModel, segments: Segments, accepted: readonly { finding: Finding; clause?: RenderedClause | null }[]): RedlinePlan {
  const { sections } = segments;
  const steps = fixOutcomes(model, segments, accepted, besideBoxIn(model, sections)).flatMap((o): RedlineStep[] => {
    const { finding } = o;
    if (o.kind === 'new') return [o.box ? { kind: 'box', finding, clause: o.clause, holder: o.box.first, end: o.box.last } : { kind: 'new', finding, clause: o.clause }];
    if (o.kind === 'replace') return [{ kind: 'replace', finding, clause: o.clause, span: o.span, ...(o.part ? { part: o.part } : {}), ...(o.conform ? { conform: o.conform } : {}) }];
    if (o.kind === 'covered') return [{ kind: 'comment', finding, paragraph: o.quote, covered: o.span }];
    if (o.kind === 'joined') return [{ kind: 'comment', finding, paragraph: o.quote, joined: o.span }];
    if (o.quote !== undefined) return [{ kind: 'comment', finding, paragraph: o.quote, ...(o.kind === 'comment' && o.twin ? { twin: true as const } : {}) }];
    // A quote in a text box: the comment goes on the body paragraph that holds the box, since a
    // comment's range and reference inside the drawing are beyond what we can write safely.
    const holder = o.kind === 'comment' ? boxHolder(model, finding) : undefined;
    return holder === undefined ? [] : [{ kind: 'comment', finding, paragraph: holder }];
  });

  // In a draft whose whole English comes before its Chinese, new sections end the English half.
  const englishEnd = englishHalfEnd(model);
  const news = steps.some((s) => s.kind === 'new');
  // In a draft whose clauses sit in a table, new sections are new rows of it.
  const row = news ? tableRowPlace(model, sections) : undefined;
  const anchor = news && !row ? newClauseAnchor(model, englishEnd === undefined ? sections : sections.filter((s) => s.paragraph <= englishEnd)) : undefined;
  // With nowhere to put them, new sections do not go in (and define nothing for the others).
  const kept = anchor === undefined && !row ? steps.filter((s) => s.kind !== 'new') : steps;
  const chineseEnd = anchor !== undefined && englishEnd !== undefined ? chineseHalfEnd(model) : undefined;
  return { steps: inDraftNumbering(model, definedAmong(model, placed(model, segments, kept))), ...(anchor !== undefined ? { anchor } : {}), ...(row ? { row } : {}), ...(chineseEnd !== undefined ? { chineseEnd } : {}) };
}

/** The new sections under the numbers they go in under (placedNewSections), the others as they are. */
function placed(model: DocModel, { sections }: Segments, steps: RedlineStep[]): RedlineStep[] {
  const news = placedNewSections(model, sections, steps.filter((s) => s.kind === 'new'));
  return steps.map((s) => (s.kind === 'new' ? news.shift()! : s));
}

type Going = Exclude<RedlineStep, { kind: 'comment' }>;

/** Each step's clause with the terms the fixes share defined once among all that go in, their sections cited by the labels they go in under. */
function definedAmong(model: DocModel, steps: RedlineStep[]): RedlineStep[] {
  // In the order they are written: fixes in place first, new sections after.
  const going = [...steps.filter((s) => s.kind === 'replace' || s.kind === 'box'), ...steps.filter((s) => s.kind === 'new')] as Going[];
  const style = draftNumbering(model);
  const once = definedOnceNumbered(
    going.map((s) => s.clause),
    (clause, i) => inDraftStyleAt(model, clause, placementOf(going[i]!), style),
  );
  const clauseOf = new Map(going.map((s, i) => [s, once[i]!]));
  return steps.map((s) => (s.kind === 'comment' ? s : { ...s, clause: clauseOf.get(s)! }));
}

/** Each clause that goes in numbered the draft's way for where it goes (inDraftStyleAt), as Word's apply-fix numbers it. */
function inDraftNumbering(model: DocModel, steps: RedlineStep[]): RedlineStep[] {
  const style = draftNumbering(model);
  return steps.map((s) => (s.kind === 'comment' ? s : { ...s, clause: inDraftStyleAt(model, s.clause, placementOf(s), style) }));
}

function placementOf(s: Going): FixPlacement | { kind: 'box' } {
  return s.kind === 'replace' ? (s.part ? { kind: 'part', span: s.span, part: s.part } : { kind: 'whole', span: s.span }) : s.kind === 'new' ? { kind: 'new' } : { kind: 'box' };
}
