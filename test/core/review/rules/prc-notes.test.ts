// The PRC note beyond grant-backs: a ban on developing competing technology (Civil Code arts. 850 and
// 864; SPC interpretation on technology-contract disputes, art. 10), and a mutual-on-paper clause that
// gives the discloser whatever is derived from its information, whoever makes it (art. 10(1): an
// unequal exchange of improvements). Each carries the note where PRC law governs or the other side
// is Chinese, and not under another law with a foreign counterparty; the side it does not hurt gets
// no finding at all.
import { assignment } from '../../../../src/core/review/rules/assignment';
import { competeBan } from '../../../../src/core/review/rules/compete-ban';
import type { Rule } from '../../../../src/core/review/context';
import type { RoleId, ScenarioId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const PRC_LAW = "12.1 This Agreement is governed by the laws of the People's Republic of China.";
const NEW_YORK = '12.1 This Agreement is governed by the laws of the State of New York.';

const run = (rule: Rule, scenario: ScenarioId, role: RoleId, lines: string[]) =>
  rule(makeContext(lines.join('\n'), { scenario, role })).map((f) => `${f.rule} ${f.severity}${/850/.test(f.why) ? ' void-under-PRC' : ''}`);

describe('a ban on developing competing products, under PRC law', () => {
  const evaluation = (licensor: string) => `This Software Evaluation Agreement is made between ${licensor} (the "Licensor") and Hexi Energy Co., Ltd. (the "Evaluator").`;
  const CHINESE = evaluation("Qinlan Battery Technology Co., Ltd., a company incorporated in the People's Republic of China");
  const SWEDISH = evaluation('Lindqvist Energy AB, a company incorporated in Sweden');
  const ban = 'The Evaluator shall not use the Software or any Documentation to design, develop or build any similar or competing product or service.';

  it('says it risks being void for the evaluator where the licensor is Chinese or PRC law governs', () => {
    expect(run(competeBan, 'sample-testing', 'evaluator', [CHINESE, ban])).toEqual(['one-sided.compete-ban medium void-under-PRC']);
    expect(run(competeBan, 'sample-testing', 'evaluator', [SWEDISH, ban, PRC_LAW])).toEqual(['one-sided.compete-ban medium void-under-PRC']);
  });

  it('says so in Chinese too', () => {
    const [f] = competeBan(makeContext([SWEDISH, ban, PRC_LAW].join('\n'), { scenario: 'sample-testing', role: 'evaluator', locale: 'zh-CN' }));
    expect(f?.why).toContain('第八百六十四条');
  });

  it('is a commercial point only under New York law with a Swedish licensor', () => {
    expect(run(competeBan, 'sample-testing', 'evaluator', [SWEDISH, ban, NEW_YORK])).toEqual(['one-sided.compete-ban medium']);
  });

  it('is no finding for the provider, whose product the ban protects, under any law', () => {
    expect(run(competeBan, 'sample-testing', 'provider', [CHINESE, ban, PRC_LAW])).toEqual([]);
  });
});

describe('whatever is derived from the discloser\'s information, taken by the discloser in a mutual clause', () => {
  const development = (client: string) => `This Development Agreement is made between ${client} (the "Client") and Hexi Software Co., Ltd. (the "Developer").`;
  const CHINESE = development("Shenzhen Ruiguang Logistics Co., Ltd., a company incorporated in the People's Republic of China");
  const US = development('Harlow Logistics Inc., a Delaware corporation');
  const mutual = 'Neither Party shall disclose the Confidential Information of the other Party to any third party.';
  const derived =
    'Anything derived from the Disclosing Party\'s Confidential Information, whether created by the Client or the Developer, shall be the sole property of the Disclosing Party.';

  it('says it risks being void for the developer, who does the work, where the client is Chinese or PRC law governs', () => {
    expect(run(assignment, 'custom-development', 'developer', [CHINESE, mutual, derived])).toEqual(['one-sided.assignment medium void-under-PRC']);
    expect(run(assignment, 'custom-development', 'developer', [US, mutual, derived, PRC_LAW])).toEqual(['one-sided.assignment medium void-under-PRC']);
  });

  it('names the unequal exchange in Chinese too', () => {
    const [f] = assignment(makeContext([US, mutual, derived, PRC_LAW].join('\n'), { scenario: 'custom-development', role: 'developer', locale: 'zh-CN' }));
    expect(f?.why).toContain('形式上对双方同等适用');
  });

  it('is a commercial point only under New York law with an American client', () => {
    expect(run(assignment, 'custom-development', 'developer', [US, mutual, derived, NEW_YORK])).toEqual(['one-sided.assignment medium']);
  });

  it('is no finding for the client, whose information the work builds on, under any law', () => {
    expect(run(assignment, 'custom-development', 'customer', [CHINESE, mutual, derived, PRC_LAW])).toEqual([]);
  });
});
