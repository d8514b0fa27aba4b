// A draft that names the one party receiving information ("… (the "Recipient")") binds that party
// only: the receiving side's confidentiality points are ours only where that party is us. In
// commissioned work the label alone places no party (each side discloses there); in a
// non-disclosure agreement it still does, and a label any party may take changes nothing.
import { review } from '../../../../src/core/review/engine';
import { fromText } from '../../../../src/core/review/text';
import type { RoleId, ScenarioId } from '../../../../src/core/scenarios';

const DUTIES = [
  '1. The Recipient shall use the Information solely to perform the work it carries out for the other party and shall not disclose the Information to any third party.',
  '2. The Recipient may use or disclose Information (a) that is or becomes public other than through a breach of this Agreement, (b) that the Recipient lawfully knew before it was disclosed, or (c) that a court orders the Recipient to disclose.',
  '3. "Confidential Information" or "Information" means all technical and business information of the disclosing party, whether or not marked as confidential.',
].join('\n');

const INDIVIDUAL = `CONFIDENTIALITY AND NON-USE AGREEMENT
This Agreement is made between Lumen Retail Co., Ltd., a company organised under the laws of the People's Republic of China (the "Company"), and Arvid Holm, an individual residing at 12 Strandvagen, Stockholm (the "Recipient"), who will design the Company's product packaging.
${DUTIES}`;

const CUSTOMER_RECEIVES = `CONFIDENTIALITY AGREEMENT
This Agreement is made between Lumen Retail Co., Ltd., a company organised under the laws of the People's Republic of China (the "Recipient"), and Holm Software AB, a company organised under the laws of Sweden (the "Developer").
${DUTIES}`;

const MUTUAL = `MUTUAL NON-DISCLOSURE AGREEMENT
This Agreement is made between Lumen Retail Co., Ltd. ("Lumen") and Holm Software AB ("Holm"). Information disclosed by a Party (the "Discloser") to the other Party (the "Recipient") is protected as follows.
${DUTIES}`;

function independent(text: string, scenario: ScenarioId, role: RoleId): boolean {
  return review(fromText(text), { scenario, role }).findings.some((f) => f.rule === 'one-sided.no-independent-development');
}

describe('the party a draft names as the Recipient', () => {
  it('is not taken for the customer in commissioned work, where each side may disclose and the label places no one', () => {
    expect(independent(INDIVIDUAL, 'custom-development', 'customer')).toBe(false);
  });
  it('is the customer where the other party is the Developer, and then the point is raised for it', () => {
    expect(independent(CUSTOMER_RECEIVES, 'custom-development', 'customer')).toBe(true);
  });
  it('still places a named recipient in a non-disclosure agreement, for the recipient and not the discloser', () => {
    const oneWay = INDIVIDUAL.replace('CONFIDENTIALITY AND NON-USE AGREEMENT', 'NON-DISCLOSURE AGREEMENT');
    expect(independent(oneWay, 'pre-deal-disclosure', 'recipient')).toBe(true);
    expect(independent(oneWay, 'pre-deal-disclosure', 'discloser')).toBe(false);
  });
  it('is no named party where the label is a role either party takes: the receiving side is ours as before', () => {
    expect(independent(MUTUAL, 'pre-deal-disclosure', 'recipient')).toBe(true);
    expect(independent(MUTUAL, 'custom-development', 'customer')).toBe(true);
  });
});
