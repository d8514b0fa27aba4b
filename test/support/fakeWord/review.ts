import type { FakeDocument, FakeParagraph } from './model';

/**
 * Word's Accept and Reject of tracked changes, all of them or one reviewer's (Word's "Accept All
 * Changes Shown" with only that reviewer shown). A paragraph inserted whole goes on Reject, one
 * deleted whole on Accept; within a paragraph an insertion's text goes on Reject and a deletion's
 * on Accept, each later change's place moving with the text. Changes by others stay as they were.
 */
export function reviewChanges(doc: FakeDocument, decision: 'accept' | 'reject', author?: string): void {
  const mine = (c: { author: string }) => author === undefined || c.author === author;
  const whole = (p: FakeParagraph, type: 'Added' | 'Deleted') => p.changes.some((c) => mine(c) && c.type === type && c.start === 0 && c.text === p.text);
  const gone = doc.paragraphs.filter((p) => (decision === 'reject' ? whole(p, 'Added') : p.deleted && whole(p, 'Deleted'))).map((p) => p.id);
  const mode = doc.trackingMode;
  doc.trackingMode = 'Off';
  doc.deleteParagraphs(gone);
  doc.trackingMode = mode;
  const cut = decision === 'accept' ? 'Deleted' : 'Added';
  for (const p of doc.paragraphs) {
    if (p.deleted && whole(p, 'Deleted')) p.deleted = undefined;
    for (const c of p.changes.filter(mine).sort((a, b) => b.start - a.start)) {
      if (c.type !== cut || !p.changes.includes(c)) continue;
      const end = c.start + c.text.length;
      p.text = p.text.slice(0, c.start) + p.text.slice(end);
      // Another's change inside the text that went, goes with it.
      p.changes = p.changes.filter((o) => o === c || o.start < c.start || o.start + o.text.length > end);
      for (const o of p.changes) if (o.start >= end) o.start -= c.text.length;
    }
    p.changes = p.changes.filter((c) => !mine(c));
  }
}

/** A paragraph's text as if every change were accepted ("Current") or rejected ("Original"). */
export function reviewedText(p: FakeParagraph, version: 'Current' | 'Original'): string {
  const drop = version === 'Current' ? 'Deleted' : 'Added';
  const cut = p.changes.filter((c) => c.type === drop).sort((a, b) => b.start - a.start);
  let text = p.text;
  for (const c of cut) text = text.slice(0, c.start) + text.slice(c.start + c.text.length);
  return text;
}
