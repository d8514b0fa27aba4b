import { buildContext, detectTopics, fromText, review, segment } from '../../../src/core/review';
import type { TopicId } from '../../../src/core/topics';
import { library, playbooks } from '../../support/review-as-side';

// Terms that are there in wordings the detectors missed, each beside a near miss in the same words.
const present = (topic: TopicId, text: string) => detectTopics(segment(fromText(text)).sentences)[topic].present;

describe('terms in wordings the detectors used to miss', () => {
  it.each<[TopicId, string, string]>([
    [
      'background-license',
      'The Licensor hereby grants to the Licensee the limited licenses to use and have used the Licensed Mark on the products listed in Schedule 2.',
      'The Licensor hereby grants to the Licensee the limited licenses it needs to occupy the premises listed in Schedule 2.',
    ],
    [
      'confidentiality',
      "Neither Party shall, without the other Party's consent, disclose to any third party any information designated in writing as confidential by the other Party.",
      'Neither Party shall, without the other Party\'s consent, disclose the existence of this Agreement in a press release.',
    ],
    [
      'confidentiality',
      'The Evaluation Material shall be kept strictly confidential in perpetuity by the Receiving Party.',
      'The minutes of each meeting shall be kept at the registered office of the Company.',
    ],
    [
      'confidentiality',
      'The Buyer acknowledges that all information provided by the Seller about the Site is confidential and may not be used for any purpose other than evaluating the purchase.',
      'The Buyer acknowledges that all information provided by the Seller about the Site is accurate and may be relied on in evaluating the purchase.',
    ],
    [
      'confidentiality',
      'Each Founder shall not, at any time after the Closing Date, print, publish, divulge or communicate to any person any trade secrets or other confidential information of the Company.',
      'Each Founder shall not, at any time after the Closing Date, print, publish or communicate to any person any statement that disparages the Company.',
    ],
    [
      'governing-law',
      'This Agreement shall be subject to, and construed in accordance with, the laws of the State of New York.',
      'This Agreement shall be performed in accordance with the quality plan agreed by the parties.',
    ],
    [
      'governing-law',
      'This Agreement is to be construed and enforced in accordance with English Law and is subject to the exclusive jurisdiction of the English courts.',
      'This Agreement is to be construed and enforced in accordance with Applicable Law and the policies of each party.',
    ],
    [
      'residuals',
      'Neither Party will be restricted from using the information contained in the Evaluation Material that is retained in the minds of Representatives who have had access to it.',
      'Neither Party will be restricted from using the information contained in its own records that its Representatives have had access to.',
    ],
    [
      'purpose-limitation',
      'Each Seller shall not, at any time after the Closing Date, print, publish, divulge or communicate to any person or use for his or their own account any trade secrets of the Company.',
      'Each Seller shall not, at any time after the Closing Date, print, publish, divulge or communicate to any person any trade secrets of the Company, and may use the proceeds for his or their own account.',
    ],
    [
      'return-or-destroy',
      'In the event the transaction is not successful, the Prospect will immediately return to the Broker all information and materials provided by the Broker.',
      'In the event the transaction is successful, the Prospect may keep the information and materials provided by the Broker and need not return them.',
    ],
    [
      'return-or-destroy',
      'When the Agreement ends, each party shall return all copies of any such information to the other and take every reasonable measure to preclude its representatives from keeping it.',
      'When the Agreement ends, each party shall keep all copies of any such information and take every reasonable measure to preclude its representatives from sharing it.',
    ],
    [
      'survival',
      'This Agreement covers disclosures made until either party gives notice, but each party\'s obligations with respect to Confidential Information which it has previously received shall continue until that information becomes public.',
      'This Agreement covers disclosures made until either party gives notice, and each party\'s obligations with respect to Confidential Information which it receives shall apply from the date of receipt.',
    ],
    [
      'survival',
      'The Recipient\'s duties of confidence continue for three years after this Agreement ends.',
      'The Recipient\'s duties of confidence continue for three years from the date this Agreement is signed.',
    ],
    [
      'survival',
      'The duties in this Section continue for any trade secret for as long as it remains a trade secret.',
      'The duties in this Section apply to any trade secret the Discloser identifies as a trade secret.',
    ],
  ])('%s: reads the term and not its near miss', (topic, fires, nearMiss) => {
    expect(present(topic, fires)).toBe(true);
    expect(present(topic, nearMiss)).toBe(false);
  });
});

describe('background IP is not asked for where we hold what is made and they hold nothing', () => {
  const draft = (ownership: string) =>
    [
      'SOFTWARE DEVELOPMENT AGREEMENT',
      'This Agreement is made between Nanshan Code Co., Ltd. (the "Developer") and Harbour Freight Ltd (the "Customer").',
      'The Developer shall develop a route planning module to the Customer\'s specification.',
      ownership,
    ].join('\n');
  const missingBackground = (text: string) =>
    review(fromText(text), { scenario: 'custom-development', role: 'developer', library, playbooks }).findings.some((f) => f.rule === 'missing' && f.topic === 'background-ip');

  it('the developer that owns every deliverable is not told to keep its background', () => {
    expect(missingBackground(draft('The Developer shall be the sole and exclusive owner of all Deliverables and all enhancements to them.'))).toBe(false);
  });
  it('enhancements defined as made "as part of the Professional Services" are the results, and their owner is named', () => {
    const definition = '"Customer-Requested Enhancement" means any modification or enhancement to a Product that is developed by the Developer at the request of the Customer as part of the Professional Services.';
    const owns = 'The Developer shall be the sole and exclusive owner of all Customer-Requested Enhancements.';
    const missingResults = (text: string) =>
      review(fromText(text), { scenario: 'custom-development', role: 'developer', library, playbooks }).findings.some((f) => f.rule === 'missing' && f.topic === 'foreground-ip');
    expect(missingResults(draft(`${definition}\n${owns}`))).toBe(false);
    expect(missingResults(draft(`${definition.replace(' as part of the Professional Services', '')}\n${owns}`))).toBe(true);
  });
  it('the developer whose deliverables pass to the customer still is', () => {
    expect(missingBackground(draft('The Developer hereby assigns to the Customer all right, title and interest in the Deliverables.'))).toBe(true);
  });
});

describe('improvements are asked for only where the licence lets something be improved', () => {
  const opening = 'This Licence Agreement is made between Jinghua Pictures Co., Ltd. (the "Licensor") and Maple Cable Networks Inc. (the "Licensee").';
  const missingImprovements = (grant: string) =>
    review(fromText([opening, grant].join('\n')), { scenario: 'technology-license', role: 'licensor', library, playbooks }).findings.some(
      (f) => f.rule === 'missing' && f.topic === 'improvements',
    );

  it('a licence to make and sell under patents leaves the improvements open', () => {
    expect(missingImprovements('The Licensor grants to the Licensee a non-exclusive licence under the Licensed Patents to make and sell the Products in Canada.')).toBe(true);
  });
  it('a licence to exhibit finished films has nothing to improve', () => {
    expect(missingImprovements('The Licensor grants to the Licensee the non-exclusive license and right to distribute and exhibit the Licensed Films on demand in Canada.')).toBe(false);
  });
});

describe('a transfer by a delivery channel moves copies, not rights', () => {
  const definition = '"Customer-Requested Enhancement" means any enhancement to a Product developed by the Developer at the request of the Customer as part of the Professional Services.';
  const results = (line: string) => buildContext(fromText(`${definition}\n${line}`)).ctx.topics['foreground-ip'].present;
  it('reads an assignment of the enhancements, and not their delivery', () => {
    expect(results('The Developer hereby transfers to the Customer all right, title and interest in the Customer-Requested Enhancements.')).toBe(true);
    expect(results('The Developer will transfer to the Customer all Customer-Requested Enhancements, and any associated documentation, by remote telecommunications.')).toBe(false);
  });
});

describe('a page number printed before the exhibit label on the first line', () => {
  const parties = (first: string) =>
    buildContext(
      fromText(
        [
          first,
          'NANSHAN CODE CO., LTD.        LICENCE AND HOSTING AGREEMENT',
          'This Licence and Hosting Agreement is made by and between Nanshan Code Co., Ltd., a company organised under the laws of the People\'s Republic of China ("NANSHAN"), and Bayview Hosting, Inc., a Delaware corporation ("BAYVIEW").',
          '1. DEFINITIONS.',
        ].join('\n'),
      ),
    ).ctx.parties.map((p) => p.shortName);
  it('is no numbered section, so the opening that follows still names the parties', () => {
    expect(parties('1                    EXHIBIT 10.5')).toEqual(['NANSHAN', 'BAYVIEW']);
  });
  it('while a first section numbered 1 still ends the opening', () => {
    expect(parties('1. EXHIBIT 10.5 sets out the service levels.')).toEqual([]);
  });
});
