// Developer technology kept by the developer and built into the deliverables, with no licence
// terms for the client: raised for either side, quiet where a licence is stated or the technology
// stays out of what is delivered.
import { embeddedBackground } from '../../../../src/core/review/rules/embedded-background';
import type { RoleId, ScenarioId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const OPENING = 'This Software Development Agreement is made between Northfield Retail Inc. (the "Client") and Hexi Software Co., Ltd. (the "Developer").';
const KEPT = 'The Developer shall retain all right, title and interest in its pre-existing tools, libraries and code (the "Developer Materials").';
const BUILT_IN = 'Where the Developer incorporates any Developer Materials into the Deliverables, the Client shall not acquire any ownership of those Developer Materials.';
const run = (role: RoleId, lines: string[], scenario: ScenarioId = 'custom-development') =>
  embeddedBackground(makeContext([OPENING, ...lines].join('\n'), { scenario, role })).map((f) => `${f.rule} ${f.severity}`);

describe('developer technology in the deliverables with no licence terms', () => {
  it('fires for the developer and for the client', () => {
    expect(run('developer', [KEPT, BUILT_IN])).toEqual(['ambiguous.embedded-background medium']);
    expect(run('customer', [KEPT, BUILT_IN])).toEqual(['ambiguous.embedded-background medium']);
  });
  it('stays quiet where a licence to the embedded materials is granted', () => {
    const licence = 'The Developer grants the Client a non-exclusive, perpetual licence to use and modify the Developer Materials solely as part of the Deliverables.';
    expect(run('developer', [KEPT, BUILT_IN, licence])).toEqual([]);
  });
  it('stays quiet where the materials are kept but not built into what is delivered, and outside a development deal', () => {
    expect(run('developer', [KEPT, 'The Developer may use the Developer Materials to perform the Services.'])).toEqual([]);
    expect(run('licensee', [KEPT, BUILT_IN], 'technology-license')).toEqual([]);
  });
});
