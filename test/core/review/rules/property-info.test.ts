// Information about a site or building on offer: no one develops such facts independently, and they go
// stale once it is sold, so neither a missing independent-development exception nor a short tail is a
// real point there. Near misses: the same clauses where the information is technical.
import { noIndependentDevelopment, shortConfidentiality } from '../../../../src/core/review/rules/confidentiality-scope';
import type { Rule } from '../../../../src/core/review/context';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const opening =
  'This Confidentiality Agreement is made between Shenzhen Harbour Holdings Co., Ltd. (the "Disclosing Party") and Westmark Capital Partners LLC (the "Receiving Party").';
const site =
  'All information, including the location, financial statements, title reports, surveys and leases, with respect to the Property, being the mixed-use development site offered by the Disclosing Party (collectively, the "Confidential Information"), shall be kept confidential.';
const technology =
  'All information, including source code, circuit designs, test data and manufacturing processes, relating to the Disclosing Party\'s battery technology (collectively, the "Confidential Information"), shall be kept confidential.';
const duty = 'The Receiving Party shall hold the Confidential Information in confidence and use it solely to evaluate the proposed transaction.';
const exceptions =
  'This Agreement shall not apply to information that (i) is or becomes generally available to the public other than through the Receiving Party, or (ii) was in the Receiving Party\'s possession before disclosure.';
const tail = 'This Agreement will terminate one (1) year after the conclusion of any negotiations regarding the proposed transaction.';
const nda = (about: string, ...more: string[]) => [opening, about, duty, ...more].join('\n');
const run = (rule: Rule, text: string, role: RoleId) =>
  rule(makeContext(text, { scenario: 'pre-deal-disclosure', role })).map((f) => `${f.rule} ${f.severity}`);

describe('information about a property on offer', () => {
  it('asks for an independent-development exception where technology is shared, for the recipient only', () => {
    expect(run(noIndependentDevelopment, nda(technology, exceptions), 'recipient')).toEqual(['one-sided.no-independent-development medium']);
    expect(run(noIndependentDevelopment, nda(technology, exceptions), 'discloser')).toEqual([]);
  });
  it('does not ask for it where what is shared is a site\'s location, title reports and surveys', () => {
    expect(run(noIndependentDevelopment, nda(site, exceptions), 'recipient')).toEqual([]);
  });
  it('weighs a one-year tail at medium for technology, for the discloser only', () => {
    expect(run(shortConfidentiality, nda(technology, tail), 'discloser')).toEqual(['one-sided.short-confidentiality medium']);
    expect(run(shortConfidentiality, nda(technology, tail), 'recipient')).toEqual([]);
  });
  it('notes the same tail at low where the facts are a property\'s, which go stale with its sale', () => {
    expect(run(shortConfidentiality, nda(site, tail), 'discloser')).toEqual(['one-sided.short-confidentiality low']);
  });
});
