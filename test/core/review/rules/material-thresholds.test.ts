// Materiality that a settled test already measures (issue 12, the fifth drafting draw): the
// material-breach test as "materially fails to comply with", a force majeure threshold binding
// whichever party is hit, the indemnity notice's prejudice test, a measure a named party judges,
// trademark dilution and the insurer's notice. Each near miss still fires.
import { material } from '../../../../src/core/review/rules/material';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const PARTIES = 'This Patent Licence Agreement is made between Kestrel Imaging Ltd. ("Seller") and Aldgate Devices Inc. ("Purchaser").';
const run = (role: RoleId | undefined, text: string) =>
  material(makeContext([PARTIES, text].join('\n'), role ? { scenario: 'technology-license', role } : {})).map((f) => f.message);
const ONCE = ['"Material" used once but never defined'];

describe('the material-breach test as a failure to comply', () => {
  it('is quiet on "materially fails to comply with any of the material terms"', () => {
    const text = 'Either party may terminate this Agreement on notice if the other party materially fails to comply with any of the material terms of this Agreement and does not cure the failure within thirty days.';
    expect(run(undefined, text)).toEqual([]);
  });

  it('still fires where the failure is measured by a part of the work', () => {
    const text = 'Either party may terminate this Agreement on notice if the other party fails to deliver a material part of the System within thirty days.';
    expect(run(undefined, text)).toEqual(ONCE);
  });
});

describe('a force majeure threshold', () => {
  it('is quiet where it binds whichever party is hit', () => {
    const text = 'If an event beyond the reasonable control of either party materially hinders that party in performing this Agreement for more than sixty days, either party may terminate this Agreement.';
    expect(run('licensee', text)).toEqual([]);
  });

  it('is quiet where the event is one "not reasonably within either party\'s control"', () => {
    const text = 'If, because of a strike or any other event not reasonably within either party\'s control, such party is materially hampered in making the Licensed Products, it may suspend this Agreement for the length of the event.';
    expect(run('licensee', text)).toEqual([]);
  });

  it('still fires where one named side holds the right to terminate', () => {
    const text = 'If the Seller is prevented by an event beyond its reasonable control from performing any material obligation for more than sixty days, the Seller may terminate this Agreement.';
    expect(run('licensee', text)).toEqual(ONCE);
  });
});

describe('the indemnity notice test', () => {
  it('is quiet on a late notice that "materially diminishes the ability" to defend', () => {
    const text = 'A failure to give notice of a claim relieves the indemnifying party of its indemnification obligations only to the extent that the failure materially diminishes the ability of the indemnifying party to defend the claim.';
    expect(run('licensee', text)).toEqual([]);
  });

  it('still fires on the same words outside an indemnity', () => {
    const text = 'The Seller shall not take any step that materially diminishes the ability of the Purchaser to sell the Licensed Products.';
    expect(run('licensee', text)).toEqual(ONCE);
  });
});

describe('a measure a named party judges', () => {
  const offer = 'If the Upstream Licence ends, the Seller shall offer the Purchaser a replacement licence whose terms are, in the reasonable judgment of the Purchaser, not materially less favourable than those of this Agreement.';

  it('is quiet: the judgment is the measure', () => {
    expect(run('licensee', offer)).toEqual([]);
  });

  it('still fires where no one judges', () => {
    expect(run('licensee', offer.replace(', in the reasonable judgment of the Purchaser,', ''))).toEqual(ONCE);
  });
});

describe('trademark dilution and the insurer notice', () => {
  it('is quiet on use that "materially dilutes" a mark', () => {
    expect(run('licensor', 'The Purchaser shall not use the Seller Marks in any way that materially dilutes the Seller Marks.')).toEqual([]);
  });

  it('still fires on other harm to the mark', () => {
    expect(run('licensor', 'The Purchaser shall not use the Seller Marks in any way that materially harms the goodwill of the Seller Marks.')).toEqual(ONCE);
  });

  it('is quiet on an insurer that may not "terminate or materially modify" the policy', () => {
    expect(run('licensee', 'The policy shall provide that the insurer shall not terminate or materially modify it without thirty days written notice to the Seller.')).toEqual([]);
  });

  it('still fires on a party that may not terminate or materially modify the licence', () => {
    expect(run('licensee', 'The Seller shall not terminate or materially modify the licence without thirty days written notice to the Purchaser.')).toEqual(ONCE);
  });
});
