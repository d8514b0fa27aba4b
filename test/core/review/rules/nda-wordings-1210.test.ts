// NDA wordings read after the sixth NDA draw (docs/unseen-sample-nda-1210.md): each fires in contract
// language of our own for the side it hurts and stays quiet on the near miss.
import { noIndependentDevelopment } from '../../../../src/core/review/rules/confidentiality-scope';
import { missingTerms } from '../../../../src/core/review/rules/missing';
import { freeToMarket, materialOnly } from '../../../../src/core/review/rules/nda-carve-outs';
import { competeWhileEngaged } from '../../../../src/core/review/rules/compete-tail';
import type { Rule } from '../../../../src/core/review/context';
import type { RoleId, ScenarioId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';
import { detectTopics, fromText, segment } from '../../../../src/core/review';
import type { TopicId } from '../../../../src/core/topics';

const present = (topic: TopicId, text: string) => detectTopics(segment(fromText(text)).sentences)[topic].present;

function rules(rule: Rule, text: string, scenario: ScenarioId, role: RoleId): string[] {
  return rule(makeContext(text, { scenario, role })).map((f) => `${f.rule} ${f.severity}`);
}

describe('no exceptions where the information is nothing the recipient could hold or develop', () => {
  const opening = 'This Non-Disclosure Agreement is made between Tessera Certification Board, Inc. ("the Board") and the candidate named below ("Candidate").';
  const duty = 'Candidate shall keep all Confidential Information in confidence and shall not disclose it to any person.';
  it('stays quiet on an examination candidate\'s promise to keep the questions secret', () => {
    const exam = '"Confidential Information" means the examination questions and answers, the candidate\'s notes made during the examination and any other examination materials of the Board.';
    expect(rules(noIndependentDevelopment, [opening, exam, duty].join('\n'), 'pre-deal-disclosure', 'recipient')).toEqual([]);
  });
  it('stays quiet on a vendor given the discloser\'s student records', () => {
    const records = 'The Vendor will be given access to confidential student records and transport routes of the District ("Confidential Information").';
    expect(rules(noIndependentDevelopment, [opening, records, duty].join('\n'), 'pre-deal-disclosure', 'recipient')).toEqual([]);
  });
  it('still fires where the information is technology the recipient could develop', () => {
    const tech = '"Confidential Information" means the test methods, test data, designs and source code of the Board disclosed to Candidate.';
    expect(rules(noIndependentDevelopment, [opening, tech, duty].join('\n'), 'pre-deal-disclosure', 'recipient')).toEqual(['one-sided.no-independent-development high']);
  });
});

describe('use limits in other words', () => {
  it.each<[string, string]>([
    [
      "The Adviser will not, without the Company's prior written consent, disclose, use or otherwise make public the Company's confidential information.",
      "The Adviser will not, without the Company's prior written consent, disclose the Company's confidential information to any third party or use the Company's name in publicity.",
    ],
    [
      'All proprietary information the Adviser obtains from the Company shall be held in trust by the Adviser solely for the benefit of the Company.',
      'All proprietary information the Adviser obtains from the Company shall be held in a locked cabinet at the offices of the Company.',
    ],
  ])('reads a use limit in %s', (fires, nearMiss) => {
    expect(present('purpose-limitation', fires)).toBe(true);
    expect(present('purpose-limitation', nearMiss)).toBe(false);
  });
});

describe('no return duty asked for by a side that only receives', () => {
  const open =
    'This Development Agreement is made between Harwick Mobility Ltd, an English company ("Customer"), and Voltaic Systems Co., Ltd., a company incorporated in the People\'s Republic of China ("Developer").';
  const duty = 'Developer shall keep the Confidential Information in confidence and shall use it only to perform the Services.';
  const playbook = { required: [], recommended: [], missing: { 'return-or-destroy': { severity: 'medium' } } } as const;
  const raised = (definition: string) =>
    missingTerms(makeContext([open, definition, duty].join('\n'), { scenario: 'custom-development', role: 'developer', playbook })).map((f) => `${f.topic} ${f.severity}`);
  it('stays quiet where what is protected is only what the developer obtains from the customer', () => {
    expect(raised('"Confidential Information" means all documents, specifications, data and other materials obtained by Developer from Customer in the course of the Services.')).toEqual([]);
  });
  it('still asks where either party may disclose', () => {
    expect(raised('"Confidential Information" means all documents, specifications, data and other materials obtained by either party from the other party in the course of the Services.')).toEqual([
      'return-or-destroy medium',
    ]);
  });
});

describe('a discloser\'s protection narrowed by a saving clause or by materiality', () => {
  const open =
    'This Confidentiality Agreement is made between Hexi Energy Co., Ltd., a company incorporated in the People\'s Republic of China (the "Disclosing Party"), and Nordlicht Systeme GmbH, a company organised under the laws of Germany (the "Receiving Party").';
  const duty = 'The Receiving Party shall hold the Confidential Information in confidence and use it only to evaluate the Transaction.';
  const run = (rule: Rule, line: string, role: RoleId) => rules(rule, [open, duty, line].join('\n'), 'pre-deal-disclosure', role);
  it('fires where the recipient may market any product so long as it does not disclose our information', () => {
    const free =
      'Nothing in this Agreement limits either party\'s rights under patent law, or prevents the Receiving Party from selling any product, except where that sale would itself reveal Confidential Information.';
    expect(run(freeToMarket, free, 'discloser')).toEqual(['one-sided.free-to-market medium']);
    expect(run(freeToMarket, free, 'recipient')).toEqual([]);
  });
  it('stays quiet where the freedom covers only products developed without our information, or only ordinary business', () => {
    const tied = 'Nothing in this Agreement shall prevent the Receiving Party from developing or marketing competing products, provided that it does so without use of the Confidential Information.';
    expect(run(freeToMarket, tied, 'discloser')).toEqual([]);
    const kept = 'Nothing in this Agreement prohibits the Receiving Party from developing or selling similar products, provided it does not violate any of its obligations under this Agreement in doing so.';
    expect(run(freeToMarket, kept, 'discloser')).toEqual([]);
    const ordinary = 'Nothing in this Agreement is intended to prevent either party from carrying on its business in the ordinary course.';
    expect(run(freeToMarket, ordinary, 'discloser')).toEqual([]);
  });
  it('fires where only material non-public information must be kept in confidence', () => {
    const material = 'The Receiving Party shall hold all Material Non-Public Information of Hexi in strict confidence.';
    expect(run(materialOnly, material, 'discloser')).toEqual(['one-sided.material-only medium']);
    expect(run(materialOnly, material, 'recipient')).toEqual([]);
    const evaluation = 'The Receiving Party shall keep and maintain all Evaluation Material in strict confidence.';
    expect(run(materialOnly, evaluation, 'discloser')).toEqual([]);
  });
});

describe('a ban on competing that lasts as long as an employment', () => {
  const open = 'This Covenant Agreement is made between Lumen Holdings Inc. (the "Company") and the undersigned shareholders (the "Sellers").';
  const duty = 'Each Seller shall keep the Confidential Information of the Company in confidence.';
  const run = (line: string, role: RoleId) => rules(competeWhileEngaged, [open, duty, line].join('\n'), 'pre-deal-disclosure', role);
  it('fires where it ends at the later of a fixed period and the end of employment', () => {
    const tail =
      'For a period ending on the later of (a) the date on which the Seller ceases to be employed full-time by the Company or any of its affiliates; or (b) three (3) years after the Closing, no Seller shall carry on or be engaged in any business that competes with the Company.';
    expect(run(tail, 'recipient')).toEqual(['one-sided.compete-while-engaged medium']);
    expect(run(tail, 'discloser')).toEqual([]);
  });
  it('stays quiet on a fixed period, and on a later-of period that bars no competition', () => {
    expect(run('For three (3) years after the Closing, no Seller shall carry on or be engaged in any business that competes with the Company.', 'recipient')).toEqual([]);
    expect(run('The confidentiality obligations end on the later of the end of the Seller\'s employment and three (3) years after the Closing.', 'recipient')).toEqual([]);
  });
});

describe('no licence, in other words', () => {
  const open =
    'This Confidentiality Agreement is made between Hexi Energy Co., Ltd., a company incorporated in the People\'s Republic of China (the "Disclosing Party"), and Nordlicht Systeme GmbH, a company organised under the laws of Germany (the "Receiving Party").';
  const duty = 'The Receiving Party shall hold the Confidential Information, including all designs and source code, in confidence.';
  const playbook = { required: [], recommended: [], missing: { 'no-implied-license': { severity: 'medium' } } } as const;
  const raised = (line: string) =>
    missingTerms(makeContext([open, duty, line].join('\n'), { scenario: 'pre-deal-disclosure', role: 'discloser', playbook })).map((f) => `${f.topic} ${f.severity}`);
  it.each<[string, string]>([
    [
      'All intellectual property rights associated with the Confidential Information, including patent, copyright and trade secret rights, shall remain in the Disclosing Party.',
      'All obligations relating to the Confidential Information, including the duty not to disclose it, shall remain in force for five years.',
    ],
    [
      'All Proprietary Information furnished by the Disclosing Party is considered loaned for use solely in connection with the Project and shall be returned on request.',
      'All Proprietary Information furnished by the Disclosing Party is considered confidential and shall be used solely in connection with the Project.',
    ],
  ])('reads that no licence passes in %s', (fires, nearMiss) => {
    expect(raised(fires)).toEqual([]);
    expect(raised(nearMiss)).toEqual(['no-implied-license medium']);
  });
});

describe('no licence point where the information is people\'s records', () => {
  const open = 'This Data Sharing Agreement is made between Eastfield School District (the "District") and Routewise Co., Ltd. (the "Vendor").';
  const security = 'The Vendor shall keep anti-virus software up to date on every computer that holds District data.';
  const duty = 'The Vendor shall keep the Confidential Information in confidence and use it only to plan bus routes for the District.';
  const playbook = { required: [], recommended: [], missing: { 'no-implied-license': { severity: 'medium', when: ['shares-ip'] } } } as const;
  const raised = (definition: string) =>
    missingTerms(makeContext([open, definition, duty, security].join('\n'), { scenario: 'pre-deal-disclosure', role: 'discloser', playbook })).map((f) => `${f.topic} ${f.severity}`);
  it('stays quiet where what is shared is student records', () => {
    expect(raised('The District will give the Vendor access to confidential student records and home addresses ("Confidential Information").')).toEqual([]);
  });
  it('still asks where what is shared is the discloser\'s routing software', () => {
    expect(raised('The District will give the Vendor access to its routing software and its designs ("Confidential Information").')).toEqual(['no-implied-license medium']);
  });
});
