// Signature pages the review did not read: "PARTY A" and "PARTY B" over the blocks of an English-only
// draft, and a person who signs on a "Signature:" line under a name line that says whose name it is,
// or in a block of their own beside the company's. Each places a party only where the opening leaves
// it unplaced; a clear opening is never overridden.
import { fromText, review } from '../../../../src/core/review';
import { partyRefs } from '../../../../src/core/review/rules/side';
import { terminationAtWill } from '../../../../src/core/review/rules/termination-at-will';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const cover = [
  'TECHNOLOGY LICENSE AGREEMENT',
  'Party A: Hangzhou Lumen Optics Co., Ltd.',
  'Address: 88 Wensan Road, Hangzhou, China',
  'Party B: Brightline Sensors GmbH',
  'Address: 12 Hafenstrasse, Hamburg, Germany',
  'Party A and Party B agree as follows.',
];
const grant = '1.1 Party A grants to Party B a non-exclusive licence to use the Licensed Technology in Germany.';
const atWill = "1.2 Party A may terminate this Agreement at any time for any reason upon thirty (30) days' written notice to Party B.";
const page = (left: string, right: string) => [
  'IN WITNESS WHEREOF the Parties have signed this Agreement.',
  `${left.padEnd(42)}${right}`,
  'Hangzhou Lumen Optics Co., Ltd.           Brightline Sensors GmbH',
  'Signature: ______________                 Signature: ______________',
  'Name: Li Wei                              Name: Anna Becker',
  'Title: General Manager                    Title: Managing Director',
];
const licence = (lines: string[], role: RoleId) => makeContext(lines.join('\n'), { scenario: 'technology-license', role });
const sides = (lines: string[], text: string) => partyRefs(licence(lines, 'licensee'), text).map((r) => `${r.text}:${r.side}`);

describe('"PARTY A" and "PARTY B" over the signature blocks', () => {
  it('place the company under each letter on the side the terms give the letter', () => {
    const draft = [...cover, grant, atWill, ...page('PARTY A', 'PARTY B')];
    expect(sides(draft, 'Hangzhou; Brightline; Party A; Party B')).toEqual(['Hangzhou:A', 'Brightline:B', 'Party A:A', 'Party B:B']);
    expect(terminationAtWill(licence(draft, 'licensee')).map((f) => f.rule)).toEqual(['one-sided.termination-at-will']);
    expect(terminationAtWill(licence(draft, 'licensor'))).toEqual([]);
  });

  it('take the role label set beside a letter where the terms do not tell', () => {
    // Only the right to end at will: nothing the letters do places them, the brackets do.
    const draft = [...cover, atWill, ...page('PARTY A (LICENSOR)', 'PARTY B (LICENSEE)')];
    expect(sides(draft, 'Party A; Party B; Hangzhou')).toEqual(['Party A:A', 'Party B:B', 'Hangzhou:A']);
    expect(terminationAtWill(licence(draft, 'licensee')).map((f) => f.rule)).toEqual(['one-sided.termination-at-will']);
    // Without the page, nothing tells which letter licenses: quiet.
    expect(terminationAtWill(licence([...cover, atWill], 'licensee'))).toEqual([]);
  });

  it('never override the role the opening gives a company', () => {
    const opening = 'This Agreement is made between Hangzhou Lumen Optics Co., Ltd. (the "Licensee") and Brightline Sensors GmbH (the "Licensor").';
    expect(sides([opening, grant, ...page('PARTY A', 'PARTY B')], 'Hangzhou; Brightline')).toEqual(['Hangzhou:B', 'Brightline:A']);
  });

  it('are no heading where the terms never call a party by the letter', () => {
    const opening = 'This Agreement is made between Hangzhou Lumen Optics Co., Ltd. and Brightline Sensors GmbH.';
    const terms = "1.1 Either party may terminate this Agreement at any time for any reason upon thirty (30) days' written notice.";
    expect(sides([opening, terms, ...page('PARTY A', 'PARTY B')], 'Hangzhou; Brightline')).toEqual(['Hangzhou:undefined', 'Brightline:undefined']);
  });
});

const consulting = (customer: string) =>
  `This Consulting Agreement is made on 4 April 2025 between Qiming Robotics Co., Ltd., a company incorporated in the People's Republic of China (the "${customer}"), and the consultant who signs below.`;
const duties = [
  `1. The consultant shall deliver the Reports described in Schedule 1 by 30 June 2025.`,
  '2. Ms. Okafor shall use her best efforts to complete the Reports on time.',
];
const companyBlock = ['CUSTOMER', 'QIMING ROBOTICS CO., LTD.', 'By: ______________________', 'Title: Chief Technology Officer'];
const bestEfforts = (lines: string[]) =>
  review(fromText(lines.join('\n')), { scenario: 'custom-development', role: 'customer' })
    .findings.filter((f) => f.rule === 'drafting.best-efforts')
    .map((f) => f.wording?.message.key);
const THEIRS = 'review.rule.drafting.best-efforts-theirs.message';
const PLAIN = 'review.rule.drafting.best-efforts.message';

describe('a person who signs on a "Signature:" line under a name line', () => {
  it("is the party the name line names (\"Consultant's Name\"), and the company the other", () => {
    const draft = [consulting('Company'), ...duties, 'COMPANY', 'QIMING ROBOTICS CO., LTD.', 'By: ______________________', "Consultant's Name: Adaeze Okafor", 'Signature: ______________________'];
    const ctx = makeContext(draft.join('\n'), { scenario: 'custom-development', role: 'customer' });
    expect(partyRefs(ctx, 'Okafor; Company').map((r) => `${r.text}:${r.side}`)).toEqual(['Okafor:A', 'Company:B']);
    expect(bestEfforts(draft)).toEqual([THEIRS]);
  });

  it("is the other party in a block of their own beside the company's", () => {
    const draft = [consulting('Customer'), ...duties, ...companyBlock, 'Name: Adaeze Okafor', 'Signature: ______________________', 'Date: ______________________'];
    expect(bestEfforts(draft)).toEqual([THEIRS]);
  });

  it('is nobody where the name line signs for the company, or the opening names two companies', () => {
    // The company's signer, with a title under the name: no person signs in person.
    const forCompany = [consulting('Customer'), ...duties, 'CUSTOMER', 'QIMING ROBOTICS CO., LTD.', 'Name: Adaeze Okafor', 'Signature: ______________________', 'Title: Director'];
    expect(bestEfforts(forCompany)).toEqual([PLAIN]);
    const twoCompanies =
      'This Consulting Agreement is made between Qiming Robotics Co., Ltd. (the "Customer") and Lagos Data Analytics Ltd., a company incorporated in Nigeria.';
    expect(bestEfforts([twoCompanies, ...duties, ...companyBlock, 'Name: Adaeze Okafor', 'Signature: ______________________'])).toEqual([PLAIN]);
  });
});
