import type { DocModel } from '../../core/document';

/**
 * Where a paragraph sits, as the reader of the document would cite it: its own list label, a
 * sub-clause label joined to its parent's ("7.3(b)"), or the label of the numbered paragraph or
 * heading above it. Undefined when nothing above it is numbered.
 */
export function sectionOf(doc: DocModel, paragraph: number): string | undefined {
  let sub: string | undefined;
  for (let i = Math.min(paragraph, doc.paragraphs.length - 1); i >= 0; i--) {
    const label = doc.paragraphs[i]?.listLabel?.trim();
    if (!label || /^[•▪➢✓o\-–]$/.test(label)) continue;
    if (label.startsWith('(')) {
      sub ??= label;
      continue;
    }
    const main = label.replace(/\.$/, '');
    return sub ? `${main}${sub}` : main;
  }
  return sub;
}
