import type { RenderedClause, RenderedParagraph } from '../agreement/rendered';
import { clauseTag } from '../agreement/tag';
import type { DocModel } from '../document';
import { hasCjk } from '../review/zh/cjk';
import type { ParagraphSpan } from './clause-span';
import { definedIn } from './defined-once';
import type { PartReplaced, TextRange } from './kept-part';
import { oneSurvival, ownParagraphs } from './survival';
import { nameable, partsSurvival, survivalParts } from './survival-parts';

// Two fixes for different subjects of one clause of the draft (a confidentiality clause that
// lacks a return duty and takes a one-sided grant-back of improvements) go in as one change: the
// clause is replaced once, by the first fix's paragraphs followed by the second's, so neither
// point is left to a comment and no two changes fight over the same words.

/**
 * Whether two fixes can be joined into one: in one language (a fix written in English and Chinese
 * in turn pairs each paragraph with its own translation), and under one number or none. A
 * carve-out that goes in beside the clause (it says what nothing in the agreement restricts) joins
 * another carve-out, or a fix that rewrites the clause, after whose paragraphs it then stands.
 */
export function joinable(a: RenderedClause, b: RenderedClause): boolean {
  return !a.bilingual && !b.bilingual && a.number === b.number && hasCjk(a.title) === hasCjk(b.title);
}

/** The two in the order they go in: a carve-out after the rewritten clause it stands beside. */
export function inOrder(a: RenderedClause, b: RenderedClause): [RenderedClause, RenderedClause] {
  return a.beside && !b.beside ? [b, a] : [a, b];
}

/**
 * One clause from two fixes for the same clause of the draft: the first's paragraphs, then the
 * second's numbered on from them, then, where either says how long it lasts after the agreement
 * ends, one paragraph saying so: for the whole section where both last alike (survival.ts), else
 * for each part (survival-parts.ts); then one closing paragraph defining the terms either needs
 * (each once). The title names both subjects.
 */
export function joinClauses(a: RenderedClause, b: RenderedClause): RenderedClause {
  const zh = hasCjk(a.title);
  // Where both last alike after the agreement ends, the joined section says so once, closing its own
  // paragraphs; where they last differently, or only one says, one sentence gives each part its own period.
  const naming = a.survival?.naming ?? b.survival?.naming;
  const same = oneSurvival(a, b, zh);
  const inParts = !same && naming && nameable([a, b], naming) ? naming : undefined;
  const first = ownParagraphs(a, Boolean(a.survival && (same || inParts)));
  let n = first.filter((p) => p.level === 1).length;
  const next = (): string => (a.number ? `${a.number}.${++n}` : '');
  const renumbered = new Map<string, string>();
  const second = ownParagraphs(b, Boolean(b.survival && (same || inParts))).map((p) => (p.level === 1 && p.label ? { ...p, label: renumber(renumbered, p.label, next()) } : p));
  const labels = (ps: RenderedParagraph[]) => ps.filter((p) => p.level === 1).map((p) => p.label);
  const lasts = inParts ? partsSurvival([...survivalParts(a, labels(first)), ...survivalParts(b, labels(second), renumbered)], inParts, zh) : same;
  const closing: RenderedParagraph[] = lasts ? [{ level: 1, label: next(), text: lasts.text }] : [];
  const frame = a.local ?? b.local;
  const terms = [...(a.local?.terms ?? [])];
  for (const t of b.local?.terms ?? []) if (!terms.some((u) => u.term === t.term)) terms.push(t);
  const defining = frame && terms.length > 0 ? [{ level: 1 as const, label: next(), text: definedIn(frame.own, terms) }] : [];
  const { local: _a, survival: _s, ...rest } = a;
  const clauseId = `${a.clauseId}+${b.clauseId}`;
  const variantId = `${a.variantId}+${b.variantId}`;
  return {
    ...rest,
    clauseId,
    variantId,
    // Tagged with both fixes, so a later click on either point finds it already in (clicked.ts).
    tag: clauseTag({ clauseId, variantId, version: a.clauseVersion }),
    title: zh ? `${a.title}和${b.title}` : `${a.title} and ${b.title}`,
    paragraphs: [...first, ...second, ...closing, ...defining],
    values: { ...a.values, ...b.values },
    ...(frame && terms.length > 0 ? { local: { ...frame, terms } } : {}),
    ...(lasts ? { survival: lasts.survival } : {}),
  };
}

/** A sub-section's new number, noted so a part's survival names it so. */
function renumber(renumbered: Map<string, string>, label: string, now: string): string {
  renumbered.set(label, now);
  return now;
}

/** The span two changes to one clause replace together: from the first paragraph either takes to the last. */
export function joinSpans(a: ParagraphSpan, b: ParagraphSpan): ParagraphSpan {
  const first = Math.min(a.first, b.first);
  const label = a.first === first ? a.label : b.label;
  return { first, last: Math.max(a.last, b.last), ...(label ? { label } : {}) };
}

/**
 * What two fixes replaced in part take together: the passages either takes out, and the subjects
 * both leave standing. Undefined, for the clause to go whole, where either replaces it whole or
 * nothing of it is left standing.
 */
export function joinParts(doc: DocModel, a: PartReplaced | undefined, b: PartReplaced | undefined): PartReplaced | undefined {
  if (!a || !b) return undefined;
  const keeps = a.keeps.filter((k) => b.keeps.includes(k));
  if (keeps.length === 0) return undefined;
  const ranges = [...a.deleted, ...b.deleted].sort((x, y) => x.paragraph - y.paragraph || x.start - y.start);
  const deleted: TextRange[] = [];
  for (const r of ranges) {
    const prev = deleted.at(-1);
    if (prev && prev.paragraph === r.paragraph && r.start <= prev.end) prev.end = Math.max(prev.end, r.end);
    else deleted.push({ ...r });
  }
  for (const r of deleted) r.text = doc.paragraphs[r.paragraph]?.text.slice(r.start, r.end) ?? r.text;
  return { deleted, keeps };
}
