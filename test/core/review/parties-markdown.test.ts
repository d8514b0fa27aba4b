// Published standard terms in Markdown name their roles in bold, with the quotes inside the bold and
// a link tag round them: **"Discloser"**</span> means ... The review reads through the markup, so roles
// the terms define are not called undefined. Wording written for this test in the style of such terms.
import { buildContext, fromText, review } from '../../../src/core/review';

const terms = (definitions: string[]) =>
  [
    '# Cloud Service Standard Terms',
    '1. <span class="header_2" id="1">Confidentiality</span>',
    '    1. <span class="header_3" id="1.1">Use and Protection.</span>  Recipient will use Discloser’s Confidential Information only to perform its obligations under this Agreement and will not disclose it to anyone else.',
    '    2. <span class="header_3" id="1.2">Return.</span>  When this Agreement ends, Recipient will return or destroy Discloser’s Confidential Information, except as needed to complete any Transaction in progress.',
    '2. <span class="header_2" id="2">Definitions</span>',
    ...definitions,
  ].join('\n');

const DEFINED = terms([
  '    1. <span id="2.1">**"Discloser"**</span> means a party to this Agreement when it gives Confidential Information to the other party.',
  '    2. <span id="2.2">**"Recipient"**</span> means a party to this Agreement when it receives Confidential Information from the other party.',
  '    3. <span id="2.3">**"Transaction"**</span> means each order for the Cloud Service placed under this Agreement.',
]);
const UNDEFINED = terms(['    1. <span id="2.1">**"Cloud Service"**</span> means the hosted software service described in the Order Form.']);

const roles = (text: string) => review(fromText(text), { scenario: 'technology-license', role: 'licensee' }).findings.filter((f) => f.rule === 'ambiguous.confidentiality-roles');

describe('roles defined in Markdown bold', () => {
  it('reads a term in bold with its link tag closed after the quotes as defined', () => {
    const terms = buildContext(fromText(DEFINED)).ctx.definitions.map((d) => d.term);
    expect(terms).toEqual(expect.arrayContaining(['Discloser', 'Recipient', 'Transaction']));
  });

  it('raises no undefined-roles point where the terms define Discloser, Recipient and Transaction in bold', () => {
    expect(roles(DEFINED)).toHaveLength(0);
  });

  it('still raises it where the same roles are used and never defined', () => {
    expect(roles(UNDEFINED)).toHaveLength(1);
  });
});
