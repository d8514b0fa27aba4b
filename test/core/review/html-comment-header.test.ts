import { fromText, review } from '../../../src/core/review';
import { blankHtmlComments } from '../../../src/core/review/html-comments';

// A Markdown licence that opens with an HTML comment (a copyright header the rendered page hides).
// Read as text, the header stood where the opening should be and no party was found, so no term
// was weighed for either side.

const HEADER = [
  '<!--',
  '|   Copyright (C) 2019-2024 Halvorn Semiconductor Ltd.',
  '|',
  '|   Licensed under the Open Terms, Version 3 (the "Terms"); you may not use this file except in',
  '|   compliance with the Terms. Unless the law requires otherwise, this file is distributed on an',
  '|   "as is" basis, without warranties of any kind.',
  '-->',
].join('\n');

const LICENCE = [
  HEADER,
  '# Halvorn Development Kit Licence',
  '',
  'This Development Kit Licence (the "Agreement") is made between Halvorn Semiconductor Ltd. ("Halvorn") and the company that accepts it ("Licensee").',
  '',
  '2.1 Halvorn grants Licensee a non-exclusive licence to use the Deliverables to develop products built on Halvorn chips.',
  '',
  '2.6 Halvorn shall own all intellectual property rights in any bug fixes, patches or workarounds made by Licensee to the Deliverables, and may use them for any purpose.',
].join('\n');

describe('an HTML comment at the head of a Markdown contract', () => {
  it('is blanked, lines and offsets kept', () => {
    const text = 'A <!-- hidden\nnote --> B';
    const out = blankHtmlComments(text);
    expect(out).toHaveLength(text.length);
    expect(out.split('\n')).toHaveLength(2);
    expect(out).toBe(`A${' '.repeat(12)}\n${' '.repeat(9)}B`);
  });
  it('leaves an unclosed marker and the words outside a comment alone', () => {
    expect(blankHtmlComments('Fees <!-- are due in 30 days.')).toBe('Fees <!-- are due in 30 days.');
    expect(blankHtmlComments('No comment here.')).toBe('No comment here.');
  });
  it('no longer hides the parties, so our bug fixes owned by the licensor are raised', () => {
    const doc = fromText(LICENCE);
    expect(doc.paragraphs.some((p) => p.text.includes('Copyright'))).toBe(false);
    const result = review(doc, { scenario: 'technology-license', role: 'licensee' });
    expect(result.parties?.theirs).toContain('Halvorn');
    expect(result.parties?.ours).toBe('Licensee');
    expect(result.findings.map((f) => `${f.rule}:${f.severity}`)).toContain('one-sided.assignment:medium');
  });
});
