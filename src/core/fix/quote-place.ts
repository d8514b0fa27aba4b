import type { DocModel } from '../document';
import { addsClause, type Finding } from '../findings';
import type { Section } from '../review';

// Where a finding's quote stands in the draft and where a new section goes: the light reads the
// workspace's page makes for every change of proposals (numbers.ts), kept apart from
// fixPlacement (placement.ts), whose sub-clause reading needs the review's topic detector.

/** Whether a finding's quote still reads at its place in this draft (the review may be of another read), outside text boxes. */
export function quoteReads(doc: DocModel, f: Finding): boolean {
  return reads(doc, f) === 'body';
}

/** Whether a finding's quote reads in a text box of this draft. */
export function quoteInTextBox(doc: DocModel, f: Finding): boolean {
  return reads(doc, f) === 'box';
}

function reads(doc: DocModel, f: Finding): 'body' | 'box' | undefined {
  const ev = f.evidence[0];
  const p = ev ? doc.paragraphs[ev.paragraph] : undefined;
  if (!p || !ev || p.text.slice(ev.start, ev.end) !== ev.text) return undefined;
  return p.textBox ? 'box' : 'body';
}

/** Whether a fix for this finding goes in as a new section: the term is missing, or its quote no longer reads. */
export function addsSection(doc: DocModel, f: Finding): boolean {
  return addsClause(f) || !quoteReads(doc, f);
}

/** The number the first clause the draft lacks goes in under: after its highest top-level section. */
export function nextSection(sections: readonly Section[]): number {
  let last = 0;
  for (const s of sections) {
    const n = Number(/^\d+/.exec(s.label)?.[0] ?? 0);
    if (n > last && n < 1000) last = n;
  }
  return last + 1;
}
