import { plan, presetAnswers, renderIn, toBilingualText, toText, type Answers, type RenderedTerms } from '../../../src/core/agreement';
import type { Library } from '../../../src/core/library';
import { SCENARIO_IDS, rolesOf } from '../../../src/core/scenarios';
import { realLibrary } from './real-library';

const library = realLibrary();
const TWELVE = SCENARIO_IDS.flatMap((scenario) => rolesOf(scenario).map((role) => [scenario, role] as const));

/** Each line of the agreement as it reads: title, preamble, recitals, headings, paragraphs, signature labels. */
function linesOf(t: RenderedTerms): string[] {
  return [
    t.title,
    ...t.preamble,
    ...(t.recitals ? [t.recitals.title, ...t.recitals.paragraphs.map((p) => p.text), t.recitals.agree] : []),
    ...t.clauses.flatMap((c) => [c.title, ...c.paragraphs.map((p) => p.text)]),
    ...(t.signing ? [t.signing.intro, ...t.signing.blocks.flatMap((b) => [b.heading, ...b.lines.map((l) => l.label)])] : []),
  ];
}

/** The figures a line states: days, months, percentages, amounts and section numbers must agree across the two texts. */
const figures = (s: string) => (s.match(/\d+(?:[.,]\d+)*/g) ?? []).map((n) => n.replace(/,/g, '')).sort();
const CJK = /[\u4e00-\u9fff]/;

describe('bilingual agreements: English and Chinese, paragraph for paragraph', () => {
  it.each(TWELVE)('%s for the %s: every line has its Chinese, with the same figures', (scenario, role) => {
    const answers: Answers = { ...presetAnswers(library, scenario, role), language: 'bilingual', prevailingLanguage: 'en' };
    const built = renderIn(library, plan(library, answers), answers);
    expect(built.zh).toBeDefined();
    const en = linesOf(built.terms);
    const zh = linesOf(built.zh!);
    expect(zh).toHaveLength(en.length);
    const differing = en.map((line, i) => ({ line, zh: zh[i]! })).filter(({ line, zh: z }) => !CJK.test(z) || figures(line).join() !== figures(z).join());
    expect(differing).toEqual([]);
    // The same sections under the same numbers.
    expect(built.zh!.clauses.map((c) => c.number)).toEqual(built.terms.clauses.map((c) => c.number));
  });

  it('says which text prevails as the user chose, and the one-language builds say their language', () => {
    const base = presetAnswers(library, 'sample-testing');
    const variant = (a: Answers) => plan(library, a).clauses.find((c) => c.clause.id === 'contract-language')?.variant.id;
    expect(variant(base)).toBe('english-prevails');
    expect(variant({ ...base, language: 'zh' })).toBe('chinese');
    expect(variant({ ...base, language: 'bilingual', prevailingLanguage: 'en' })).toBe('bilingual-english-prevails');
    expect(variant({ ...base, language: 'bilingual', prevailingLanguage: 'zh' })).toBe('bilingual-chinese-prevails');
    expect(variant({ ...base, language: 'bilingual', prevailingLanguage: 'equal' })).toBe('bilingual-equal');
  });

  it('builds Chinese terms with the parties, references and answers in Chinese where the answers give them', () => {
    const answers: Answers = { ...presetAnswers(library, 'sample-testing'), language: 'zh' };
    const { terms, zh } = renderIn(library, plan(library, answers), answers);
    expect(zh).toBeUndefined();
    const text = toText(terms);
    expect(text).toContain('伏特赛尔能源科技有限公司');
    expect(text).toContain('德国');
    expect(text).toContain(answers.zh!.samples!);
    expect(text).not.toContain('Section ');
    expect(text).toMatch(/“保密信息”指/);
  });

  it('writes the text form with each English line followed by its Chinese', () => {
    const answers: Answers = { ...presetAnswers(library, 'pre-deal-disclosure'), language: 'bilingual', prevailingLanguage: 'equal' };
    const { terms, zh } = renderIn(library, plan(library, answers), answers);
    const lines = toBilingualText(terms, zh!).split('\n');
    const at = lines.indexOf(`${terms.clauses[1]!.number}. ${terms.clauses[1]!.title}`);
    expect(lines[at + 1]).toBe(`${zh!.clauses[1]!.number}. ${zh!.clauses[1]!.title}`);
  });

  it('names what has no Chinese yet instead of mixing languages', () => {
    const answers: Answers = { ...presetAnswers(library, 'sample-testing'), language: 'zh' };
    const chosen = plan(library, answers);
    const target = chosen.clauses.find((c) => c.clause.id === 'return-or-destroy')!;
    const untranslated: Library = {
      ...library,
      clauses: library.clauses.map((c) => (c.id === target.clause.id ? { ...c, variants: c.variants.map((v) => ({ ...v, textZh: undefined })) } : c)),
    };
    const replanned = plan(untranslated, answers);
    expect(() => renderIn(untranslated, replanned, answers)).toThrow(`clause "return-or-destroy", variant "${target.variant.id}"`);
  });
});
