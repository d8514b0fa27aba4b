// Joint ownership of what we contribute handed to the other side: a high point where we contribute,
// quiet where the share comes to us, hedged (low) where the draft does not say whose side takes it.
import { jointTransfer } from '../../../../src/core/review/rules/joint-transfer';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const opening = 'This Contributor Agreement is made between Corvane Foundation (the "Licensee") and Lanzhou Vision Technology Co., Ltd. (the "Licensor").';
const run = (terms: string[], role: RoleId = 'licensor') =>
  jointTransfer(makeContext([opening, ...terms].join('\n'), { scenario: 'technology-license', role })).map((f) => `${f.rule} ${f.severity}`);

describe('joint ownership of our contributions transferred', () => {
  const assigns = 'The Licensor hereby assigns to the Licensee joint ownership of the copyright in each Contribution, and either owner may license it without the consent of the other.';
  it('fires for the contributor', () => {
    expect(run([assigns])).toEqual(['one-sided.joint-transfer high']);
    expect(run(['The Licensor transfers to the Licensee an undivided one-half interest in the Contribution Patents.'])).toEqual(['one-sided.joint-transfer high']);
  });
  it('stays quiet where the share comes to us, or only a licence is granted', () => {
    expect(run([assigns], 'licensee')).toEqual([]);
    expect(run(['The Licensor grants to the Licensee a non-exclusive licence under the copyright in each Contribution.'])).toEqual([]);
  });
  it('is hedged where the Chinese form does not say whose side takes the share', () => {
    const zh = ['贡献者协议', '乙方：某某软件开发工作室', '我特此将所提交代码的共同所有权转让给乙方，乙方可自行使用和许可。'].join('\n');
    expect(jointTransfer(makeContext(zh, { scenario: 'technology-license', role: 'licensor' })).map((f) => `${f.rule} ${f.severity}`)).toEqual(['one-sided.joint-transfer low']);
  });
});
