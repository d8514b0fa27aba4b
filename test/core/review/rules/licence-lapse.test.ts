// A licence we hold that ends, or reverts, the moment a payment is missed. Fires for the licensee
// where no notice or time to pay comes first, stays quiet on a cure period, on the licensor's own
// missed payment, and for the licensor.
import { licenceLapse } from '../../../../src/core/review/rules/licence-lapse';
import type { RoleId, ScenarioId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const OPENING = 'This Exclusive Patent Licence Agreement is made between Meridian Patents Inc. (the "Licensor") and Hexi Energy Co., Ltd. (the "Licensee").';
const run = (role: RoleId, text: string, scenario: ScenarioId = 'technology-license') =>
  licenceLapse(makeContext([OPENING, text].join('\n'), { scenario, role })).map((f) => `${f.rule} ${f.topic} ${f.severity}`);

describe('a licence lost on a missed payment', () => {
  const reverts = 'If the Licensee does not make the milestone payments set out in Schedule 2 by the dates stated, the exclusive licence granted in Clause 2.1 will revert to the Licensor.';
  const upkeep =
    'The Licensee shall reimburse the Licensor for the prosecution costs of each Licensed Application before they fall due. If the Licensee fails to pay any such cost by its due date, the Licensed Application in that country shall revert to the Licensor.';
  it('fires for the licensee, under the licence or the patent costs it pays for', () => {
    expect(run('licensee', reverts)).toEqual(['one-sided.licence-lapse background-license high']);
    expect(run('licensee', 'Upon any failure by the Licensee to pay a royalty when due, the licences granted hereunder shall automatically terminate.')).toEqual([
      'one-sided.licence-lapse background-license high',
    ]);
    expect(run('licensee', upkeep)).toEqual(['one-sided.licence-lapse patent-prosecution high']);
  });
  it('fires where a late payment lets the licensor cancel every licence, or ends them all', () => {
    expect(run('licensee', 'The parties agree that any failure to make a payment on time is a material breach and shall result in the cancellation of any and all licences, at the sole discretion of the Licensor.')).toEqual([
      'one-sided.licence-lapse background-license high',
    ]);
    expect(run('licensee', 'Should the Licensee fail to pay any instalment when due, the Licensor may revoke all licences granted under this Agreement with immediate effect.')).toEqual([
      'one-sided.licence-lapse background-license high',
    ]);
    expect(run('licensee', 'Should the Licensee fail to pay any instalment when due, the Licensor may charge interest at two per cent above the base rate.')).toEqual([]);
  });
  it('stays quiet where notice and time to pay come first', () => {
    expect(run('licensee', reverts.replace('by the dates stated,', 'by the dates stated and does not cure the failure within thirty (30) days after written notice from the Licensor,'))).toEqual([]);
    expect(run('licensee', `${reverts} The Licensee shall have a grace period of sixty (60) days to make any late payment.`)).toEqual([]);
    expect(run('licensee', 'If the Licensee fails to pay any royalty within thirty (30) days after its due date, the licences granted hereunder shall terminate.')).toEqual([]);
  });
  it('stays quiet where the licensor misses the payment, or the patent reverts to us', () => {
    expect(run('licensee', 'If the Licensor fails to pay any maintenance fee on a Licensed Patent, its rights in that patent shall revert to the Licensee.')).toEqual([]);
    expect(run('licensee', 'If the Licensor does not pay the annuities when due, the Licensed Patent shall revert to the Licensee.')).toEqual([]);
  });
  it('stays quiet on insolvency, which is another rule\'s point, and for the licensor', () => {
    expect(run('licensee', 'The licenses granted under Section 3 shall automatically terminate should the Licensee fail to pay its debts when due.')).toEqual([]);
    expect(run('licensor', reverts)).toEqual([]);
  });
  it('is hedged where it cannot tell whose payment it is', () => {
    expect(run('co-developer', 'If Halvard does not make the payments by the dates stated, the Exclusive License will revert back to Osprey.', 'joint-development')).toEqual([
      'one-sided.licence-lapse background-license low',
    ]);
  });
});
