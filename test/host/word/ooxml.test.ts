import { plan, presetAnswers, renderIn, type Answers } from '../../../src/core/agreement';
import { BLOCK_BUDGET, ooxmlBlocks, sentSize } from '../../../src/host/word/ooxml';
import { planInsert } from '../../../src/host/word/plan';
import { parseXml } from '../../../src/io/read/xml';
import { realLibrary } from '../../core/agreement/real-library';
import { TERMS } from '../fixtures';

const library = realLibrary();
const answers: Answers = { ...presetAnswers(library, 'sample-testing'), language: 'bilingual', prevailingLanguage: 'equal' };
const { terms, zh } = renderIn(library, plan(library, answers), answers);

describe('ooxmlBlocks', () => {
  const blocks = ooxmlBlocks(planInsert(terms, { zh }), terms.clauses);

  it('splits a long bilingual agreement into well-formed packages under the budget, never inside a clause', () => {
    expect(blocks.length).toBeGreaterThan(3);
    for (const b of blocks) {
      expect(sentSize(b)).toBeLessThanOrEqual(BLOCK_BUDGET);
      expect(() => parseXml(b, 'block')).not.toThrow();
      // Every control opened in a block closes in it.
      expect(b.split('<w:sdt>').length).toBe(b.split('</w:sdt>').length);
    }
    const tags = blocks.flatMap((b) => [...b.matchAll(/<w:tag w:val="([^"]*)"\/>/g)].map((m) => m[1]));
    expect(tags).toEqual(terms.clauses.map((c) => c.tag));
    // The styles go with the first block only.
    expect(blocks.filter((b) => b.includes('/word/styles.xml'))).toHaveLength(1);
  });

  it('writes headings out of any numbering, sub-clauses hung, tabs as w:tab, and ends each block in a plain paragraph', () => {
    const [only] = ooxmlBlocks(planInsert(TERMS), TERMS.clauses);
    expect(only).toContain('<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>2.</w:t><w:tab/><w:t>Use of the Samples</w:t></w:r></w:p>');
    expect(only).toMatch(/<\/w:sdt><w:p\/><\/w:body>/);
    const withList = ooxmlBlocks({ paragraphs: [{ text: '(a)\tone archival copy of its test reports; and', style: 'Normal', sub: true }], clauses: [] }, []);
    expect(withList[0]).toContain('<w:ind w:left="1361" w:hanging="567"/>');
  });
});
