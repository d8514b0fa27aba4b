import { TextRun } from 'docx';

/**
 * Runs for one paragraph, with each defined term in bold quotes where it is defined: a quoted
 * term ("Samples" or “Samples”) that is one of the agreement's defined terms.
 */
export function runsWithDefinedTerms(text: string, terms: ReadonlySet<string>): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const m of text.matchAll(/["“]([^"“”]{1,80})["”]/g)) {
    if (!terms.has(m[1]!)) continue;
    if (m.index > last) runs.push(new TextRun(text.slice(last, m.index)));
    runs.push(new TextRun({ text: m[0], bold: true }));
    last = m.index + m[0].length;
  }
  if (last < text.length || runs.length === 0) runs.push(new TextRun(text.slice(last)));
  return runs;
}
