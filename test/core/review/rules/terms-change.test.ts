// The other side may rewrite the terms alone (by posting them on its website, by notice, or at its
// discretion): a medium point for the side bound by the change, quiet for the side that holds the right,
// and quiet where a change needs both parties' signature or our consent.
import { termsChange } from '../../../../src/core/review/rules/terms-change';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const opening = 'This Software Licence Agreement is made between Corvane Systems Ltd. (the "Licensor") and Lanzhou Vision Technology Co., Ltd. (the "Licensee").';
const run = (terms: string[], role: RoleId = 'licensee') =>
  termsChange(makeContext([opening, ...terms].join('\n'), { scenario: 'technology-license', role })).map((f) => `${f.rule} ${f.severity}`);
const raised = ['one-sided.terms-change medium'];

describe('terms the other side may change alone', () => {
  const reserves = 'The Licensor reserves the right to modify the terms of this Agreement by publishing the revised terms on its website.';
  const atWill = 'The Licensor may amend this Agreement at any time upon notice to the Licensee, and the amended terms bind the Licensee from the date of that notice.';
  const passive = 'These Terms may be updated by the Licensor from time to time, and continued use of the Platform Code after an update is acceptance of it.';

  it('fires for the licensee where the licensor may change them', () => {
    for (const t of [reserves, atWill, passive]) expect(run([t])).toEqual(raised);
  });
  it('stays quiet for the licensor that holds the right', () => {
    for (const t of [reserves, atWill, passive]) expect(run([t], 'licensor')).toEqual([]);
  });
  it('stays quiet where a change needs both signatures or our consent, or the right is ours', () => {
    expect(run(['This Agreement may be amended only by a written instrument signed by both parties.'])).toEqual([]);
    expect(run(['The Licensor may amend this Agreement at any time with the prior written consent of the Licensee.'])).toEqual([]);
    expect(run(['The Licensee reserves the right to amend the terms of this Agreement by notice to the Licensor.'])).toEqual([]);
  });
  it('stays quiet where the licensor may change something other than the terms', () => {
    expect(run(['The Licensor may modify the Platform Code at any time upon notice to the Licensee.'])).toEqual([]);
  });
});

describe('a licence notice that calls itself "this notice"', () => {
  const notice = 'The Licensor reserves the right to revise this notice at any time, and the revised notice takes effect when it is published on the Licensor\'s website.';

  it('reads "this notice" as the agreement the licensor may rewrite alone', () => {
    expect(run([notice])).toEqual(raised);
    expect(run([notice], 'licensor')).toEqual([]);
  });
  it('stays quiet where a change of the notice needs a written agreement of both parties', () => {
    expect(run(['This notice may be revised only by a written agreement signed by both parties.'])).toEqual([]);
    expect(run(['The Licensor may revise this notice at any time with the prior written consent of the Licensee.'])).toEqual([]);
  });
});

describe('terms the other side may change alone, in Chinese', () => {
  const zhOpening = '技术许可协议\n甲方（许可方）：苏州岚桥软件有限公司\n乙方（被许可方）：成都澄明视觉科技有限公司';
  const zhRun = (terms: string[], role: RoleId = 'licensee') =>
    termsChange(makeContext([zhOpening, ...terms].join('\n'), { scenario: 'technology-license', role })).map((f) => `${f.rule} ${f.severity}`);

  it('fires for the licensee where the licensor may rewrite the agreement at any time or by publishing it', () => {
    expect(zhRun(['3.1 甲方有权随时修改本协议，修改后的协议自甲方在其网站公布之日起生效。'])).toEqual(raised);
    expect(zhRun(['3.1 甲方将不时对本协议予以更新，更新内容一经发布即成为本协议的组成部分。'])).toEqual(raised);
    expect(zhRun(['3.1 甲方有权随时修改本协议，修改后的协议自甲方在其网站公布之日起生效。'], 'licensor')).toEqual([]);
  });
  it('stays quiet where a change needs both parties, or we get notice and a right to end the agreement', () => {
    expect(zhRun(['3.1 经双方协商一致，甲方可以随时以书面形式修改本协议。'])).toEqual([]);
    expect(zhRun(['3.1 甲方可以随时修改本协议，但应提前三十日书面通知乙方；乙方不同意修改的，有权解除本协议。'])).toEqual([]);
    expect(zhRun(['3.1 乙方有权随时修改本协议的附件二，并通知甲方。'])).toEqual([]);
  });
});


describe('a change of terms named by a noun, with continued use taken as assent', () => {
  const youOpening = 'These Dataset Terms are an agreement between Corvane Systems Ltd. ("Corvane") and the person or institution that downloads the Dataset ("you").';
  const youRun = (terms: string[], role: RoleId = 'licensee') =>
    termsChange(makeContext([youOpening, ...terms].join('\n'), { scenario: 'technology-license', role })).map((f) => `${f.rule} ${f.severity}`);
  const byEmail = 'Any changes to these Terms will be sent to you by e-mail, and your continued use of the Dataset after that e-mail constitutes acceptance of the changes.';
  const abide =
    'You shall comply with any and all modifications. Each modification takes effect thirty days after it is e-mailed to you, and your continued access to the Dataset after that day signifies your assent to the modification.';
  const licensee = "Changes to this Agreement will be notified to the Licensee in writing; the Licensee's continued use of the Platform Code after such notice is deemed acceptance of the amended Agreement.";

  it('fires for the side that keeps using what is licensed', () => {
    expect(youRun([byEmail])).toEqual(raised);
    expect(youRun([abide])).toEqual(raised);
    expect(run([licensee])).toEqual(raised);
    const evaluation = (role: RoleId) =>
      termsChange(makeContext([youOpening, byEmail].join('\n'), { scenario: 'sample-testing', role })).map((f) => `${f.rule} ${f.severity}`);
    expect(evaluation('evaluator')).toEqual(raised);
    expect(evaluation('provider')).toEqual([]);
  });
  it('stays quiet for the side that may change the terms', () => {
    expect(youRun([byEmail], 'licensor')).toEqual([]);
    expect(run([licensee], 'licensor')).toEqual([]);
  });
  it('stays quiet where the change is of the product, not of the terms, or needs both parties', () => {
    expect(youRun(['Corvane may release updates to the Dataset, and your continued use of the Dataset after an update constitutes acceptance of the updated files.'])).toEqual([]);
    expect(
      run(["Changes to this Agreement take effect only when agreed in writing by both parties, and the Licensee's continued use of the Platform Code is not acceptance of any change."]),
    ).toEqual([]);
  });
});
