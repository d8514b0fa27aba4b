import type { RenderedClause } from '../../../src/core/agreement/rendered';
import type { DocModel } from '../../../src/core/document';
import { loadLibraryDir } from '../../../src/cli/library-files';
import { inOrder, joinable, joinClauses, joinParts } from '../../../src/core/fix/joined';
import { withSurvival } from '../../../src/core/fix/survival';

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

  it('joins two carve-outs, or a carve-out with a rewrite (the carve-out after it), but not a fix in two languages, or fixes under different numbers', () => {
    expect(joinable(ret, imp)).toBe(true);
    expect(joinable({ ...ret, beside: true }, { ...imp, beside: true })).toBe(true);
    expect(joinable(ret, { ...imp, beside: true })).toBe(true);
    const carveOut = { ...imp, beside: true };
    const joined = joinClauses(...inOrder(carveOut, ret));
    expect(joined.paragraphs.map((p) => p.text).slice(0, 3)).toEqual([...ret.paragraphs.slice(0, -1), ...imp.paragraphs.slice(0, -1)].map((p) => p.text));
    expect(joined.beside).toBeUndefined();
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

  describe('where both say how long they last after the agreement ends', () => {
    const library = loadLibraryDir();
    if (!library.ok) throw new Error('the built-in library does not validate');
    const { survival: groups, survivalParts: naming } = library.library.agreement!;
    const years = (key: string) => (key === 'survivalYears' ? '5' : undefined);
    const lasting = (c: RenderedClause, text: string) => withSurvival(groups, { ...c, paragraphs: [...c.paragraphs.slice(0, -1), { level: 1, label: '', text }], local: undefined }, years, naming);
    const unlimited = lasting(ret, 'This Section continues after this Agreement ends, without time limit.');
    const samples = lasting(imp, 'This Section continues after this Agreement ends. The duty to return Samples in it continues for 5 years after this Agreement ends.');

    it('says it once, for the whole section, in the first’s wording, with what each says of its own parts after it', () => {
      const joined = joinClauses(unlimited, samples);
      expect(joined.paragraphs.map((p) => p.text)).toEqual([
        ...ret.paragraphs.slice(0, -1).map((p) => p.text),
        ...imp.paragraphs.slice(0, -1).map((p) => p.text),
        'This Section continues after this Agreement ends, without time limit. The duty to return Samples in it continues for 5 years after this Agreement ends.',
      ]);
      expect(joined.paragraphs.map((p) => p.label)).toEqual(['8.1', '8.2', '8.3', '8.4']);
    });

    it('where they last differently, names each part with its own period in one sentence, and where only one says it, names only its parts', () => {
      const fiveYears = lasting(imp, 'This Section continues for 5 years after this Agreement ends.');
      expect(fiveYears.survival?.period).not.toBe(unlimited.survival?.period);
      const joined = joinClauses(unlimited, fiveYears);
      expect(joined.paragraphs.map((p) => p.label)).toEqual(['8.1', '8.2', '8.3', '8.4']);
      expect(joined.paragraphs.at(-1)!.text).toBe('Sections 8.1 and 8.2 continue after this Agreement ends, without time limit; and Section 8.3 continues for 5 years after this Agreement ends.');
      expect(joined.paragraphs.filter((p) => p.text.includes('This Section continues'))).toHaveLength(0);
      // The return fix said nothing of how long it lasts: the section's sentence does not make it last.
      const one = joinClauses(fiveYears, ret);
      expect(one.paragraphs.map((p) => p.text)).toEqual([
        imp.paragraphs[0]!.text,
        ...ret.paragraphs.slice(0, -1).map((p) => p.text),
        'Section 8.1 continues for 5 years after this Agreement ends.',
        `In this Section 8, ${SAMPLES.text}.`,
      ]);
      expect(lasting(imp, 'This Section continues after this Agreement ends until each Party has performed its duties under it.').survival).toBeUndefined();
    });

    it('joined again, names together the parts that last alike, a run of three as a range, and keeps what each says of its contents', () => {
      const samples5 = lasting(imp, 'This Section continues for 5 years after this Agreement ends.');
      const three = lasting(clause('results-use', 'Use of Results', ['A.', 'B.', 'C.'], []), 'This Section continues after this Agreement ends, without time limit.');
      const first = joinClauses(unlimited, samples5);
      expect(joinClauses(first, samples).paragraphs.at(-1)!.text).toBe(
        'Sections 8.1, 8.2 and 8.4 continue after this Agreement ends, without time limit; and Section 8.3 continues for 5 years after this Agreement ends. The duty to return Samples in it continues for 5 years after this Agreement ends.',
      );
      expect(joinClauses(three, samples5).paragraphs.at(-1)!.text).toBe('Sections 8.1 to 8.3 continue after this Agreement ends, without time limit; and Section 8.4 continues for 5 years after this Agreement ends.');
    });

    it('unnumbered, names each part by its title', () => {
      const bare = (c: RenderedClause) => ({ ...c, number: '', paragraphs: c.paragraphs.map((p) => ({ ...p, label: '' })) });
      const joined = joinClauses(bare(unlimited), bare(lasting(imp, 'This Section continues for 5 years after this Agreement ends.')));
      expect(joined.paragraphs.at(-1)!.text).toBe(
        'The provisions of this Section on Return of Samples continue after this Agreement ends, without time limit; and the provisions of this Section on Improvements continue for 5 years after this Agreement ends.',
      );
    });

    it('in Chinese, joins the sentences without a space, and names each part as a Chinese draft does', () => {
      const { survival: zh, survivalParts: zhNaming } = library.library.agreementZh!;
      const inZh = (c: RenderedClause, text: string) => withSurvival(zh, { ...c, title: '样品', paragraphs: [{ level: 1, label: '8.1', text: '接收方应当返还样品。' }, { level: 1, label: '8.2', text }], local: undefined }, years, zhNaming);
      const joined = joinClauses(inZh(ret, '本条在本协议终止后继续有效，不受期限限制。'), inZh(imp, '本条在本协议终止后继续有效。本条对样品的限制在本协议终止后5年内继续有效。'));
      expect(joined.paragraphs.at(-1)!.text).toBe('本条在本协议终止后继续有效，不受期限限制。本条对样品的限制在本协议终止后5年内继续有效。');
      const apart = joinClauses(inZh(ret, '本条在本协议终止后继续有效，不受期限限制。'), inZh(imp, '本条在本协议终止后5年内继续有效。'));
      expect(apart.paragraphs.at(-1)!.text).toBe('第8.1条在本协议终止后继续有效，不受期限限制；第8.2条在本协议终止后5年内继续有效。');
    });
  });
});
