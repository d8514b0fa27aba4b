// A model or software licence free only below a number of users, devices or revenue, past which we
// need a separate licence the licensor may grant as it likes. Raised for the licensee, high where
// the further grant is at the licensor's discretion; quiet for a price list, for a ceiling with no
// new licence, and for the licensor.
import { commercialThreshold } from '../../../../src/core/review/rules/commercial-threshold';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const OPENING = 'This Model Licence Agreement is made between Alder Reasoning Labs Inc. (the "Licensor") and Xiamen Qingtai Software Co., Ltd. (the "Licensee").';
const run = (term: string, role: RoleId = 'licensee') =>
  commercialThreshold(makeContext([OPENING, term].join('\n'), { scenario: 'technology-license', role })).map((f) => `${f.rule} ${f.severity}`);

describe('a commercial licence that stops at a number of users or revenue', () => {
  it('fires high where the licence past the line is at the licensor\'s discretion', () => {
    expect(
      run('If the products or services of the Licensee have more than 2,000,000 monthly active users, the Licensee must request a licence from the Licensor, which the Licensor may grant in its sole discretion.'),
    ).toEqual(['one-sided.commercial-threshold high']);
  });
  it('fires medium where a separate licence is required past a revenue figure', () => {
    expect(run('Where the annual revenue of the Licensee from products that use the Model exceeds USD 5,000,000, the Licensee shall obtain a separate commercial licence from the Licensor.')).toEqual([
      'one-sided.commercial-threshold medium',
    ]);
  });
  it('fires on the Chinese wording', () => {
    const zh = [
      '模型商用许可协议',
      '许可方：北京澜舟智算科技有限公司',
      '被许可方：成都星衍信息技术有限公司',
      '第三条 被许可方的产品部署设备不超过10000台，且月活跃用户低于50万的，可免费商用。超出上述范围的，被许可方应向许可方申请授权，许可方可自行决定是否授权及授权的期限和范围。',
    ].join('\n');
    expect(commercialThreshold(makeContext(zh, { scenario: 'technology-license', role: 'licensee' })).map((f) => `${f.rule} ${f.severity}`)).toEqual(['one-sided.commercial-threshold high']);
  });
  it('stays quiet for a fee that rises with users, with no new licence', () => {
    expect(run('For each month in which the Licensee has more than 10,000 active users, the Licensee shall pay the Licensor the additional fee set out in Schedule 2.')).toEqual([]);
  });
  it('stays quiet where discretion sets only a service, with no further licence', () => {
    expect(run('If the Licensee has more than 1,000 active users, the Licensor may in its sole discretion provide priority support.')).toEqual([]);
  });
  it('stays quiet for the licensor', () => {
    expect(
      run('If the products or services of the Licensee have more than 2,000,000 monthly active users, the Licensee must request a licence from the Licensor, which the Licensor may grant in its sole discretion.', 'licensor'),
    ).toEqual([]);
  });
});
