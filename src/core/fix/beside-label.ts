import type { RenderedClause } from '../agreement/rendered';
import type { DocModel } from '../document';
import { readListLabel } from '../review/text';
import type { ParagraphSpan } from './clause-span';

/**
 * A fix that goes in after a sub-clause it leaves standing (placement `part` beside "5.1") is
 * numbered as a lawyer inserts clauses: at 5.1's level, 5.2 on where the draft has no 5.2 (no
 * clause of the draft moves); where 5.2 is taken, under 5.1 after the sub-clauses it has (fixLabels).
 * What the fix says of its own section ("In this Section 5.1", "This Section continues", "Sections
 * 5.1.1 and 5.1.2", "第5.1条", "本条") follows its new labels.
 */
export function besideLabels(doc: DocModel, clause: RenderedClause, span: ParagraphSpan): RenderedClause {
  const own = clause.number;
  const mine = clause.paragraphs.filter((p) => p.level === 1 && p.label);
  if (!span.label || own !== span.label || !/^\d{1,3}(?:\.\d{1,3}){1,4}$/.test(own) || mine.length === 0) return clause;
  if (!mine.every((p) => p.label.startsWith(`${own}.`))) return clause;
  const placed = fixLabels(doc, own, mine.length);
  if (!placed) return clause;
  const { labels, under } = placed;
  const to = new Map(mine.map((p, k) => [p.label, labels[k]!]));
  // Under 5.1 the fix is part of it: "this Section 5.1" and "本条" still speak of all of 5.1.
  if (under) return relabelled(clause, to, (text) => text.replace(sub(own), (label) => to.get(label) ?? label));
  const many = labels.length > 1;
  const whole = many ? `Sections ${labels[0]}${labels.length === 2 ? ' and ' : ' to '}${labels.at(-1)}` : `Section ${labels[0]}`;
  const zhWhole = many ? `第${labels[0]}条${labels.length === 2 ? '和' : '至'}第${labels.at(-1)}条` : `第${labels[0]}条`;
  const escaped = own.replace(/\./g, '\\.');
  const self = new RegExp(`\\b(${many ? '[Tt]his ' : ''})?Section ${escaped}(?![\\dA-Z]|\\.\\d)`, 'g');
  const cite = (text: string): string => {
    const cited = text
      .replace(sub(own), (label) => to.get(label) ?? label)
      .replace(self, (_, lead?: string) => `${lead && !many ? lead : ''}${whole}`)
      .replace(new RegExp(`第${escaped}条`, 'g'), zhWhole);
    // With several paragraphs, "This Section continues" says each of them does; "in this Section", all of them;
    // "本条" (not "本条款", these terms) all of them too. "本款" is the paragraph it stands in, whatever its label.
    return many ? cited.replace(/\bThis Section\b/g, `Each of ${whole}`).replace(/\bthis Section\b/g, whole).replace(/本条(?![款例件])/g, zhWhole) : cited;
  };
  return relabelled(clause, to, cite);
}

/** Labels under `own` ("5.1.2", not "5.1.2.1"): the fix's own paragraphs as it cites them. */
const sub = (own: string): RegExp => new RegExp(`\\b${own.replace(/\./g, '\\.')}\\.\\d{1,3}\\b(?!\\.\\d)`, 'g');

function relabelled(clause: RenderedClause, to: ReadonlyMap<string, string>, cite: (text: string) => string): RenderedClause {
  return {
    ...clause,
    paragraphs: clause.paragraphs.map((p) => ({ ...p, label: to.get(p.label) ?? p.label, text: cite(p.text) })),
    ...(clause.local ? { local: { ...clause.local, own: cite(clause.local.own) } } : {}),
  };
}

/**
 * `count` labels for the fix: after `label` at its level where the draft does not use them (5.2,
 * 5.3); else under it, on from the sub-clauses it has (5.1.3 after the draft's 5.1.2; 5.1.1 where it
 * has none), so no label is used twice and none moves. Not "5.1A": our reader (review/text.ts), like
 * many, does not read such a label, and a second review of the redline would lose the fix's sections.
 */
function fixLabels(doc: DocModel, label: string, count: number): { labels: string[]; under: boolean } | undefined {
  const taken = new Set(doc.paragraphs.map((p) => (p.listLabel ?? readListLabel(p.text.trim()) ?? '').trim().replace(/[.)]$/, '')).filter(Boolean));
  const parent = label.slice(0, label.lastIndexOf('.'));
  const last = Number(label.slice(label.lastIndexOf('.') + 1));
  const next = Array.from({ length: count }, (_, k) => `${parent}.${last + 1 + k}`);
  if (next.every((l) => !taken.has(l))) return { labels: next, under: false };
  let highest = 0;
  for (let k = 1; taken.has(`${label}.${k}`) && k < 1000; k++) highest = k;
  return highest ? { labels: Array.from({ length: count }, (_, k) => `${label}.${highest + 1 + k}`), under: true } : undefined;
}
