// Chinese ownership clauses read into the same terms as English ones: 归……所有, 属于, 由……共同所有,
// 享有……的专利申请权, 保留, 将……转让给, 许可……使用, with the holder resolved through 甲方 and 乙方,
// the role words beside them and the draft's own short names, for both sides; and the near misses
// (a grant denied, a ban on transfer, a definition, 属于 that describes) that are no term at all.
import { holderStance, ownershipTerms } from '../../../../src/core/review/terms/ownership';
import { settles } from '../../../../src/core/review/terms/topics';
import type { RoleId, ScenarioId } from '../../../../src/core/scenarios';
import { makeContext } from '../rules/make-context';

const DEVELOPMENT = '技术开发（委托）合同\n甲方（委托方）：杭州澄川储能科技有限公司\n乙方（受托方）：南京远衡材料研究院有限公司\n';
const TESTING = '样品测试协议\n甲方（样品提供方）：宁波朔光电子有限公司（以下简称“朔光公司”）\n乙方（测试方）：Halvorsen Test Systems AS\n';

function read(opening: string, scenario: ScenarioId, role: RoleId, ...lines: string[]): string[] {
  const ctx = makeContext(opening + lines.join('\n'), { scenario, role });
  return ownershipTerms(ctx).map((t) => `${t.verb} ${t.things.join('+')} ${holderStance(ctx, t)}`);
}
const customer = (...lines: string[]) => read(DEVELOPMENT, 'custom-development', 'customer', ...lines);
const developer = (...lines: string[]) => read(DEVELOPMENT, 'custom-development', 'developer', ...lines);
const provider = (...lines: string[]) => read(TESTING, 'sample-testing', 'provider', ...lines);
const evaluator = (...lines: string[]) => read(TESTING, 'sample-testing', 'evaluator', ...lines);

describe('Chinese verbs of ownership', () => {
  it('reads 归……所有 with the object before it, reaching back over 其知识产权', () => {
    const results = '5.1 乙方在履行本合同过程中完成的技术成果，其知识产权归甲方所有。';
    expect(customer(results)).toEqual(['owns results ours']);
    expect(developer(results)).toEqual(['owns results theirs']);
  });
  it('reads 由双方共同所有 and 归甲方和乙方共有 as both', () => {
    expect(customer('5.2 双方共同完成的研发成果，由双方共同所有。')).toEqual(['owns results both']);
    expect(developer('5.2 共同完成的研发成果归甲方和乙方共有。')).toEqual(['owns results both']);
  });
  it('reads 享有……的专利申请权 with the holder before and the object inside', () => {
    expect(customer('5.3 甲方享有研究开发成果的专利申请权。')).toEqual(['owns results ours']);
    expect(developer('5.3 甲方享有研究开发成果的专利申请权。')).toEqual(['owns results theirs']);
  });
  it('reads 将……转让给 with the receiver as holder and the giver before 将', () => {
    const line = '5.4 乙方应将其对甲方背景技术的后续改进无偿转让给甲方。';
    expect(customer(line)).toEqual(['assigns improvements ours']);
    const [term] = ownershipTerms(makeContext(DEVELOPMENT + line, { scenario: 'custom-development', role: 'developer' }));
    expect(term?.from?.text).toBe('乙方');
    expect(term?.improves).toBe('B');
  });
  it('reads 保留 and 仍归 as keeping, and 归各自所有 as each party its own', () => {
    expect(developer('5.5 乙方保留其背景知识产权的全部权利。')).toEqual(['retains background ours']);
    expect(customer('5.5 乙方在本合同签订前已经拥有的技术，仍归乙方所有。')).toEqual(['retains background theirs']);
    expect(customer('5.6 双方的背景知识产权归各自所有。')).toEqual(['owns background relative']);
  });
  it('reads 许可……使用 with the licensee as holder', () => {
    expect(developer('5.7 甲方许可乙方为履行本合同之目的无偿使用甲方的背景知识产权。')).toEqual(['licenses background ours']);
    expect(customer('5.7 乙方授予甲方实施该改进技术的普通许可。')).toEqual(['licenses improvements ours']);
  });
  it('reads whoever makes it as a condition, and the party that makes it as whichever party', () => {
    const ctx = makeContext(DEVELOPMENT + '5.8 对甲方背景技术所作的任何改进，无论由哪一方完成，均属于甲方。', { scenario: 'custom-development', role: 'developer' });
    const [term] = ownershipTerms(ctx);
    expect(term?.conditions).toContain('whoever-makes');
    expect(holderStance(ctx, term!)).toBe('theirs');
    expect(developer('5.8 一方单独完成的技术成果，归完成方所有。')).toEqual(['owns results relative']);
  });
});

describe('the things a Chinese term is about', () => {
  it('samples, test data, feedback and confidential information, for both sides of a sample test', () => {
    expect(provider('2.2 样品的所有权始终属于甲方。')).toEqual(['retains samples ours']);
    expect(evaluator('2.2 样品的所有权始终属于甲方。')).toEqual(['retains samples theirs']);
    expect(evaluator('4.3 测试过程中产生的全部测试数据归乙方所有。')).toEqual(['owns test-data ours']);
    expect(provider('5.1 乙方提出的反馈归甲方所有。')).toEqual(['owns feedback ours']);
    expect(evaluator('6.4 甲方的保密信息始终属于甲方。')).toEqual(['retains confidential-information theirs']);
  });
  it('the draft\'s own short name is a holder', () => {
    expect(evaluator('5.2 乙方基于样品所作的任何改进，其知识产权归朔光公司所有。')).toEqual(['owns improvements theirs']);
  });
  it('improvements to the samples are improvements, not the samples', () => {
    const ctx = makeContext(TESTING + '5.2 乙方基于样品所作的任何改进，其知识产权归甲方所有。', { scenario: 'sample-testing', role: 'evaluator' });
    expect(ownershipTerms(ctx).flatMap(settles)).toEqual(['improvements']);
  });
});

describe('归其所有: 其 is the clause\'s subject', () => {
  it('resolves 其 to the party the clause is about, for both sides', () => {
    expect(evaluator('5.3 乙方在测试过程中对样品所作的改进归其所有。')).toEqual(['owns improvements ours']);
    expect(provider('5.3 乙方在测试过程中对样品所作的改进归其所有。')).toEqual(['owns improvements theirs']);
    expect(evaluator('5.3 甲方提供的样品及其技术资料归其所有。')).toEqual(['owns samples theirs']);
  });
  it('reads 双方各自 as each party, and a third party as a third party', () => {
    expect(customer('5.3 双方各自完成的技术成果归其所有。')).toEqual(['owns results relative']);
    expect(customer('5.3 第三方提供的开源软件归其所有。')).toEqual(['owns ip third']);
  });
  it('reads nothing where 其 is no holder', () => {
    expect(evaluator('5.3 测试结束后，样品应退还甲方，归其处置。')).toEqual([]);
  });
});

describe('no Chinese ownership term', () => {
  it('a grant denied, a ban on transferring, or 属于 that describes', () => {
    expect(evaluator('7.1 甲方向乙方提供样品，不视为甲方授予乙方任何专利或者其他知识产权的许可。')).toEqual([]);
    expect(evaluator('3.3 乙方不得将样品转让给任何第三方。')).toEqual([]);
    expect(evaluator('6.1 属于甲方的保密信息，乙方应当严格保密。')).toEqual([]);
  });
  it('a definition, and a right to act', () => {
    expect(customer('1.3 “背景知识产权”是指一方在本合同签订前已经拥有的知识产权，归该方所有。')).toEqual([]);
    expect(customer('9.2 甲方保留追究乙方违约责任的权利。')).toEqual([]);
  });
});
