// Improvements that follow the owner of what they improve, whoever makes them: fires for the side
// that works on the other side's technology, stays quiet where only the owner's own improvements are
// meant, where the maker is licensed back, and for the owner, whom it favours.
import { improvementsToOwner } from '../../../../src/core/review/rules/improvements-to-owner';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const OPENING =
  'This Joint Development Agreement is made between Lindqvist Energy AB (the "Technology Owner") and Hexi Power Co., Ltd., a company incorporated in the People\'s Republic of China (the "Co-Developer").';
const run = (role: RoleId, ...lines: string[]) =>
  improvementsToOwner(makeContext([OPENING, ...lines].join('\n'), { scenario: 'joint-development', role })).map((f) => `${f.rule} ${f.severity}`);

const vest =
  'Any improvements, modifications or developments to a Party\'s technology shall automatically vest in that Party irrespective of who makes the relevant improvement, modification or development.';
const own = 'Each Party shall own all Improvements to its Background IP, regardless of which Party conceives or reduces them to practice.';

describe('improvements that go to the owner of what they improve, whoever makes them', () => {
  it('fires for the co-developer', () => {
    expect(run('co-developer', vest)).toEqual(['one-sided.improvements-to-owner high']);
    expect(run('co-developer', own)).toEqual(['one-sided.improvements-to-owner high']);
  });
  it('stays quiet where the clause does not reach what the other side makes', () => {
    expect(run('co-developer', 'Any improvements to a Party\'s technology made by that Party shall vest in that Party.')).toEqual([]);
  });
  it('stays quiet where the maker keeps a licence to use what it made', () => {
    const back = 'The owner of an Improvement grants the Party that made it a non-exclusive, royalty-free licence to use that Improvement for its own products.';
    expect(run('co-developer', vest, back)).toEqual([]);
  });
  it('stays quiet for the technology owner', () => {
    expect(run('technology-owner', vest, own)).toEqual([]);
  });
  it('adds the PRC note only where the other side is established in China', () => {
    const chinese =
      'This Joint Development Agreement is made between Hexi Energy Co., Ltd., a company incorporated in the People\'s Republic of China (the "Technology Owner") and Lindqvist Power AB, a company incorporated in Sweden (the "Co-Developer").';
    const [f] = improvementsToOwner(makeContext([chinese, vest].join('\n'), { scenario: 'joint-development', role: 'co-developer' }));
    expect(f?.why).toMatch(/Civil Code/);
    const [swedish] = improvementsToOwner(makeContext([OPENING, vest].join('\n'), { scenario: 'joint-development', role: 'co-developer' }));
    expect(swedish?.why).not.toMatch(/Civil Code/);
  });
});
