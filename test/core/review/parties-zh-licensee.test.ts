// A Chinese licence made with "被授权人" or addressed to "您": the licensee is placed by those words,
// and the one company the opening names against it stands on the other side.
import { zhPartyRefs } from '../../../src/core/review/zh/side';
import { termsChange } from '../../../src/core/review/rules/terms-change';
import { makeContext } from './rules/make-context';

const GRANTEE = [
  '澄明 Q3 模型商用许可协议',
  '本协议为被授权人（定义见下）与杭州澄明智能科技有限公司（下称“澄明”）之间关于商业使用澄明 Q3 模型的协议。',
  '1. 定义',
  '“被授权人”是指依本协议使用澄明 Q3 模型的法人实体。',
  '2. 澄明授予被授权人非排他的、不可转让的许可。',
];
const ADDRESSED = [
  '星桥模型商用许可协议',
  '您与星桥开发团队达成如下协议：',
  '1. 您被授予非排他的、全球性的、不可转让的有限许可，以使用和修改星桥材料。',
  '2. 您不得将星桥材料用于违法用途。',
  '3. 您应当在产品说明中注明使用了星桥模型。',
];
const refs = (lines: string[], text: string) =>
  zhPartyRefs(makeContext(lines.join('\n'), { scenario: 'technology-license', role: 'licensee' }), text).map((r) => `${r.text}:${r.side ?? '?'}`);
const change = (lines: string[]) => termsChange(makeContext(lines.join('\n'), { scenario: 'technology-license', role: 'licensee' })).map((f) => `${f.rule} ${f.severity}`);

describe('a Chinese licence made with 被授权人', () => {
  it('reads 被授权人 as the licensee and the company the opening joins to it as the licensor', () => {
    expect(refs(GRANTEE, '澄明有权随时终止被授权人的许可。')).toEqual(['澄明:A', '被授权人:B']);
  });

  it('leaves the company unplaced where the opening joins it to no role word', () => {
    const plain = ['澄明 Q3 模型商用许可协议', '本协议由杭州澄明智能科技有限公司（下称“澄明”）发布。', '1. 澄明可以更新模型。'];
    expect(refs(plain, '澄明可以更新模型。')).toEqual(['澄明:?']);
  });

  it('raises the licensor’s right to update the terms at medium, and at low where rights already granted are unaffected', () => {
    const update = '9.5 澄明有权对本协议进行不时更新，更新后将通过电子邮件通知被授权人。';
    expect(change([...GRANTEE, update])).toEqual(['one-sided.terms-change medium']);
    expect(change([...GRANTEE, `${update}已获得商业许可的被授权人在本协议下的许可权利将不受协议更新的影响。`])).toEqual(['one-sided.terms-change low']);
  });
});

describe('a Chinese licence addressed to 您', () => {
  it('reads 您, granted the licence in the passive, as the licensee', () => {
    expect(refs(ADDRESSED, '您不得转让本许可。')).toEqual(['您:B']);
  });

  it('places no 您 that is never granted anything', () => {
    const told = ['星桥使用须知', '您应当遵守本须知。', '您不得将星桥材料用于违法用途。', '星桥可以更新本须知。'];
    expect(refs(told, '您不得转让本许可。')).toEqual([]);
  });

  it('reads the 我们 or 本公司 the form speaks as, where 您 is the licensee, as the licensor, and only there', () => {
    const speaks = [...ADDRESSED, '4. 我们可以自行决定是否授予商业许可。', '5. 在我们给予书面授权前，您不得商业使用星桥材料。', '6. 我们有权随时终止您的许可。'];
    expect(refs(speaks, '我们有权终止您的许可。')).toEqual(['我们:A', '您:B']);
    const company = [...ADDRESSED, '4. 本公司可以随时更新星桥材料。', '5. 本公司有权终止您的许可。'];
    expect(refs(company, '本公司有权终止您的许可。')).toEqual(['本公司:A', '您:B']);
    // Not where 您 is unplaced, nor where 我们 speaks of both sides.
    const told = ['星桥使用须知', '您应当遵守本须知。', '您不得将星桥材料用于违法用途。', '我们可以更新本须知。', '我们有权删除违规内容。'];
    expect(refs(told, '我们有权删除违规内容。')).toEqual([]);
    const both = [...ADDRESSED, '4. 我们双方同意友好协商解决争议。', '5. 我们双方确认本协议有效。'];
    expect(refs(both, '我们双方同意协商。')).toEqual(['双方:both']);
  });
});

describe('an English change of terms that leaves licences already granted', () => {
  const OPENING = 'This Licence Agreement is made between Harlow Labs Inc. ("Licensor") and Qiming Robotics Co., Ltd. ("Licensee").';
  it('is low where licences already granted are not affected, medium otherwise', () => {
    const amend = '7. Licensor may amend these Terms at any time by posting the amended Terms on its website.';
    expect(change([OPENING, amend])).toEqual(['one-sided.terms-change medium']);
    expect(change([OPENING, `${amend} Licences already granted shall not be affected by any amendment.`])).toEqual(['one-sided.terms-change low']);
  });
});
