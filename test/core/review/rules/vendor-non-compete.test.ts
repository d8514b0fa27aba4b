// A non-compete binding the side that makes and sells: raised for the supplier, developer or licensor
// it binds, quiet where it binds only the other side, where it is a use limit on their information,
// and for the side that takes the technology.
import { vendorNonCompete } from '../../../../src/core/review/rules/vendor-non-compete';
import type { RoleId, ScenarioId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const run = (scenario: ScenarioId, role: RoleId, ...lines: string[]) =>
  vendorNonCompete(makeContext(lines.join('\n'), { scenario, role })).map((f) => `${f.rule} ${f.severity} ${f.topic}`);

const reseller = 'This Reseller Agreement is made between Lingxi Software Co., Ltd. (the "Supplier") and Westbrook Data Services LLC (the "Reseller").';
const bindsUs =
  'During the term and for two (2) years after the last services provided under this Agreement, the Supplier agrees not to engage in, or have a financial interest in, any Reseller Competing Business within the Reseller Territory.';

describe('a non-compete binding the seller', () => {
  it('fires for the supplier it binds', () => {
    expect(run('exclusive-partnership', 'supplier', reseller, bindsUs)).toEqual(['one-sided.non-compete medium exclusivity']);
  });
  it('fires for the developer where neither party may compete with the other', () => {
    const dev = 'This Development Agreement is made between Lingxi Software Co., Ltd. (the "Developer") and Westbrook Data Services LLC (the "Customer").';
    expect(run('custom-development', 'developer', dev, 'Neither Party shall, during the term of this Agreement, directly or indirectly compete with the other Party in the data centre services market.')).toEqual([
      'one-sided.non-compete medium exclusivity',
    ]);
  });
  it('stays quiet where only the other side is bound', () => {
    expect(run('exclusive-partnership', 'supplier', reseller, bindsUs.replace('the Supplier agrees', 'the Reseller agrees').replace('Reseller Competing', 'Supplier Competing'))).toEqual([]);
  });
  it('stays quiet on a limit on using their information to compete', () => {
    expect(run('exclusive-partnership', 'supplier', reseller, 'The Supplier shall not use the Confidential Information of the Reseller to compete with the Reseller.')).toEqual([]);
  });
  it('stays quiet for the side that buys or distributes', () => {
    expect(run('exclusive-partnership', 'distributor', reseller, bindsUs)).toEqual([]);
  });
});
