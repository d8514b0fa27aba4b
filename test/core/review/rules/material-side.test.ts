// "Material" as a qualifier is a point only where it works against our side (issue 12, third
// unseen draw): a qualifier that narrows our own duty, or the other side's right, is ours to argue.
import { material } from '../../../../src/core/review/rules/material';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const PARTIES = 'This Supply Agreement is made between Brightwater Components Ltd. ("Supplier") and Corvane Retail Inc. ("Distributor").';
const run = (role: RoleId | undefined, text: string[]) =>
  material(makeContext([PARTIES, ...text].join('\n'), role ? { scenario: 'exclusive-partnership', role } : {})).map((f) => f.message);

describe('a materiality qualifier and whose duty or right it limits', () => {
  const duty = ['Supplier shall remedy any material defect in the Products within thirty days after notice from Distributor.'];
  const right = ['Distributor may reject a delivery only for a material defect in the Products.'];

  it('is quiet where it narrows a duty of ours or a right of the other side', () => {
    expect(run('supplier', duty)).toEqual([]);
    expect(run('supplier', right)).toEqual([]);
  });

  it('still fires where it narrows their duty or our right, and where no side is chosen', () => {
    expect(run('distributor', duty)).toEqual(['"Material" used once but never defined']);
    expect(run('distributor', right)).toEqual(['"Material" used once but never defined']);
    expect(run(undefined, duty)).toEqual(['"Material" used once but never defined']);
  });

  it('reads the subject of the duty, not a party named later in the sentence', () => {
    const notice = ['Supplier shall notify Distributor of any change in the Specifications that will materially affect the Products.'];
    expect(run('supplier', notice)).toEqual([]);
    expect(run('distributor', notice)).toEqual(['"Material" used once but never defined']);
  });

  it('still fires on a mutual duty and on any termination right, whoever holds it', () => {
    const mutual = ['Each Party shall give the other prompt notice of any material change in its ownership.'];
    expect(run('supplier', mutual)).toEqual(['"Material" used once but never defined']);
    const terminate = ['Distributor may terminate this Agreement if Supplier fails to deliver a material part of any order twice in any year.'];
    expect(run('supplier', terminate)).toEqual(['"Material" used once but never defined']);
  });
});

describe('materiality: the material-breach test in other words', () => {
  it('is quiet on a party that materially violates a clause, on a failure of consideration and on the no-conflict representation', () => {
    const text = [
      'Either Party may terminate this Agreement if the other Party materially violates any provision of this Agreement and does not remedy the violation within thirty days after notice.',
      "Any use of the Products outside the Territory shall constitute a material failure of consideration.",
      "Supplier's performance of this Agreement does not materially conflict with any agreement by which it is bound.",
    ];
    expect(run(undefined, text)).toEqual([]);
  });

  it('still fires on a material violation of a law', () => {
    expect(run(undefined, ['Supplier may terminate this Agreement at once if Distributor materially violates any export control law.'])).toEqual([
      '"Material" used once but never defined',
    ]);
  });
});

describe('materiality said twice in one test, or naming a part of the agreement', () => {
  it('is quiet on "materially defaults in the performance of its material obligations" and on "a material part of this Agreement", and fires on a second measure', () => {
    expect(run(undefined, ['Either party may terminate this Agreement if the other materially defaults in the performance of its material obligations and fails to cure the default within thirty days after notice.'])).toEqual([]);
    expect(run(undefined, ['The work plan in Schedule 1 forms a material part of this Agreement.'])).toEqual([]);
    // Near misses: material obligations without a material default, and a part of the goods.
    expect(run(undefined, ['Either party may terminate this Agreement if the other defaults in the performance of its material obligations.'])).toEqual(['"Material" used once but never defined']);
    expect(run(undefined, ['Supplier shall replace any shipment of which a material part of the goods is damaged.'])).toEqual(['"Material" used once but never defined']);
  });
});
