import { definedOnce, fixesFor, unnumbered } from '../../../src/core/fix';
import { fromText, review } from '../../../src/core/review';
import type { RenderedClause } from '../../../src/core/agreement/rendered';
import { library, playbooks } from '../../support/review-as-side';

// A licensor's short licence: it defines none of our library's terms, and lacks many of the clauses a
// licensee asks for, so several new sections each need "Territory", "Background IP" and the like.
const DRAFT = `TECHNOLOGY LICENCE AGREEMENT
This Technology Licence Agreement is made between Aldmark Coatings AG, a company organised under the laws of Switzerland ("Licensor"), and Zhenhua Materials Co., Ltd., a company organised under the laws of the People's Republic of China ("Licensee").
1. Licence. Licensor grants Licensee a non-exclusive licence to use Licensor's anti-corrosion coating process to make coated steel pipe.
2. Fees. Licensee shall pay Licensor a royalty of three per cent of the net sales price of each coated pipe, within thirty days after the end of each calendar quarter.
3. Term. This Agreement continues for five years from its signature by both parties.
4. Governing Law. This Agreement is governed by the laws of Switzerland.`;

function proposed(): RenderedClause[] {
  const doc = fromText(DRAFT);
  const result = review(doc, { library, playbooks, scenario: 'technology-license', role: 'licensee' });
  const fix = fixesFor(library, result, doc);
  const seen = new Set<string>();
  return result.findings.flatMap((f) => {
    const c = f.fix ? fix(f.fix) : null;
    if (!c || seen.has(c.clauseId)) return [];
    seen.add(c.clauseId);
    return [c];
  });
}

/** Each `"Term" means` in a clause's text, with the sections the sentence holding it names. */
function definitions(c: RenderedClause): { term: string; sections: string[] }[] {
  const last = c.paragraphs.at(-1)!.text;
  return last.split(/(?<=\.) (?=In )/).flatMap((sentence) => {
    const scope = /^In (?:this Section ([\d.]+)|Sections ([\d., ]+) and ([\d.]+)),/.exec(sentence);
    if (!scope) return [];
    const sections = scope[1] ? [scope[1]] : [...scope[2]!.split(', '), scope[3]!];
    return [...sentence.matchAll(/"([^"]+)" means/g)].map((m) => ({ term: m[1]!, sections }));
  });
}

describe('fixes that go in together define each term once', () => {
  const alone = proposed();
  const together = definedOnce(alone);

  it('proposes several sections that, each alone, define the same term', () => {
    const counts = new Map<string, number>();
    for (const c of alone) for (const d of definitions(c)) counts.set(d.term, (counts.get(d.term) ?? 0) + 1);
    expect([...counts.values()].some((n) => n > 1)).toBe(true);
  });

  it('defines each term once, in the first section that uses it, for every section that does', () => {
    const defined = together.flatMap((c) => definitions(c).map((d) => ({ ...d, in: c.number })));
    const terms = new Set(alone.flatMap((c) => definitions(c).map((d) => d.term)));
    for (const term of terms) {
      const once = defined.filter((d) => d.term === term);
      expect({ term, times: once.length }).toEqual({ term, times: 1 });
      const users = alone.filter((c) => definitions(c).some((d) => d.term === term)).map((c) => c.number);
      expect({ term, sections: once[0]!.sections }).toEqual({ term, sections: users });
      expect(once[0]!.in).toBe(users[0]);
    }
  });

  it('drops the defining paragraph of a section left with nothing to define, and keeps the rest of every clause', () => {
    together.forEach((c, i) => {
      const was = alone[i]!;
      const kept = definitions(c).length > 0 ? c.paragraphs.length : c.paragraphs.length + (definitions(was).length > 0 ? 1 : 0);
      expect(kept).toBe(was.paragraphs.length);
      expect(c.paragraphs.slice(0, was.paragraphs.length - (definitions(was).length > 0 ? 1 : 0)).map((p) => p.text)).toEqual(
        was.paragraphs.slice(0, was.paragraphs.length - (definitions(was).length > 0 ? 1 : 0)).map((p) => p.text),
      );
    });
  });

  it('leaves alone a fix with no number, which no other section can name', () => {
    const box = unnumbered(alone.find((c) => definitions(c).length > 0)!);
    const withBox = definedOnce([...alone, box]);
    expect(withBox.at(-1)).toBe(box);
  });
});
