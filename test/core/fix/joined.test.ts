import type { RenderedClause } from '../../../src/core/agreement/rendered';
import type { DocModel } from '../../../src/core/document';
import { joinable, joinClauses, joinParts } from '../../../src/core/fix/joined';

const local = (terms: { term: string; text: string }[]) => ({ terms, own: 'In this Section 8, {{definitions}}.', shared: 'In Sections {{sections}} and {{last}}, {{definitions}}.', separator: ', ' });
const clause = (id: string, title: string, texts: string[], terms: { term: string; text: string }[]): RenderedClause => ({
  clauseId: id,
  variantId: 'standard',
  clauseVersion: '1',
  topic: 'return-or-destroy',
  number: '8',
  title,
  tag: `cw|${id}`,
  values: {},
  paragraphs: [...texts.map((text, i) => ({ level: 1 as const, label: `8.${i + 1}`, text })), { level: 1, label: `8.${texts.length + 1}`, text: 'defining' }],
  local: local(terms),
});

const SAMPLES = { term: 'Samples', text: '"Samples" means the battery cells the Supplier sends for testing' };
const IMPROVEMENTS = { term: 'Improvements', text: '"Improvements" means any change to the Samples' };

describe('two fixes for one clause joined', () => {
  const ret = clause('return-or-destroy', 'Return of Samples', ['Within 30 days after this Agreement ends, the Evaluator shall return the Samples.', 'The Evaluator shall certify the return in writing.'], [SAMPLES]);
  const imp = clause('improvements', 'Improvements', ['Each Party owns the Improvements it makes.'], [IMPROVEMENTS, SAMPLES]);

  it('numbers the second fix on from the first and defines each term once, in one closing paragraph', () => {
    const joined = joinClauses(ret, imp);
    expect(joined.title).toBe('Return of Samples and Improvements');
    expect(joined.paragraphs.map((p) => p.label)).toEqual(['8.1', '8.2', '8.3', '8.4']);
    expect(joined.paragraphs[2]!.text).toBe('Each Party owns the Improvements it makes.');
    expect(joined.paragraphs[3]!.text).toBe(`In this Section 8, ${SAMPLES.text}; ${IMPROVEMENTS.text}.`);
    expect(joined.local!.terms.map((t) => t.term)).toEqual(['Samples', 'Improvements']);
  });

  it('joins two carve-outs, but not a carve-out with a rewrite, a fix in two languages, or fixes under different numbers', () => {
    expect(joinable(ret, imp)).toBe(true);
    expect(joinable({ ...ret, beside: true }, { ...imp, beside: true })).toBe(true);
    expect(joinable(ret, { ...imp, beside: true })).toBe(false);
    expect(joinable({ ...ret, bilingual: true }, imp)).toBe(false);
    expect(joinable(ret, { ...imp, number: '9' })).toBe(false);
  });

  it('keeps the sub-clauses both leave standing, and replaces the clause whole where none is left', () => {
    const doc = { paragraphs: ['On termination:', '(a) pay all fees due;', '(b) return the Samples;', '(c) assign Improvements.'].map((text, index) => ({ index, text })) } as unknown as DocModel;
    const range = (paragraph: number) => ({ paragraph, start: 0, end: doc.paragraphs[paragraph]!.text.length, text: doc.paragraphs[paragraph]!.text });
    const both = joinParts(doc, { deleted: [range(2)], keeps: ['(a)', '(c)'] }, { deleted: [range(3)], keeps: ['(a)', '(b)'] });
    expect(both).toEqual({ deleted: [range(2), range(3)], keeps: ['(a)'] });
    expect(joinParts(doc, { deleted: [range(2)], keeps: ['Usage Data'] }, { deleted: [range(3)], keeps: ['Feedback'] })).toBeUndefined();
    expect(joinParts(doc, undefined, { deleted: [range(3)], keeps: ['(a)'] })).toBeUndefined();
  });
});
