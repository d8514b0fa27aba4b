// Results the other side takes although our side makes or helps make them: fires where we contribute,
// stays quiet where we take, where each side keeps what it makes, and where we get an exclusive licence.
import { resultsTaken } from '../../../../src/core/review/rules/results-taken';
import type { RoleId, ScenarioId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const JOINT = 'This Joint Development Agreement is made between Kestrel Materials GmbH (the "Developer") and Hanhai Battery Co., Ltd. (the "Partner").';
const CUSTOM = 'This Product Development Agreement is made between Northfield Devices Inc. (the "Supplier") and Hexi Electronics Co., Ltd. (the "Customer").';
const run = (scenario: ScenarioId, role: RoleId, ...lines: string[]) =>
  resultsTaken(makeContext([scenario === 'joint-development' ? JOINT : CUSTOM, ...lines].join('\n'), { scenario, role })).map((f) => `${f.rule} ${f.severity}`);

describe('joint results that vest in the other side alone', () => {
  const joint =
    'Title to all Project Inventions conceived jointly by employees of the Developer and employees of the Partner shall vest solely in the Developer, and the Partner shall execute all documents needed to confirm the assignment of its interest in them.';
  it('fires for the side that contributes and loses them', () => {
    expect(run('joint-development', 'co-developer', joint)).toEqual(['one-sided.results-taken high']);
  });
  it('stays quiet for the side that takes them', () => {
    expect(run('joint-development', 'technology-owner', joint)).toEqual([]);
  });
  it('stays quiet where each side owns what its own staff make', () => {
    const own = 'Title to any Project Invention conceived solely by employees of the Partner shall vest solely in the Partner.';
    expect(run('joint-development', 'co-developer', own)).toEqual([]);
  });
  it('stays quiet where we receive an exclusive licence to them', () => {
    const back = 'The Developer hereby grants to the Partner an exclusive, perpetual, royalty-free licence under the Project Inventions in the field of stationary storage.';
    expect(run('joint-development', 'co-developer', joint, back)).toEqual([]);
  });
  it('still fires where the licence back is non-exclusive', () => {
    const back = 'The Developer hereby grants to the Partner a non-exclusive, perpetual, royalty-free licence under the Project Inventions.';
    expect(run('joint-development', 'co-developer', joint, back)).toEqual(['one-sided.results-taken high']);
  });
});

describe('everything the project makes, to one side', () => {
  const all = 'Ownership of all Results arising from the Project shall vest solely in the Developer.';
  it('fires in a joint project for the other side', () => {
    expect(run('joint-development', 'co-developer', all)).toEqual(['one-sided.results-taken high']);
  });
  it('stays quiet where all results are co-owned', () => {
    expect(run('joint-development', 'co-developer', 'All Results arising from the Project shall be owned jointly by the Developer and the Partner.')).toEqual([]);
  });
});

describe('a customer assigning what it contributes to the product', () => {
  const lines = [
    '"Product IP" means all intellectual property embodied in the Product, regardless of when created or the party that conceived it.',
    'The Supplier shall exclusively own all Product IP, and the Customer hereby assigns to the Supplier all of its present and future right, title and interest in the Product IP.',
  ];
  it('fires for the customer', () => {
    expect(run('custom-development', 'customer', ...lines)).toEqual(['one-sided.results-taken high']);
  });
  it('stays quiet for the supplier', () => {
    expect(run('custom-development', 'developer', ...lines)).toEqual([]);
  });
  it('stays quiet for the customer where the supplier owns only the deliverables it makes', () => {
    expect(run('custom-development', 'customer', 'The Supplier shall own all Deliverables it creates under this Agreement.')).toEqual([]);
  });
});
