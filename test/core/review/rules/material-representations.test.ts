// Materiality in representations, in the material-breach test said twice, and in a duty of a
// party the draft does not place (issue 12, fourth unseen draw): quiet unless it matters for our side.
import { material } from '../../../../src/core/review/rules/material';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const PARTIES = 'This Patent Purchase Agreement is made between Kestrel Imaging Ltd. ("Seller") and Aldgate Devices Inc. ("Purchaser").';
const run = (role: RoleId | undefined, text: string[], parties = PARTIES) =>
  material(makeContext([parties, ...text].join('\n'), role ? { scenario: 'technology-license', role } : {})).map((f) => f.message);
const ONCE = ['"Material" used once but never defined'];

describe('a materiality qualifier in a representation', () => {
  const seller = [
    'ARTICLE III REPRESENTATIONS AND WARRANTIES OF THE SELLER',
    'The Seller represents and warrants to the Purchaser as follows:',
    '3.1 Title. The Seller owns the Assigned Patents free of any lien.',
    '3.2 Contracts. No licence granted by the Seller would reasonably be expected to have a material effect on the value of the Assigned Patents.',
  ];

  it('is quiet in a representation we make, under its lead-in', () => {
    expect(run('licensor', seller)).toEqual([]);
  });

  it('fires in the same representation made by the other side', () => {
    expect(run('licensee', seller)).toEqual(ONCE);
  });

  it('reads the representing party in the sentence itself', () => {
    const own = ['The Purchaser represents that no claim is pending against it that would have a material effect on its ability to pay the Purchase Price.'];
    expect(run('licensee', own)).toEqual([]);
    expect(run('licensor', own)).toEqual(ONCE);
  });

  it('is quiet in a representation each party makes, in one sentence or in the same words for each', () => {
    const each = ['Each Party represents that no litigation is pending against it that would materially impair its ability to perform this Agreement.'];
    expect(run('licensee', each)).toEqual([]);
    expect(run(undefined, each)).toEqual([]);
    const mirror = [
      '4.1 The Seller represents and warrants to the Purchaser as follows:',
      '4.2 The Seller is not subject to any pending litigation that would materially impair its ability to perform this Agreement.',
      '5.1 The Purchaser represents and warrants to the Seller as follows:',
      '5.2 The Purchaser is not subject to any pending litigation that would materially impair its ability to perform this Agreement.',
    ];
    expect(run('licensee', mirror)).toEqual([]);
  });

  it('still fires on a statement under no lead-in, and on a termination right in a representations article', () => {
    const bare = ['3.2 Contracts. No licence granted by the Seller would reasonably be expected to have a material effect on the value of the Assigned Patents.'];
    expect(run('licensor', bare)).toEqual(ONCE);
    const terminate = [
      'The Seller represents and warrants to the Purchaser as follows:',
      'If any licence granted by the Seller has a material effect on the value of the Assigned Patents, the Purchaser may terminate this Agreement.',
    ];
    expect(run('licensor', terminate)).toEqual(ONCE);
  });
});

describe('the material-breach test with the terms said twice', () => {
  it('is quiet on "material default in, or material breach of, any of the material terms"', () => {
    const text = [
      'This Agreement may be terminated by a party in the event of any material default in, or material breach of, any of the material terms of this Agreement by the other party, which default continues for thirty days after written notice.',
    ];
    expect(run(undefined, text)).toEqual([]);
  });

  it('still fires where it leaves open which obligations are material', () => {
    const text = [
      'Either party may terminate a work plan on thirty days notice for a material breach of any of its material obligations under that work plan.',
    ];
    expect(run(undefined, text)).toEqual(ONCE);
  });
});

describe('a qualifier on a duty of a party the draft does not place', () => {
  const named = 'This Collaboration Agreement is made between Halden Optics GmbH ("Halden") and Marrow Bay Systems Inc. ("Marrow").';
  const duty = ['Halden will fulfil all of its material obligations under the Upstream Licences and give Marrow a copy of each notice of breach it receives.'];

  it('is quiet: we cannot say the point is for our side', () => {
    expect(run('licensor', duty, named)).toEqual([]);
  });

  it('still fires where a side is known to be theirs, and where no side is chosen', () => {
    const placed = ['Purchaser will fulfil all of its material obligations under the Upstream Licences and give Seller a copy of each notice of breach it receives.'];
    expect(run('licensor', placed)).toEqual(ONCE);
    expect(run(undefined, duty, named)).toEqual(ONCE);
  });
});
