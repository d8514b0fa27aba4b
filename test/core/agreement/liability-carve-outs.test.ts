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
