import { describeAnswerIssue, resolveAnswers } from '../../../src/core/agreement';
import { SCENARIO_IDS } from '../../../src/core/scenarios';
import { fixtureLibrary } from './support';

const library = fixtureLibrary();

function problems(input: unknown, locale: 'en' | 'zh-CN' = 'en'): string[] {
  const result = resolveAnswers(library, input);
  return result.ok ? [] : result.issues.map((i) => describeAnswerIssue(i, locale));
}

describe('resolveAnswers', () => {
  it.each(SCENARIO_IDS)('accepts the preset of %s as it stands', (scenario) => {
    expect(problems({ scenario })).toEqual([]);
  });

  it('takes a given party whole, so no preset detail leaks into the deal', () => {
    expect(problems({ scenario: 'sample-testing', parties: { them: { name: 'Fjordkraft Batteri AS', jurisdiction: 'Norway' } } })).toEqual([
      "parties.them.shortName: Give each party a short name, such as 'Voltcell': it starts with a capital letter and is at most 30 characters.",
    ]);
    const result = resolveAnswers(library, {
      scenario: 'sample-testing',
      parties: { them: { name: 'Fjordkraft Batteri AS', shortName: 'Fjordkraft', jurisdiction: 'Norway' } },
    });
    expect(result.ok && result.answers.parties).toEqual({
      us: { name: 'Voltcell Energy Technology Co., Ltd.', shortName: 'Voltcell', jurisdiction: "the People's Republic of China", zh: { name: '伏特赛尔能源科技有限公司', jurisdiction: '中华人民共和国' } },
      them: { name: 'Fjordkraft Batteri AS', shortName: 'Fjordkraft', jurisdiction: 'Norway' },
    });
  });

  it('sends China, Hong Kong, Macau and Taiwan to the China question', () => {
    expect(
      problems({ scenario: 'exclusive-partnership', territory: { countries: ['Chile', 'Hong Kong'], regions: [], china: 'not-included' } }),
    ).toEqual([
      'territory.countries[1]: Leave China, Hong Kong, Macau and Taiwan out of the country list and answer the China question instead.',
    ]);
  });

  it('asks the China question explicitly', () => {
    expect(problems({ scenario: 'exclusive-partnership', territory: { countries: ['Chile'], regions: [] } })).toEqual([
      'territory.china: Say whether the territory includes China, and if so, whether it covers mainland China only, also Hong Kong and Macau, or also Hong Kong, Macau and Taiwan.',
    ]);
  });

  it('needs an end to exclusivity and a consequence for missed minimums', () => {
    expect(problems({ scenario: 'sample-testing', exclusivity: { exclusive: true, minimumQuantity: 500 } })).toEqual([
      'exclusivity.months: An exclusive deal needs an end: give the exclusivity period in months.',
      'exclusivity.minimumsMissed: You set a minimum quantity: say what happens if it is missed.',
    ]);
  });

  it('rejects a role from another kind of deal, a misspelt question and a scenario it does not know', () => {
    expect(problems({ scenario: 'exclusive-partnership', ourRole: 'evaluator', governingLow: 'england' })).toEqual([
      '"governingLow" is not a field this file can have. Check the spelling.',
      'ourRole: This role does not fit the kind of deal chosen; pick one of the two sides of that deal.',
    ]);
    expect(problems({ scenario: 'distribution' })).toEqual([
      'scenario: Choose the kind of deal: sample-testing, joint-development, exclusive-partnership, technology-license, custom-development, pre-deal-disclosure.',
    ]);
    expect(problems(['sample-testing'])).toEqual([
      'The answers must be a JSON object such as {"scenario": "sample-testing", "ourRole": "provider"}.',
    ]);
  });

  it('keeps free text to one line with nothing that looks like a placeholder', () => {
    expect(problems({ scenario: 'sample-testing', purpose: 'evaluating the Samples for {{B}}' })).toEqual([
      'purpose: Leave curly braces { } out of this answer.',
    ]);
    const result = resolveAnswers(library, { scenario: 'sample-testing', samples: 'twenty prototype cells,\n  model VC-280' });
    expect(result.ok && result.answers.samples).toBe('twenty prototype cells, model VC-280');
  });

  it('speaks Chinese to Chinese users', () => {
    expect(problems({ scenario: 'sample-testing', returnDays: 0 }, 'zh-CN')).toEqual([
      'returnDays: 请填写协议结束后归还或销毁样品和材料的天数，1 至 365 天。',
    ]);
  });
});
