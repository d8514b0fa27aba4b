import type { RenderedClause } from '../agreement/rendered';
import type { DocModel } from '../document';
import { addsClause, type Finding, type FixRef } from '../findings';
import type { ReviewContext, Section } from '../review';
import { segment } from '../review/segment';
import type { TopicId } from '../topics';
import { clauseSpan } from './clause-span';
import { addsSection, nextSection, quoteInTextBox, quoteReads } from './quote-place';

/** The number a fix is proposed under, for a clause of a given topic. */
export type FixNumber = (fix: FixRef, topic: string) => string;

const keyOf = (fix: FixRef): string => `${fix.clause}/${fix.variant}`;

/**
 * The section number each fix goes in under: where it lands in the draft. A fix that replaces a
 * clause takes the number of the clause holding its finding's quote (the clause a redline
 * replaces, found the same way); one for a quote in a text box none (''), as it goes in beside the
 * box, apart from the numbered flow; a clause the draft lacks becomes a new section after the draft's
 * last, numbered in the order of the findings, one number per clause. The first finding that
 * carries a fix decides, so the redline, the issues list, the report and Word all give one text
 * whatever order they ask in. `findings` are those whose fixes go in (all of a review's, or the
 * ones a user chose), so new sections follow one another without a gap.
 */
export function fixNumbers(ctx: ReviewContext, findings: readonly Finding[]): FixNumber {
  const { sections } = segment(ctx.doc);
  const numbers = new Map<string, string>();
  const added: string[] = [];
  for (const f of findings) {
    if (!f.fix || numbers.has(keyOf(f.fix)) || added.includes(keyOf(f.fix))) continue;
    const replaced = addsClause(f) ? undefined : quoteInTextBox(ctx.doc, f) ? '' : replacedSection(ctx.doc, sections, f);
    if (replaced !== undefined) numbers.set(keyOf(f.fix), replaced);
    else if (addsSection(ctx.doc, f)) added.push(keyOf(f.fix));
  }
  let last = nextSection(sections) - 1;
  for (const key of added) numbers.set(key, String(++last));
  // A fix for a passage in an unnumbered part of the draft, or one no finding carries: the
  // section that deals with its topic, else the next new one.
  return (fix, topic) => {
    let n = numbers.get(keyOf(fix));
    if (n === undefined) numbers.set(keyOf(fix), (n = sectionHolding(ctx, topic) ?? String(++last)));
    return n;
  };
}

/** A fix that goes in unnumbered: no number, its paragraphs unlabelled, its "(a)" sub-clauses lettered as before. */
export function unnumbered(clause: RenderedClause): RenderedClause {
  return { ...clause, number: '', paragraphs: clause.paragraphs.map((p) => (p.level === 2 ? p : { ...p, label: '' })) };
}

/** The number of the clause a fix for this finding replaces ("7", "6.2"), where the draft numbers it. */
function replacedSection(doc: DocModel, sections: ReturnType<typeof segment>['sections'], f: Finding): string | undefined {
  if (!quoteReads(doc, f)) return undefined;
  const label = clauseSpan(doc, sections, f.evidence[0]!.paragraph, 'within').label;
  return label && /^\d+(?:\.\d+)*$/.test(label) ? label : undefined;
}

/** The top-level section of the draft that deals with a topic, where the draft numbers it. */
export function sectionHolding(ctx: ReviewContext, topic: string): string | undefined {
  const presence = ctx.topics[topic as TopicId];
  for (const ev of presence?.evidence ?? []) {
    const s = ctx.sentences.find((x) => x.paragraph === ev.paragraph && x.start <= ev.start && ev.start < x.end);
    const top = s?.section && /^\d+/.exec(s.section)?.[0];
    if (top) return top;
  }
  return undefined;
}

/**
 * A new section moved to another number (only some of the proposed clauses go in, so the ones that
 * do follow the draft's last section without a gap): its labels and the "In this Section 14" /
 * "在第14条中" of its own definitions move with it. Only for a section the draft lacks, so no
 * reference in it can mean one of the draft's own sections by that number.
 */
export function renumbered(clause: RenderedClause, to: string): RenderedClause {
  const from = clause.number;
  if (from === to || !/^\d+$/.test(from)) return clause;
  const self = new RegExp(`(\\bSection |第)${from}(?![\\d]|\\.\\d)`, 'g');
  const move = (s: string): string => s.replace(self, `$1${to}`);
  return {
    ...clause,
    number: to,
    paragraphs: clause.paragraphs.map((p) => ({ ...p, label: p.label.startsWith(`${from}.`) ? `${to}${p.label.slice(from.length)}` : p.label, text: move(p.text) })),
    ...(clause.local ? { local: { ...clause.local, own: move(clause.local.own) } } : {}),
  };
}

/**
 * The chosen fixes as they go in together: each clause the draft lacks under the next number after
 * its last section, one after another in the order given (the review's), whichever of the proposed
 * ones were chosen; a clause chosen twice keeps its first number. The redline writes these numbers
 * and the workspace's cards show them, so a card says the number the revised draft will have.
 */
export function placedNewSections<T extends { finding: Finding; clause?: RenderedClause | null }>(doc: DocModel, sections: readonly Section[], chosen: readonly T[]): T[] {
  const numbers = new Map<string, string>();
  let next = nextSection(sections);
  return chosen.map((item) => {
    const { clause } = item;
    if (!clause || !clause.number || !addsSection(doc, item.finding)) return item;
    const key = `${clause.clauseId}/${clause.variantId}`;
    let n = numbers.get(key);
    if (!n) numbers.set(key, (n = String(next++)));
    return { ...item, clause: renumbered(clause, n) };
  });
}
