import { clauseSpan } from '../../src/core/fix/clause-span';
import { partReplaced } from '../../src/core/fix/kept-part';
import { fromText, segment } from '../../src/core/review';

/** What a fix with this title and topic leaves of the clause that holds `quote`: the text it deletes, and what it keeps. */
export function replacing(draft: string, quote: string, fix: { title: string; topic: string }) {
  const doc = fromText(draft);
  const segments = segment(doc);
  const at = doc.paragraphs.findIndex((p) => p.text.includes(quote));
  const span = clauseSpan(doc, segments.sections, at, 'within');
  const part = partReplaced(doc, segments, span, fix);
  return part && { keeps: part.keeps, deleted: part.deleted.map((r) => doc.paragraphs[r.paragraph]!.text.slice(r.start, r.end).trim()) };
}
