// Parties as filings and many-party deals set them out: a typed filing spaces its words unevenly and
// repeats a party's name with another company form on its letterhead; a joint venture or licence may
// bring in a parent or a second group company; a group company's name may carry its place in
// brackets. Only our side and the counterparty matter for most checks: the rest are named beside
// them, and a side the draft does not support is never guessed. Names and facts are invented.
import { buildContext, fromText, partiesSentence, review } from '../../../src/core/review';
import type { RoleId, ScenarioId } from '../../../src/core/scenarios';
import { library, playbooks } from '../../support/review-as-side';

const parties = (text: string) => buildContext(fromText(text)).ctx.parties.map((p) => [p.name, p.shortName]);
const reviewed = (text: string, scenario: ScenarioId, role: RoleId) => review(fromText(text), { scenario, role, library, playbooks });

const FILING = [
  'EXHIBIT 10.4',
  '                         HALDEN PAYMENT SERVICES CORPORATION',
  '                           SALES AGENT AGREEMENT',
  'THIS  AGREEMENT  is  entered  into  by  and  between  HALDEN  PAYMENT SERVICES, INC. ("HALDEN  PAY"),  a  Delaware corporation with its principal place of business at 400 Market Street, Wilmington, Delaware, and Corvid Data  Systems,  Inc.,  the sales agent ("AGENT"), a Texas corporation with its principal place of business at 80 Elm Street, Austin, Texas.',
  'ARTICLE I  OBLIGATIONS OF AGENT',
  '1.01     MARKETING.  Agent  shall  use its best efforts to market and sell to commercial businesses the Services of Halden Pay.',
  '1.02     OFFICES.  Agent shall promote the Services only to lawful retail businesses.',
  'ARTICLE II  FEES',
  '2.01     FEES.  Halden  Pay  shall  pay to the Agent the Agent\'s Fee set out in Schedule A within thirty (30) days after the end of each month.',
  'ARTICLE III  SALE OF AGENT',
  '3.01     RIGHT OF FIRST REFUSAL.  If Agent receives a bona fide offer to acquire or merge with Agent, Halden  Pay  shall  have the exclusive right of first refusal to purchase all or any part of the revenue due Agent or acquire Agent on the same terms.',
].join('\n');

const GROUP = [
  'PATENT AND KNOW-HOW LICENCE AGREEMENT',
  'This Licence Agreement is made among (1) Arden Photonics Ltd. ("Arden"), a company incorporated in England, (2) Qinghe Optical (Suzhou) Co., Ltd. ("Licensee"), a company incorporated in the PRC, and (3) Qinghe Holdings Limited ("Guarantor"), a company incorporated in the Cayman Islands and listed on the Main Board of The Stock Exchange of Hong Kong Limited.',
  '1. Licence',
  '1.1 Arden hereby grants to Licensee a non-exclusive licence under the Licensed Patents to make and sell Products in the Territory.',
  '1.2 Arden shall deliver to Licensee the technical information listed in Schedule 2 within thirty (30) days after the Effective Date.',
  '2. Payment',
  '2.1 Licensee shall pay to Arden a royalty of three per cent of the Net Sales of Products.',
  '3. Guarantee',
  '3.1 Guarantor guarantees the due and punctual payment by Licensee of every amount due under this Agreement.',
].join('\n');

const CROSS = [
  'CO-BRANDING AGREEMENT',
  'This Co-Branding Agreement is made among (a) Norrland Voice AB ("Norrland"), (b) Jiangnan Portal Co., Ltd. ("Jiangnan") and (c) Harbour Joint Co. Limited ("JointCo").',
  '1. Licences',
  '1.1 Norrland hereby grants to JointCo a non-exclusive licence to use the Norrland Marks on the co-branded application.',
  '1.2 Jiangnan hereby grants to Norrland a non-exclusive licence to use the Jiangnan Marks on the co-branded application.',
  '1.3 The rights granted to Norrland under this Section 1 end when this Agreement ends.',
  '1.4 The rights granted to JointCo under this Section 1 end when this Agreement ends.',
].join('\n');

describe('parties of a typed filing', () => {
  it('reads the letterhead and the opening as one party and a name spaced unevenly as the body writes it', () => {
    expect(parties(FILING)).toEqual([
      ['HALDEN PAYMENT SERVICES, INC.', 'HALDEN PAY'],
      ['Corvid Data Systems, Inc.', 'AGENT'],
    ]);
  });

  it('places the agent that markets and is paid its fee as the distributor, and its principal on the other side', () => {
    expect(reviewed(FILING, 'exclusive-partnership', 'distributor').parties).toEqual({
      ours: 'Corvid Data Systems, Inc. (AGENT)',
      theirs: 'HALDEN PAYMENT SERVICES, INC. (HALDEN PAY)',
    });
  });

  it('raises the principal’s right of first refusal over buying the agent for the agent only', () => {
    expect(reviewed(FILING, 'exclusive-partnership', 'distributor').findings.map((f) => f.rule)).toContain('one-sided.first-refusal');
    expect(reviewed(FILING, 'exclusive-partnership', 'supplier').findings.map((f) => f.rule)).not.toContain('one-sided.first-refusal');
  });
});

describe('words that only look like company names', () => {
  it('takes no "WHEREAS, Company" or "Agreement, Company" for a party: a plain-noun company form follows no comma', () => {
    const opening =
      'THIS MASTER SERVICES AGREEMENT ("Agreement") is between Fenwick Valuation (the "Company") and Brightwater Analytics, LLC (the "Contractor"). WHEREAS, Company desires to retain Contractor to perform consulting services; and WHEREAS, Contractor desires to perform them for Company under this Agreement, Company and Contractor agree as follows:';
    expect(parties(opening)).toEqual([['Brightwater Analytics, LLC', 'Contractor']]);
  });
});

describe('three or more parties', () => {
  it('keeps a place in brackets inside a name and takes no body named in a description for a party', () => {
    expect(parties(GROUP)).toEqual([
      ['Arden Photonics Ltd.', 'Arden'],
      ['Qinghe Optical (Suzhou) Co., Ltd.', 'Licensee'],
      ['Qinghe Holdings Limited', 'Guarantor'],
    ]);
  });

  it('places ours and the counterparty and names the guarantor beside them', () => {
    const result = reviewed(GROUP, 'technology-license', 'licensee');
    expect(result.parties).toEqual({
      ours: 'Qinghe Optical (Suzhou) Co., Ltd. (Licensee)',
      theirs: 'Arden Photonics Ltd. (Arden)',
      others: ['Qinghe Holdings Limited (Guarantor)'],
    });
    expect(partiesSentence(result.parties, 'en')).toBe(
      'Read as: you are Qinghe Optical (Suzhou) Co., Ltd. (Licensee); the other side is Arden Photonics Ltd. (Arden); the draft also names Qinghe Holdings Limited (Guarantor) as parties',
    );
  });

  it('places a licensor by its grant and delivery even where the licensee is known only by its role', () => {
    expect(reviewed(GROUP, 'technology-license', 'licensor').parties?.ours).toBe('Arden Photonics Ltd. (Arden)');
  });

  it('guesses no side in a cross-licence among three where a party both grants and is granted rights, and lists the three as placed on neither', () => {
    const { parties } = reviewed(CROSS, 'technology-license', 'licensee');
    expect(parties?.ours).toBeUndefined();
    expect(parties?.theirs).toBeUndefined();
    expect(parties?.others).toHaveLength(3);
  });
});
