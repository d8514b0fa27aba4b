import { plan, presetAnswers, renderIn, toBilingualText, type Answers, type RenderedTerms } from '../../../../src/core/agreement';
import { figureDifference, figuresOf } from '../../../../src/core/review/bilingual/compare';
import { fromText, review } from '../../../../src/core/review';
import { SCENARIO_IDS, rolesOf, type RoleId } from '../../../../src/core/scenarios';
import { readDocx } from '../../../../src/io';
import { writeBilingualDocx } from '../../../../src/io/write/bilingual';
import { realLibrary } from '../../agreement/real-library';

const library = realLibrary();
const TWELVE = SCENARIO_IDS.flatMap((scenario) => rolesOf(scenario).map((role) => [scenario, role as RoleId] as const));
const BILINGUAL = /^discrepancy\.bilingual-/;

function bilingual(scenario: (typeof SCENARIO_IDS)[number], role: RoleId, prevailing: Answers['prevailingLanguage'] = 'en') {
  const answers: Answers = { ...presetAnswers(library, scenario, role), language: 'bilingual', prevailingLanguage: prevailing };
  const built = renderIn(library, plan(library, answers), answers);
  return { en: built.terms, zh: built.zh! };
}

/** The Chinese text with one paragraph rewritten: the planted discrepancy. */
function planted(zh: RenderedTerms, find: RegExp, change: (text: string) => string): RenderedTerms {
  let done = false;
  const clauses = zh.clauses.map((c) => ({
    ...c,
    paragraphs: c.paragraphs.map((p) => {
      if (done || !find.test(p.text)) return p;
      done = true;
      return { ...p, text: change(p.text) };
    }),
  }));
  if (!done) throw new Error(`no paragraph matches ${find}`);
  return { ...zh, clauses };
}

const findingsOf = (text: string) => review(fromText(text), { scenario: 'sample-testing', role: 'provider' }).findings.filter((f) => BILINGUAL.test(f.rule));

describe('the discrepancy check between the English and Chinese texts of a draft', () => {
  it.each(TWELVE)('finds nothing in our own bilingual %s terms for the %s, laid out in two columns', async (scenario, role) => {
    const { en, zh } = bilingual(scenario, role);
    const doc = await readDocx(await writeBilingualDocx(en, zh));
    const found = review(doc, { scenario, role }).findings.filter((f) => BILINGUAL.test(f.rule));
    expect(found.map((f) => `${f.rule}: ${f.evidence.map((e) => e.text.slice(0, 60)).join(' | ')}`)).toEqual([]);
  });

  const { en, zh } = bilingual('sample-testing', 'provider');

  it('finds nothing in the same terms written English line, Chinese line', () => {
    expect(findingsOf(toBilingualText(en, zh))).toEqual([]);
  });

  it('finds a changed number of days, quoting both texts and saying which would govern', async () => {
    const changed = planted(zh, /30日内/, (t) => t.replace('30日内', '60日内'));
    const found = findingsOf(toBilingualText(en, changed));
    expect(found.map((f) => f.rule)).toEqual(['discrepancy.bilingual-figures']);
    expect(found[0]!.message).toContain('English only: 30');
    expect(found[0]!.message).toContain('Chinese only: 60');
    expect(found[0]!.evidence).toHaveLength(2);
    expect(found[0]!.why).toContain('the English text would govern');
    // The same in the two-column .docx.
    const doc = await readDocx(await writeBilingualDocx(en, changed));
    expect(review(doc, {}).findings.filter((f) => BILINGUAL.test(f.rule)).map((f) => f.rule)).toEqual(['discrepancy.bilingual-figures']);
  });

  it('finds a prohibition dropped from the Chinese', () => {
    // "shall not analyse ... or open" turned into "may analyse ... or open" in the Chinese.
    const changed = planted(zh, /不得/, (t) => t.replaceAll('不得', '可以'));
    expect(findingsOf(toBilingualText(en, changed)).map((f) => f.rule)).toEqual(['discrepancy.bilingual-negation']);
  });

  it('finds a party named differently in the Chinese', () => {
    const changed = planted(zh, /Nordhavn/, (t) => t.replace('Nordhavn', 'Nordvolt'));
    const found = findingsOf(toBilingualText(en, changed));
    expect(found.map((f) => f.rule)).toEqual(['discrepancy.bilingual-names']);
    expect(found[0]!.message).toContain('Nordvolt');
  });

  it('finds two language clauses that each make their own text prevail', () => {
    const changed = planted(zh, /以英文文本为准/, (t) => t.replace('以英文文本为准', '以中文文本为准'));
    const found = findingsOf(toBilingualText(en, changed));
    expect(found.map((f) => f.rule)).toEqual(['discrepancy.bilingual-prevailing']);
    expect(found[0]!.severity).toBe('high');
  });

  it('offers the language clause for conflicting prevailing clauses and no library clause for a difference in wording', () => {
    const prevailing = planted(zh, /以英文文本为准/, (t) => t.replace('以英文文本为准', '以中文文本为准'));
    const days = planted(prevailing, /30日内/, (t) => t.replace('30日内', '60日内'));
    const found = review(fromText(toBilingualText(en, days)), { scenario: 'sample-testing', role: 'provider', library }).findings.filter((f) => BILINGUAL.test(f.rule));
    expect(found.map((f) => [f.rule, f.fix?.clause])).toEqual([
      ['discrepancy.bilingual-prevailing', 'contract-language'],
      ['discrepancy.bilingual-figures', undefined],
    ]);
  });

  it('finds a defined term the Chinese renders otherwise than its definitions, in our own terms', () => {
    // 5.1: "Nordhavn may use the Samples and Voltcell's Confidential Information only for the Purpose".
    const changed = planted(zh, /^Nordhavn仅可为约定目的使用/, (t) => t.replace('保密信息', '机密信息'));
    const found = findingsOf(toBilingualText(en, changed));
    expect(found.map((f) => f.message)).toEqual(['The Chinese text renders "Confidential Information" as 机密信息 here, where its definitions render it as 保密信息']);
  });

  it('reads Chinese numerals that count days against the English digits', () => {
    const words = planted(zh, /30日内/, (t) => t.replace('30日内', '三十日内'));
    expect(findingsOf(toBilingualText(en, words))).toEqual([]);
    const wrong = planted(zh, /30日内/, (t) => t.replace('30日内', '十五日内'));
    expect(findingsOf(toBilingualText(en, wrong)).map((f) => f.rule)).toEqual(['discrepancy.bilingual-figures']);
  });

  it('stays out of a draft in one language', () => {
    expect(findingsOf(en.clauses.flatMap((c) => c.paragraphs.map((p) => `${p.label} ${p.text}`)).join('\n'))).toEqual([]);
  });
});

describe('figures as each language writes them', () => {
  const differ = (en: string, zh: string) => figureDifference(figuresOf(en, 'en'), figuresOf(zh, 'zh'));

  it('reads a date with its month named as the Chinese writes it in digits, and finds a changed month', () => {
    expect(differ('This Agreement takes effect on 1 March 2025.', '本协议自2025年3月1日起生效。')).toEqual({ en: [], zh: [] });
    expect(differ('This Agreement takes effect on March 1, 2025.', '本协议自2025年3月1日起生效。')).toEqual({ en: [], zh: [] });
    expect(differ('This Agreement takes effect on 1 March 2025.', '本协议自2025年4月1日起生效。')).toEqual({ en: ['3'], zh: ['4'] });
    // "May" as a permission is no month.
    expect(differ('The Licensee may terminate this Agreement on 30 days notice.', '被许可方可提前30日通知终止本协议。')).toEqual({ en: [], zh: [] });
  });

  it('reads an amount with its magnitude as one figure: USD 1.2 million is 120万美元', () => {
    expect(differ('The fee is USD 1.2 million.', '费用为120万美元。')).toEqual({ en: [], zh: [] });
    expect(differ('The fee is USD 1.2 million.', '费用为150万美元。')).toEqual({ en: ['1200000'], zh: ['1500000'] });
    expect(differ('The cap is RMB 2 billion.', '上限为人民币20亿元。')).toEqual({ en: [], zh: [] });
  });
});
