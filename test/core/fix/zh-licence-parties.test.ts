// A Chinese licence made with 被授权人 (or addressed to 您) names its licensee by that word alone: a fix
// offered on it names the licensee as the draft does, not by a blank.
import { draftParties, fixesFor, fixText } from '../../../src/core/fix';
import { buildContext, fromText, review } from '../../../src/core/review';
import { library, playbooks } from '../../support/review-as-side';

const GRANTEE = [
  '澄明 Q3 模型商用许可协议',
  '本协议为被授权人（定义见下）与杭州澄明智能科技有限公司（下称“澄明”）之间关于商业使用澄明 Q3 模型的协议。',
  '1. 定义',
  '“被授权人”是指依本协议使用澄明 Q3 模型的法人实体。',
  '2. 许可',
  '2.1 澄明授予被授权人非排他的、不可转让的许可，以使用和修改澄明 Q3 模型。',
  '2.2 被授权人不得将澄明 Q3 模型用于违法用途。',
  '3. 费用',
  '3.1 被授权人应当在每季度结束后三十日内向澄明支付许可费。',
].join('\n');

const opts = { library, playbooks, scenario: 'technology-license' as const, role: 'licensee' as const };

describe('a fix on a Chinese licence made with 被授权人', () => {
  it('names both sides as the draft does', () => {
    const { ctx } = buildContext(fromText(GRANTEE), opts);
    expect(draftParties(ctx)).toEqual({ A: '澄明', B: '被授权人' });
  });

  it('writes the offered clause with the licensee’s name, not a blank', () => {
    const doc = fromText(GRANTEE);
    const result = review(doc, opts);
    const texts = result.findings.filter((f) => f.fix).map((f) => fixText(fixesFor(library, result, doc)(f.fix!)!));
    // The licence grant a missing background licence is answered with: the licensor grants the licensee.
    expect(texts.some((t) => /澄明[^。]{0,12}授予被授权人/.test(t))).toBe(true);
  });
});

describe('a Chinese draft where either party discloses', () => {
  it('names neither side by 披露方 or 接收方, which stand for whichever party is in the role', () => {
    const mutual = ['保密协议', '1. 任何一方向另一方披露的保密信息，均受本协议保护。', '2. 接收方应当对披露方的保密信息予以保密。', '3. 接收方应当在披露方要求后十日内返还保密信息。'].join('\n');
    const { ctx } = buildContext(fromText(mutual), { scenario: 'pre-deal-disclosure', role: 'recipient' });
    expect(draftParties(ctx)).toEqual({});
  });
});
