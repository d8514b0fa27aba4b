import { missingTerms } from '../../../../src/core/review/rules/missing';
import { makeContext } from './make-context';

const playbook = {
  required: [],
  recommended: [],
  missing: { 'purpose-limitation': { severity: 'high' }, 'return-or-destroy': { severity: 'medium' }, 'governing-law': { severity: 'medium' } },
} as const;
const raised = (text: string) =>
  missingTerms(makeContext(text, { scenario: 'pre-deal-disclosure', role: 'discloser', playbook })).map((f) => `${f.topic} ${f.severity}`);

// A second page of general terms, filed without the page that holds the confidentiality section.
const generalTerms = [
  'MUTUAL NONDISCLOSURE AGREEMENT (continued)',
  'C. GENERAL TERMS',
  '1. Either party may end this Agreement on ten (10) days written notice; each party\'s obligations of confidentiality in Part B survive the end of this Agreement.',
  '2. Neither party shall assign this Agreement without the prior written consent of the other party.',
].join('\n');

describe('confidentiality terms in a part the text does not hold', () => {
  it('says once that they are elsewhere instead of calling the use limit and the return missing', () => {
    expect(raised(generalTerms)).toEqual(['confidentiality info', 'governing-law medium']);
  });
  it('still calls them missing where the part it points to is in the text', () => {
    const whole = generalTerms.replace(
      'C. GENERAL TERMS',
      'B. CONFIDENTIALITY\n1. The Recipient shall hold the Confidential Information in strict confidence and shall not disclose it to any third party.\nC. GENERAL TERMS',
    );
    expect(raised(whole)).toEqual(['purpose-limitation high', 'return-or-destroy medium', 'governing-law medium']);
  });
});

describe('a cover page whose terms are in another document', () => {
  const cover = [
    'MUTUAL NONDISCLOSURE AGREEMENT — COVER PAGE',
    'Parties: Acme Robotics Inc. and Beta Sensors Ltd.',
    'Purpose: evaluating a possible supply of lidar modules.',
    'This Agreement consists of this Cover Page and the Standard Terms version 2.0, which are incorporated by reference.',
    'Signed by the authorised representatives of the Parties on the dates below.',
  ].join('\n');
  it('says once that the terms are elsewhere', () => {
    expect(raised(cover)).toEqual(['confidentiality info']);
  });
  it('still reads an agreement that refers to a schedule but states its own duties', () => {
    const whole = [
      cover,
      'The Recipient shall hold the Confidential Information in strict confidence.',
      'The Recipient shall not disclose it to any third party.',
      'The Recipient shall notify the Discloser of any loss of Confidential Information.',
    ].join('\n');
    expect(raised(whole)).toEqual(['purpose-limitation high', 'return-or-destroy medium', 'governing-law medium']);
  });
});
