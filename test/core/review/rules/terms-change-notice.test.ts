// A licensor that may "make changes to" the licence (the change named by a noun) by sending an e-mail
// or a notice, or in Chinese by e-mail or a website notice with continued use as acceptance, rewrites
// the terms alone as surely as one that "may amend this Agreement at any time".
import { termsChange } from '../../../../src/core/review/rules/terms-change';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const opening = 'This Component Licence Agreement is made between Harrowgate Imaging Inc. (the "Licensor") and Xiamen Brightpath Devices Co., Ltd. (the "Licensee").';
const run = (terms: string[], role: RoleId = 'licensee') =>
  termsChange(makeContext([opening, ...terms].join('\n'), { scenario: 'technology-license', role })).map((f) => `${f.rule} ${f.severity}`);
const raised = ['one-sided.terms-change medium'];

describe('changes to the licence made by notice or by e-mail', () => {
  const byEmail = 'The Licensor may make changes to this Agreement by sending the Licensee an e-mail describing the changes, and they take effect on the date of that e-mail.';
  const noun = 'The Licensor may make amendments to these Terms from time to time, and the Licensee shall comply with the amended Terms.';
  const plainEmail = 'The Licensor may amend this Agreement by email to the Licensee.';

  it('fires for the licensee', () => {
    for (const t of [byEmail, noun, plainEmail]) expect(run([t])).toEqual(raised);
  });
  it('stays quiet for the licensor that holds the right', () => {
    for (const t of [byEmail, noun, plainEmail]) expect(run([t], 'licensor')).toEqual([]);
  });
  it('stays quiet where the change is of the software, needs both signatures, or only e-mail notices are meant', () => {
    expect(run(['The Licensor may make changes to the SDK at any time by sending the Licensee an e-mail.'])).toEqual([]);
    expect(run(['Either party may propose changes to this Agreement by e-mail, but no change binds unless set out in a written instrument signed by both parties.'])).toEqual([]);
    expect(run(['The Licensor may send notices under this Agreement to the Licensee by e-mail.'])).toEqual([]);
  });
});

describe('changes to the licence by e-mail or website notice, in Chinese', () => {
  const zhOpening = '软件组件许可协议\n甲方（许可方）：杭州澜石软件有限公司\n乙方（被许可方）：东莞明途电子有限公司';
  const zhRun = (terms: string[], role: RoleId = 'licensee') =>
    termsChange(makeContext([zhOpening, ...terms].join('\n'), { scenario: 'technology-license', role })).map((f) => `${f.rule} ${f.severity}`);

  it('fires for the licensee', () => {
    expect(zhRun(['5.1 甲方可以通过电子邮件方式修改本协议，修改自该邮件发出之日起生效。'])).toEqual(raised);
    expect(zhRun(['5.1 甲方可修改本协议并在其网站上公布，乙方继续使用许可软件的，视为接受修改后的协议。'])).toEqual(raised);
    expect(zhRun(['5.1 甲方可以通过电子邮件方式修改本协议，修改自该邮件发出之日起生效。'], 'licensor')).toEqual([]);
  });
  it('stays quiet where the change needs our consent', () => {
    expect(zhRun(['5.1 甲方可以通过电子邮件提出修改本协议的建议，修改经乙方书面同意后生效。'])).toEqual([]);
  });
});
