import { plan, presetAnswers, renderIn } from '../../../src/core/agreement';
import { SCENARIO_IDS, SCENARIO_ROLES } from '../../../src/core/scenarios';
import { realLibrary } from './real-library';

const library = realLibrary();
const cases = SCENARIO_IDS.flatMap((scenario) => SCENARIO_ROLES[scenario].map((role) => [scenario, role] as const));

// PRC Civil Code art. 506 voids an exclusion of liability for personal injury whatever its cause, so the
// carve-out of the liability clause we build may not narrow it to injury caused by negligence.
describe.each(cases)('the liability clause built for %s, %s', (scenario, role) => {
  const answers = presetAnswers(library, scenario, role);
  const liability = (language: 'en' | 'zh') => {
    const asked = { ...answers, language };
    const { terms } = renderIn(library, plan(library, asked), asked);
    return terms.clauses.find((c) => c.clauseId === 'liability')!.paragraphs.map((p) => p.text).join('\n');
  };

  it('keeps all liability for death or personal injury outside the exclusion and the cap', () => {
    const en = liability('en');
    expect(en).toMatch(/^liability for death or personal injury;$/m);
    expect(en).not.toMatch(/personal injury caused by negligence/);
  });

  it('says the same in Chinese', () => {
    const zh = liability('zh');
    expect(zh).toMatch(/^造成死亡或人身伤害的责任；$/m);
    expect(zh).not.toMatch(/因过失造成死亡或人身伤害/);
  });
});

// One cap in the library: the clause we build and the fixes we offer in a counterparty's draft measure
// "a year's payments" in the same words, so an agreement built by us and one we marked up say the same.
describe('the twelve-month cap', () => {
  const clause = library.clauses.find((c) => c.id === 'liability')!;
  const capOf = (text: string | undefined, pattern: RegExp) => text?.match(pattern)?.[1];
  const EN = /the greater of \{\{liabilityCap\}\} and (the total [^.]+)\./;
  const ZH = /以\{\{liabilityCap\}\}与(引起[^。]+?)二者中较高者为限/;
  const capped = clause.variants.filter((v) => EN.test(v.text));

  it('is worded alike in the built clause and every fix, in English and in Chinese', () => {
    expect(capped.map((v) => v.id)).toEqual(expect.arrayContaining(['capped-insured', 'mutual', 'mutual-beside', 'indemnity-capped-provider-side']));
    expect(new Set(capped.map((v) => capOf(v.text, EN)))).toEqual(
      new Set(['the total amounts paid or payable under this Agreement in the 12 months before the event that gave rise to the liability']),
    );
    expect(new Set(capped.map((v) => capOf(v.textZh, ZH)))).toEqual(new Set(['引起该责任的事件发生前12个月内依本协议已付或应付的款项总额']));
  });
});
