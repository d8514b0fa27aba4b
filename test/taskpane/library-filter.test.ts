import type { Clause } from '../../src/core/library';
import { filterClauses } from '../../src/taskpane/library/filter';

const note = (what: string) => ({ what, when: 'Whenever samples are sent.', risk: 'The samples are copied.' });
const clause = (id: string, topic: Clause['topic'], title: string, text: string, scenarios?: Clause['variants'][number]['applies']): Clause => ({
  id,
  topic,
  title,
  version: '1.0.0',
  order: 100,
  file: `clauses/${id}.yaml`,
  variants: [{ id: 'standard', stance: 'protective', applies: scenarios, text, note: { en: note(`${title} in plain words.`), zh: note('中文说明：不得反向工程。') } }],
});

const clauses = [
  clause('no-reverse-engineering', 'no-reverse-engineering', 'No Reverse Engineering', 'The Receiving Party shall not analyse the Samples to derive their composition.', { scenarios: ['sample-testing'] }),
  clause('return-of-samples', 'return-or-destroy', 'Return or Destruction', 'Within {{returnDays}} days after the end of the Term, the Evaluator shall return or destroy the Samples.'),
  clause('governing-law', 'governing-law', 'Governing Law', 'This Agreement is governed by {{governingLaw}}.'),
];

describe('filterClauses', () => {
  it('finds clauses by words of their text and notes, in either language', () => {
    expect(filterClauses(clauses, { query: 'destroy samples', topic: null, scenario: null }).map((c) => c.id)).toEqual(['return-of-samples']);
    expect(filterClauses(clauses, { query: '反向工程', topic: null, scenario: null }).map((c) => c.id)).toHaveLength(3);
  });

  it('finds a clause by its Chinese title and text', () => {
    const withChinese = clauses.map((c) =>
      c.id === 'governing-law' ? { ...c, titleZh: '适用法律', variants: c.variants.map((v) => ({ ...v, textZh: '本协议适用{{governingLaw}}。' })) } : c,
    );
    expect(filterClauses(withChinese, { query: '适用法律', topic: null, scenario: null }).map((c) => c.id)).toEqual(['governing-law']);
    expect(filterClauses(withChinese, { query: '本协议适用', topic: null, scenario: null }).map((c) => c.id)).toEqual(['governing-law']);
  });

  it('narrows by topic and by scenario, keeping clauses that apply to every scenario', () => {
    expect(filterClauses(clauses, { query: '', topic: 'governing-law', scenario: null }).map((c) => c.id)).toEqual(['governing-law']);
    expect(filterClauses(clauses, { query: '', topic: null, scenario: 'technology-license' }).map((c) => c.id)).toEqual(['return-of-samples', 'governing-law']);
  });
});
