import { lowerWords, writtenInLowerCase } from '../../../../src/core/review/rules/ordinary-words';

// The words the old single pattern read: a run without spaces holding ".", "@" or "/" before a
// letter or digit is taken whole (an address), every other lower-case word alone.
const REFERENCE = /(?<!\S)\S*[.@/]\w\S*|\b[a-z][a-z-]+\b/g;
const reference = (text: string): Set<string> => new Set(text.match(REFERENCE)?.filter((w) => !/[.@/]/.test(w)));

const CLAUSES = [
  'The Licensee shall pay the non-refundable Upfront Fee within thirty (30) days after the Effective Date.',
  'Notices go to legal@acme-holdings.com or by courier to the address at www.acme.example/contact, attention: General Counsel.',
  'Co-Branded Materials shall be reviewed under Section 4.2(b) and e.g. the Brand Guidelines; any self-serve portal is excluded.',
  'Sub-licensees, sub-contractors and X-ray equipment lessors are bound; third-party claims-handling is the Supplier\u2019s duty.',
  'abc-dEF ab-- -ab a- b-c ALLCAPS word2 _under snake_case mixedCase lower.Upper 1.5x end-',
  'Confidential Information\u00a0does not include information that is\u2003publicly available\tor independently developed.',
];

describe('lower-case words of a draft', () => {
  it.each(CLAUSES)('reads the words the single pattern read: %s', (clause) => {
    const expected = reference(clause);
    // Asked about every word of the clause in lower case: found exactly where the pattern found it.
    const asked = new Set(clause.toLowerCase().split(/[^a-z-]+/).filter((w) => w.length > 1));
    for (const w of expected) asked.add(w);
    const found = writtenInLowerCase(clause, asked);
    expect([...found].sort()).toEqual([...expected].filter((w) => asked.has(w)).sort());
  });

  it('reads "exclusive" inside "non-exclusive" only where the run opens with a capital', () => {
    const asked = new Set(['exclusive', 'non-exclusive']);
    expect([...lowerWords('a non-exclusive licence', asked)].sort()).toEqual(['non-exclusive']);
    expect([...lowerWords('a Non-exclusive licence', asked)]).toEqual(['exclusive']);
  });

  it('answers only what it is asked', () => {
    expect([...writtenInLowerCase('the Supplier shall deliver the goods', new Set(['supplier', 'goods']))]).toEqual(['goods']);
  });
});
