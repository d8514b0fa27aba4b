// Which of the draft's parties the review names for each side: a role label either party takes,
// or one the draft uses for others, never names a side of a draft that introduces its parties by name.
import { buildContext, fromText } from '../../../src/core/review';
import { displayedParties } from '../../../src/core/review/draft-parties';
import type { RoleId, ScenarioId } from '../../../src/core/scenarios';

const named = (text: string, scenario: ScenarioId, role: RoleId) => displayedParties(buildContext(fromText(text), { scenario, role }).ctx);

describe('the parties the review names', () => {
  it('names no side of a mutual NDA by the Disclosing or Receiving Party', () => {
    const nda = [
      'MUTUAL NON-DISCLOSURE AGREEMENT',
      'This Agreement is made between Hanlin Battery Co., Ltd. ("Hanlin") and Nordlys Motors AB ("Nordlys").',
      '"Disclosing Party" means a Party and its Affiliates that furnishes Confidential Information; "Receiving Party" means a Party that receives it.',
      'The Receiving Party shall keep the Confidential Information of the Disclosing Party confidential.',
      'The Receiving Party shall return all Confidential Information to the Disclosing Party on request.',
    ].join('\n');
    expect(named(nda, 'pre-deal-disclosure', 'discloser')).toEqual({});
  });

  it('names no side by a label the draft uses for third parties, where the opening names both parties', () => {
    const alliance = [
      'STRATEGIC ALLIANCE AGREEMENT',
      'This Agreement is made between Steelhead Boilers Ltd. ("Steelhead") and Wattway Energy Inc. ("Wattway").',
      'Steelhead shall manufacture the Equipment for delivery to each Customer that Wattway names.',
      'Wattway shall invoice the Customer and pay Steelhead within thirty (30) days after the Customer pays.',
    ].join('\n');
    expect(named(alliance, 'joint-development', 'co-developer')).toEqual({});
  });

  it('still names the sides of a draft that calls them only by role', () => {
    const pilot = [
      'PILOT AGREEMENT',
      'Provider grants Customer a right to use the Product during the Pilot Period.',
      'Customer shall give Provider its Feedback, and Provider may use the Feedback.',
    ].join('\n');
    expect(named(pilot, 'sample-testing', 'evaluator')).toEqual({ A: 'Provider', B: 'Customer' });
  });
});
