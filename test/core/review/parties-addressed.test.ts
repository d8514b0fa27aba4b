// A licence written to its reader ("You") against a party it names by role ("the Licensors"), and a
// Chinese form that speaks as its signer ("我") or to its reader ("您") against a party it names: the
// pronoun is the other party, placed by who grants to whom. Names and wording invented.
import { partyRefs } from '../../../src/core/review/rules/side';
import { zhPartyRefs } from '../../../src/core/review/zh/side';
import { makeContext } from './rules/make-context';

const sides = (refs: { text: string; side?: string }[]) => refs.map((r) => `${r.text}:${r.side ?? '?'}`);

const LICENCE = [
  'KITEFRAME LIBRARY LICENCE',
  'This licence sets the terms on which you may use the Kiteframe library.',
  '1. Definitions',
  '"Licensors" means the copyright holders of the library and anyone they authorise to grant this licence.',
  '"You" (or "Your") means the person or legal entity that uses the library under this licence.',
  '2. Grant',
  '2.1 The Licensors grant You a worldwide, royalty-free, non-exclusive licence to copy and use the library.',
  '2.2 You shall keep each copyright notice in every copy You make.',
  '3. No warranty. The Licensors provide the library as is.',
].join('\n');

const CONTRIBUTION = [
  '贡献者协议',
  '乙方：杭州栖木开源软件工作室',
  '本协议适用于我向乙方管理的项目提交的全部贡献。',
  '1. 我特此授予乙方永久的、全球范围的、免费的、不可撤销的许可，以复制、修改和分发我的贡献。',
  '2. 我保证我有权作出上述授权，我同意乙方可以自行决定是否采用我的贡献。',
  '3. 本协议适用我国法律。',
].join('\n');

describe('a party the draft addresses as "you", "我" or "您"', () => {
  it('places "You" against the Licensors of a licence written to its reader', () => {
    const ctx = makeContext(LICENCE, { scenario: 'technology-license', role: 'licensee' });
    expect(sides(partyRefs(ctx, 'The Licensors grant You a licence, and you shall keep the notices.'))).toEqual(['Licensors:A', 'You:B', 'you:B']);
    // Near miss: labels of both sides act, so "You" could be either.
    const both = makeContext(LICENCE.replace('2.2 You shall keep', '2.2 Licensee shall keep'), { scenario: 'technology-license', role: 'licensee' });
    expect(partyRefs(both, 'You shall keep')[0]?.side).toBeUndefined();
  });

  it('places a signer who writes "我" and grants to the party the form names', () => {
    const ctx = makeContext(CONTRIBUTION, { scenario: 'technology-license', role: 'licensor' });
    expect(sides(zhPartyRefs(ctx, '我特此授予乙方许可，适用我国法律'))).toEqual(['我:A', '乙方:B']);
    // Near miss: the party pays the signer and nothing is given either way, so nothing is placed.
    const paid = CONTRIBUTION.replace('1. 我特此授予乙方永久的、全球范围的、免费的、不可撤销的许可，以复制、修改和分发我的贡献。', '1. 乙方应向我支付稿酬。');
    expect(sides(zhPartyRefs(makeContext(paid, { scenario: 'technology-license', role: 'licensor' }), '我同意'))).toEqual([]);
  });

  it('places "您" that a licensor grants to', () => {
    const text = ['软件许可协议', '许可方：南京澈言软件有限公司', '1. 许可方授予您非独占的许可，您可以在一台设备上使用本软件。', '2. 您同意不对本软件进行反向工程，您应当遵守本协议。'].join('\n');
    const ctx = makeContext(text, { scenario: 'technology-license', role: 'licensee' });
    expect(sides(zhPartyRefs(ctx, '您应当遵守许可方的规定'))).toEqual(['您:B', '许可方:A']);
  });
});
