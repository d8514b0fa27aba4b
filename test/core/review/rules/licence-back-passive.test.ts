// A licence back worded in the passive ("Improvements made by Party B shall be licensed to Party A
// exclusively and free of charge"), as the English half of a bilingual draft often has it: the
// English licence-back rule reads it for the licensee whose improvements go back, and not for the
// licensor, nor where the licensor's own improvements come to us, nor where a royalty is paid.
import { review } from '../../../../src/core/review/engine';
import { fromText } from '../../../../src/core/review/text';
import { partyRefs } from '../../../../src/core/review/rules/side';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const BILINGUAL =
  'Patent Licence Agreement 专利实施许可合同\nParty A (Licensor): Hefei Tinglan Battery Technology Co., Ltd. 甲方（许可方）：合肥汀岚电池技术有限公司\nParty B (Licensee): Nordhavn Batteri ApS 乙方（被许可方）：Nordhavn Batteri ApS\n';
const ENGLISH = 'This Patent Licence Agreement is made between Hefei Tinglan Battery Technology Co., Ltd. (the "Licensor") and Nordhavn Batteri ApS (the "Licensee").\n';

function rules(opening: string, role: RoleId, ...lines: string[]): string[] {
  const result = review(fromText(opening + lines.join('\n')), { scenario: 'technology-license', role });
  return result.findings.filter((f) => ['one-sided.licence-back', 'one-sided.assignment'].includes(f.rule)).map((f) => f.rule);
}

describe('a passive licence back of our improvements', () => {
  const back = '6.1 Any improvements to the Licensed Patents made by Party B shall be licensed to Party A exclusively and free of charge.';
  it('fires for the licensee in the English half of a bilingual draft, and not for the licensor', () => {
    expect(rules(BILINGUAL, 'licensee', back)).toEqual(['one-sided.licence-back']);
    expect(rules(BILINGUAL, 'licensor', back)).toEqual([]);
  });
  it('fires in an English draft under role labels', () => {
    expect(rules(ENGLISH, 'licensee', 'Any improvements made by the Licensee shall be licensed back to the Licensor on a royalty-free basis.')).toEqual(['one-sided.licence-back']);
  });
  it('stays quiet where their improvements come to us, or a royalty is paid', () => {
    expect(rules(BILINGUAL, 'licensee', '6.1 Any improvements to the Licensed Patents made by Party A shall be licensed to Party B free of charge.')).toEqual([]);
    expect(rules(ENGLISH, 'licensee', 'Any improvements made by the Licensee shall be licensed to the Licensor at a reasonable royalty to be agreed.')).toEqual([]);
  });
});

describe('both halves of a bilingual licence back', () => {
  it('raise one point, from the English half, not a second from the Chinese', () => {
    const english = '6.1 Any improvements to the Licensed Patents made by Party B shall be licensed to Party A exclusively and free of charge.';
    const chinese = '6.1 乙方对许可专利所作的任何改进，应当以独占许可的方式无偿许可甲方使用。';
    expect(rules(BILINGUAL, 'licensee', english, chinese)).toEqual(['one-sided.licence-back']);
    expect(rules(BILINGUAL, 'licensee', chinese)).toEqual(['one-sided.assignment']);
  });
});

describe('"Party A" and "Party B" in the one party index', () => {
  it('gives every rule the letters the bilingual opening places: an active grant back fires too', () => {
    const grant = '6.2 Party B hereby grants to Party A a perpetual, royalty-free licence under any improvements Party B makes to the Licensed Patents.';
    expect(rules(BILINGUAL, 'licensee', grant)).toEqual(['one-sided.licence-back']);
    expect(rules(BILINGUAL, 'licensor', grant)).toEqual([]);
  });
  it('resolves the letters with their case: "such Party a copy" names no letter', () => {
    const ctx = makeContext(`${BILINGUAL}7.1 The notifying Party shall give such Party a copy of the notice, and the Party B shall answer it.`, { scenario: 'technology-license', role: 'licensee' });
    const refs = partyRefs(ctx, ctx.sentences[ctx.sentences.length - 1]!.text);
    expect(refs.filter((r) => r.side).map((r) => [r.text, r.side])).toEqual([['Party B', 'B']]);
  });
});
