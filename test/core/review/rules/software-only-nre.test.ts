// A reverse-engineering ban that names only software, where we hand over equipment or samples.
import { softwareOnlyNre } from '../../../../src/core/review/rules/software-only-nre';
import type { RoleId, ScenarioId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const OPENING = 'This Strategic Alliance Agreement is made between Hexi Boilers Co., Ltd. (the "Supplier") and Northfield Energy plc (the "Distributor").';
const DELIVERS = 'The Supplier shall deliver the boilers and economisers to the Distributor\'s customers.';
const SOFTWARE_ONLY = 'Each Party shall not reverse engineer, or attempt to reverse engineer, any software comprised within the Confidential Information.';
const run = (scenario: ScenarioId, role: RoleId, ...lines: string[]) =>
  softwareOnlyNre(makeContext([OPENING, ...lines].join('\n'), { scenario, role })).map((f) => `${f.rule} ${f.severity}`);

describe('a reverse-engineering ban that covers only software', () => {
  it('fires for the side that delivers equipment', () => {
    expect(run('exclusive-partnership', 'supplier', DELIVERS, SOFTWARE_ONLY)).toEqual(['ambiguous.software-only-nre medium']);
  });
  it('stays quiet where the ban also covers what is delivered', () => {
    const products = 'The Distributor shall not reverse engineer, disassemble or analyse the composition of any Products or samples.';
    expect(run('exclusive-partnership', 'supplier', DELIVERS, SOFTWARE_ONLY, products)).toEqual([]);
  });
  it('stays quiet in a software deal, where the software is what is delivered', () => {
    const software = '"Software" means the battery management firmware supplied under this Agreement.\nThe Supplier shall install the Software on the equipment supplied by the Distributor.';
    expect(run('exclusive-partnership', 'supplier', software, 'The Distributor shall not decompile or reverse engineer the Software.')).toEqual([]);
  });
  it('stays quiet where no goods change hands, and for the side that receives them', () => {
    expect(run('exclusive-partnership', 'supplier', SOFTWARE_ONLY)).toEqual([]);
    expect(run('exclusive-partnership', 'distributor', DELIVERS, SOFTWARE_ONLY)).toEqual([]);
  });
});
