import type { RenderedClause } from '../agreement/rendered';
import type { DocModel } from '../document';
import { readListLabel } from '../review/text';
import type { ParagraphSpan } from './clause-span';

/**
 * A fix that goes in after a sub-clause it leaves standing (placement `part` beside "5.1") is
 * numbered as a lawyer inserts clauses: at 5.1's level, 5.2 on where the draft has no 5.2 (no
 * clause of the draft moves), not "5.1.1" under a clause that has no paragraphs.
 * What the fix says of its own section ("In this Section 5.1", "This Section continues", "Sections
 * 5.1.1 and 5.1.2", "第5.1条", "本条") follows its new labels.
 */
export function besideLabels(doc: DocModel, clause: RenderedClause, span: ParagraphSpan): RenderedClause {
  const own = clause.number;
  const mine = clause.paragraphs.filter((p) => p.level === 1 && p.label);
  if (!span.label || own !== span.label || !/^\d{1,3}(?:\.\d{1,3}){1,4}$/.test(own) || mine.length === 0) return clause;
  if (!mine.every((p) => p.label.startsWith(`${own}.`))) return clause;
  const labels = siblingLabels(doc, own, mine.length);
  if (!labels) return clause;
  const to = new Map(mine.map((p, k) => [p.label, labels[k]!]));
  const many = labels.length > 1;
  const whole = many ? `Sections ${labels[0]}${labels.length === 2 ? ' and ' : ' to '}${labels.at(-1)}` : `Section ${labels[0]}`;
  const zhWhole = many ? `第${labels[0]}条${labels.length === 2 ? '和' : '至'}第${labels.at(-1)}条` : `第${labels[0]}条`;
  const escaped = own.replace(/\./g, '\\.');
  const sub = new RegExp(`\\b${escaped}\\.\\d{1,3}\\b(?!\\.\\d)`, 'g');
  const self = new RegExp(`\\b(${many ? '[Tt]his ' : ''})?Section ${escaped}(?![\\dA-Z]|\\.\\d)`, 'g');
  const cite = (text: string): string => {
    const cited = text
      .replace(sub, (label) => to.get(label) ?? label)
      .replace(self, (_, lead?: string) => `${lead && !many ? lead : ''}${whole}`)
      .replace(new RegExp(`第${escaped}条`, 'g'), zhWhole);
    // With several paragraphs, "This Section continues" says each of them does; "in this Section", all of them;
    // "本条" (not "本条款", these terms) all of them too. "本款" is the paragraph it stands in, whatever its label.
    return many ? cited.replace(/\bThis Section\b/g, `Each of ${whole}`).replace(/\bthis Section\b/g, whole).replace(/本条(?![款例件])/g, zhWhole) : cited;
  };
  return {
    ...clause,
    paragraphs: clause.paragraphs.map((p) => ({ ...p, label: to.get(p.label) ?? p.label, text: cite(p.text) })),
    ...(clause.local ? { local: { ...clause.local, own: cite(clause.local.own) } } : {}),
  };
}

/**
 * `count` labels after `label` at its level that the draft does not use (5.2, 5.3), else none: an
 * inserted "5.1A" is not read back as a label (review/text.ts), so such a fix stays "5.1.1" for now.
 */
function siblingLabels(doc: DocModel, label: string, count: number): string[] | undefined {
  const taken = new Set(doc.paragraphs.map((p) => (p.listLabel ?? readListLabel(p.text.trim()) ?? '').trim().replace(/[.)]$/, '')).filter(Boolean));
  const parent = label.slice(0, label.lastIndexOf('.'));
  const last = Number(label.slice(label.lastIndexOf('.') + 1));
  const next = Array.from({ length: count }, (_, k) => `${parent}.${last + 1 + k}`);
  return next.every((l) => !taken.has(l)) ? next : undefined;
}
