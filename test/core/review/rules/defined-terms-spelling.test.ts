// A one-word heading whose clause lists or describes the thing ("3.1 NETWORK ... the remote Network,
// which connects ..."), and a defined term spelt with or without its hyphen ("Sub-licensee" and
// "Sublicensee", "Paid‐ For" cut by a line break): named and used, not undefined or unused (issue 12).
import { undefinedTerms } from '../../../../src/core/review/rules/defined-terms';
import { unusedTerms } from '../../../../src/core/review/rules/unused-terms';
import { makeContext } from './make-context';

const PARTIES = 'This Outsourcing Agreement is made between Tessaly Systems S.L. ("Tessaly") and Brandmoor Metals Ltd. ("Customer").';
const listed = (text: string[]) => undefinedTerms(makeContext([PARTIES, ...text].join('\n'))).map((f) => f.message).join(' ');
const unused = (text: string[]) => unusedTerms(makeContext([PARTIES, ...text].join('\n'))).map((f) => f.message).join(' ');

describe('a one-word heading whose clause says what the thing is', () => {
  it('reads "Network" under a heading whose clause describes the network where it names it', () => {
    const text = [
      '3.1. NETWORK',
      'Tessaly is in charge of the remote Network, which connects each workstation of Customer to the central server.',
      'Tessaly shall monitor the Network during working hours, and Customer shall report any fault in the network to Tessaly.',
      'The Network remains the property of Tessaly.',
    ];
    expect(listed(text)).not.toContain('"Network"');
  });

  it('reads "Services" under a run-in heading whose clause lists the services', () => {
    const text = [
      '2. SERVICES Tessaly will manufacture products for Customer on a turnkey basis. Specific services will be:',
      '- receipt and management of master materials;',
      '- production and delivery.',
      '3. ACCEPTANCE Customer may reject the Services if they do not meet the specification, and the services are accepted if no notice is given within sixty days.',
      '4. PRICE Customer shall pay for the Services at the rates in the price sheets.',
      '5. WARRANTY Tessaly shall perform the Services with due care.',
    ];
    expect(listed(text)).not.toContain('"Services"');
  });

  it('still lists a one-word heading whose clause only uses the word', () => {
    const text = [
      '3.1. NETWORK',
      'Tessaly shall monitor the Network during working hours.',
      'Customer shall report any fault in the network to Tessaly, and Tessaly shall repair the Network within two days.',
      'The Network remains the property of Tessaly.',
    ];
    expect(listed(text)).toContain('"Network"');
  });
});

describe('a defined term spelt with or without its hyphen', () => {
  it('reads "Sublicensee" as the defined "Sub-licensee", used and defined', () => {
    const text = [
      '"Sub-licensee" means a person to whom Customer grants a sublicence under Clause 4.',
      'Customer shall ensure that each Sublicensee keeps the Software confidential, and is liable for the acts of every sublicensee.',
    ];
    expect(unused(text)).toBe('');
    expect(listed(text)).not.toContain('Sublicensee');
  });

  it('reads a term whose hyphen a line break left apart ("Paid‐ For Products") as used where it is written whole', () => {
    const text = ['"Paid‐ For Products" means products for which Customer has paid in full.', 'Tessaly shall ship the Paid-For Products within ten days.'];
    expect(unused(text)).toBe('');
  });

  it('still lists a defined term used only with another word order or another word', () => {
    const text = ['"Sub-licensee" means a person to whom Customer grants a sublicence under Clause 4.', 'Customer is liable for the acts of each Licensee Affiliate.'];
    expect(unused(text)).toContain('"Sub-licensee"');
  });
});
