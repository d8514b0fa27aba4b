// Improvements are asked of a licensor only where the licence lets something be made, developed or
// changed. A granted "right to use, reproduce and display" content and marks as they are lets nothing
// be improved; a right to use and modify software does.
import { missingTerms } from '../../../../src/core/review/rules/missing';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';
import { realLibrary } from '../../agreement/real-library';

const opening = 'This Co-Branding Agreement is made between Hexi Escrow Services Co., Ltd. (the "Licensor") and Andes Auctions S.A. (the "Licensee").';
const content =
  '6.1 The Licensor hereby grants to the Licensee a worldwide, non-exclusive right to use, reproduce, distribute, publicly perform and publicly display the Licensor Content on or in conjunction with the Licensee auctions.';
const marks = '6.3 The Licensor hereby grants to the Licensee a non-exclusive, nontransferable right to use the Licensor Marks in links to and advertisements for the Co-Branded Pages.';
const software = '6.1 The Licensor hereby grants to the Licensee a worldwide, non-exclusive right to use, modify and reproduce the Licensor Software on the Licensee auction site.';

const improvements = (role: RoleId, ...terms: string[]) => {
  const scenario = realLibrary().scenarios.find((x) => x.id === 'technology-license')!;
  const playbook = (scenario.playbook as Record<string, unknown>)[role] as never;
  return missingTerms(makeContext([opening, ...terms].join('\n'), { scenario: 'technology-license', role, playbook }))
    .filter((f) => f.topic === 'improvements' || /improvements/i.test(f.message))
    .map((f) => `${f.rule}/${f.topic}`);
};

describe('improvements under a right to use content and marks', () => {
  it('asks the licensor nothing about improvements where only content and marks may be used as they are', () => {
    expect(improvements('licensor', content, marks)).toEqual([]);
  });
  it('still asks where the licensee may modify what is licensed', () => {
    expect(improvements('licensor', software, marks)).toEqual(['missing/improvements']);
  });
});
