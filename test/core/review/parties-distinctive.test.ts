// A cover line may give a party only its legal name ("Party A: Shenzhen Lumeng Technology Co., Ltd.",
// "甲方：深圳朔光科技有限公司"), and the terms call it by the word that sets its name apart. That word
// is the party's short name where the terms have it act, and not where it is an ordinary word.
import { partyRefs } from '../../../src/core/review/rules/side';
import { zhPartyRefs } from '../../../src/core/review/zh/side';
import { makeContext } from './rules/make-context';

const sides = (refs: { text: string; side?: string }[]) => refs.map((r) => `${r.text}:${r.side ?? '?'}`);

const cover = (name: string, own: string) =>
  [
    'SAMPLE EVALUATION AGREEMENT',
    `Party A: ${name}`,
    'Address: 88 Keyuan Road, Nanshan District',
    'Party B: Harbourline Instruments Inc.',
    'Address: 400 Dock Street, Boston, Massachusetts',
    '1. Samples',
    `1.1 ${own} shall deliver ten sample cells to Harbourline within fifteen days after the Effective Date.`,
    `1.2 Harbourline shall test the samples only to evaluate them and shall report the test results to ${own} within thirty days.`,
    `2. Ownership. ${own} retains all rights in the samples and in its cell designs.`,
  ].join('\n');

describe('the word that sets a company name apart, as the terms use it', () => {
  it('is the short name of a party the cover line names in full', () => {
    const ctx = makeContext(cover('Shenzhen Lumeng Technology Co., Ltd.', 'Lumeng'), { scenario: 'sample-testing', role: 'provider' });
    expect(ctx.parties.map((p) => p.shortName)).toEqual(['Lumeng', undefined]);
    expect(sides(partyRefs(ctx, 'Lumeng shall deliver the samples to Harbourline'))).toEqual(['Lumeng:A', 'Harbourline:B']);
  });

  it('keeps the place where the terms write it with the word', () => {
    const ctx = makeContext(cover('Shenzhen Lumeng Technology Co., Ltd.', 'Shenzhen Lumeng'), { scenario: 'sample-testing', role: 'provider' });
    expect(ctx.parties[0]!.shortName).toBe('Shenzhen Lumeng');
  });

  it('is no name where the draft writes the word in lower case too, or never has it act', () => {
    const ordinary = cover('Shenzhen Bright Technology Co., Ltd.', 'Bright').replace('ten sample cells', 'ten bright sample cells');
    expect(makeContext(ordinary, { scenario: 'sample-testing', role: 'provider' }).parties[0]!.shortName).toBeUndefined();
    const named = cover('Shenzhen Lumeng Technology Co., Ltd.', 'Party A').replace('Party A: Shenzhen', 'Party A: Shenzhen').concat('\n3. The Lumeng cell line is described in Schedule 1.');
    expect(makeContext(named, { scenario: 'sample-testing', role: 'provider' }).parties[0]!.shortName).toBeUndefined();
  });

  it('is a Chinese party where the terms have it act by its own words', () => {
    const text = [
      '样品测试协议',
      '甲方（样品提供方）：深圳市朔光科技有限公司',
      '乙方：Harbourline Instruments Inc.',
      '一、样品',
      '1. 朔光公司应当在本协议生效后十五日内向乙方提供样品。',
      '2. 乙方仅可为评估目的测试样品，并应将测试结果告知朔光。',
    ].join('\n');
    const ctx = makeContext(text, { scenario: 'sample-testing', role: 'provider' });
    expect(sides(zhPartyRefs(ctx, '朔光公司应当向乙方提供样品，并告知朔光'))).toEqual(['朔光公司:A', '乙方:B', '朔光:A']);
    // An ordinary word that only describes does not act: 创新 in 深圳市创新科技有限公司.
    const plain = text.replace('朔光科技', '创新科技').replace('1. 朔光公司应当', '1. 甲方应当').replace('告知朔光。', '告知甲方，双方鼓励技术创新，并共享创新成果。');
    expect(sides(zhPartyRefs(makeContext(plain, { scenario: 'sample-testing', role: 'provider' }), '技术创新'))).toEqual([]);
  });
});
