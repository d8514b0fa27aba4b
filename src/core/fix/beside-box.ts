import type { DocModel } from '../document';
import type { Finding } from '../findings';
import type { Section } from '../review';
import { clauseSpan } from './clause-span';
import type { BesideBox } from './outcomes';
import { quoteInTextBox } from './quote-place';

/**
 * The body paragraph whose text box holds a finding's quote, where the quote reads there: a box's
 * paragraphs are read right after the paragraph that anchors it (io/read/body.ts), so it is the
 * last paragraph before the quote that is in no box.
 */
export function boxHolder(doc: DocModel, f: Finding): number | undefined {
  if (!quoteInTextBox(doc, f)) return undefined;
  for (let i = f.evidence[0]!.paragraph - 1; i >= 0; i--) if (!doc.paragraphs[i]!.textBox) return i;
  return undefined;
}

/**
 * Where a fix whose quote sits in a text box goes: beside the box, after the clause (as it reads)
 * whose paragraph holds it, through the paragraphs it takes; none where another change takes that
 * paragraph or the clause ends a part of the page layout (it then goes in as a new section). The one
 * step the redline, the issues list and the report take (fixOutcomes).
 */
export function besideBoxIn(doc: DocModel, sections: readonly Section[]): BesideBox {
  return (finding, _clause, taken) => {
    const holder = boxHolder(doc, finding);
    if (holder === undefined || taken({ first: holder, last: holder })) return undefined;
    let end = clauseSpan(doc, sections, holder, 'within').last;
    while (end > holder && doc.paragraphs[end]?.textBox) end--;
    return doc.paragraphs[end]?.sectionEnd ? undefined : { first: holder, last: end };
  };
}
