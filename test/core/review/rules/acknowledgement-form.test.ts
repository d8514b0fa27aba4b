// A person's acknowledgement of an institution's confidentiality rules, measured by a named state's law:
// the missing choice of law is a low note, not a medium point. Near miss: an NDA between two companies
// with the same gap, and a form that names no law at all.
import { reviewAs } from '../../../support/review-as-side';

const form = (lawLine: string) =>
  [
    'CONFIDENTIALITY AND SYSTEM ACCESS ACKNOWLEDGEMENT',
    'Lakeshore University holds confidential information about its students, staff and research ("University Confidential Information"). This form applies to every contractor given access to the University network. I hereby agree as follows:',
    `I will keep University Confidential Information confidential ${lawLine}`,
    'I will not disclose University Confidential Information to anyone except as University policies authorise.',
    'I understand that my password is confidential and may only be used by me.',
    'I acknowledge that the University may monitor my use of its information systems.',
  ].join('\n');
const governingLaw = (text: string, side: 'recipient' | 'discloser') =>
  reviewAs(text, { scenario: 'pre-deal-disclosure', role: side })
    .findings.filter((f) => f.rule === 'missing' && f.topic === 'governing-law')
    .map((f) => f.severity);

describe('governing law in a workforce acknowledgement', () => {
  it('is a low note where the duty is measured by a named state\'s law, for either side', () => {
    const text = form('in accordance with Illinois and federal laws and University policies.');
    expect(governingLaw(text, 'recipient')).toEqual(['low']);
    expect(governingLaw(text, 'discloser')).toEqual(['low']);
  });
  it('stays medium where the form names no law', () => {
    expect(governingLaw(form('and use it only for my work for the University.'), 'recipient')).toEqual(['medium']);
  });
  it('stays medium in an agreement between two companies that refers to a state\'s law in a duty', () => {
    const nda = [
      'This Non-Disclosure Agreement is made between Suzhou Arcline Optics Co., Ltd. (the "Disclosing Party") and Redfern Instruments Inc. (the "Receiving Party").',
      'The Receiving Party shall hold the Confidential Information in confidence in accordance with Illinois and federal laws and use it solely to evaluate a possible supply arrangement.',
      'The Receiving Party shall return all Confidential Information on request.',
    ].join('\n');
    expect(governingLaw(nda, 'recipient')).toEqual(['medium']);
  });
});
