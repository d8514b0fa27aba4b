import { crossReferences } from '../../../../src/core/review/rules/cross-references';
import { makeContext } from './make-context';

// A supply agreement laid out as text exported from PDF: headings run into the clauses.
const SUPPLY = [
  '1. DEFINITIONS 1.1 "Products" means the battery modules listed in Schedule 1.',
  '2. SUPPLY 2.1 Supplier shall manufacture and deliver the Products ordered by Buyer.',
  '3. PRICE 3.1 Buyer shall pay the prices in Schedule 2 within thirty days of invoice.',
  '4. TAXES 4.1 Each party bears its own taxes on income.',
  '5. TERMINATION 5.1 Either party may terminate this Agreement on ninety days written notice. 5.2 Either party may terminate this Agreement for material breach not cured within thirty days.',
  '6. GENERAL 6.1 Notices are given in writing to the addresses above. 6.2 Headings: headings are for convenience only. 6.3 Governing Law: this Agreement is governed by the laws of England.',
];

function messages(text: string[]): string[] {
  return crossReferences(makeContext(text.join('\n'))).map((f) => f.message);
}

describe('cross-references against the headings they name', () => {
  it('flags a reference to a section that does not exist', () => {
    const [f] = crossReferences(makeContext([...SUPPLY, 'Sections 2 and 9 survive termination of this Agreement.'].join('\n')));
    expect(f).toMatchObject({ rule: 'drafting.cross-reference', severity: 'low' });
    expect(f!.message).toBe('References to sections that do not exist: 9');
  });

  it('flags a termination right sent to a clause on something else, and names where termination is', () => {
    const text = [...SUPPLY.slice(0, 4), '4.2 Buyer may terminate this Agreement pursuant to Section 4 if the Products fail acceptance testing twice.', ...SUPPLY.slice(4)];
    const [f] = crossReferences(makeContext(text.join('\n')));
    expect(f).toMatchObject({ rule: 'drafting.cross-reference', severity: 'medium' });
    expect(f!.message).toContain('Section 4 for "termination" (that is 5)');
  });

  it('is quiet when the termination right points to the termination clause', () => {
    const text = [...SUPPLY.slice(0, 4), '4.2 Buyer may terminate this Agreement pursuant to Section 5.2 if the Products fail acceptance testing twice.', ...SUPPLY.slice(4)];
    expect(messages(text)).toEqual([]);
  });

  it('reads a range of clauses and flags it when another clause is headed with what it is for', () => {
    const text = [
      ...SUPPLY,
      '7. MANUFACTURING AGREEMENT 7.1 The parties shall negotiate in good faith a manufacturing agreement for the battery modules.',
      '8. DURATION 8.1 Either party may end this Agreement if the parties fail to conclude the Manufacturing Agreement pursuant to Clauses 3 - 5 of this Agreement within one month.',
    ];
    expect(messages(text)).toEqual(['References that point to the wrong section: Clauses 3 - 5 for "manufacturing agreement" (that is 7)']);
  });

  it('reads a heading that only qualifies the thing referred to ("the Development Plan milestones") as no claim on the section', () => {
    const text = [
      ...SUPPLY,
      '7. DEVELOPMENT PLAN 7.1 Supplier shall keep records of the work done under the development plan attached as Exhibit C.',
      '8. COMMITTEE 8.1 The committee meets quarterly and confirms the achievement of each milestone that triggers a payment.',
      '9. FUNDING 9.1 Buyer shall pay each funding instalment on achievement of the Development Plan milestones as set forth in Section 8.1.',
    ];
    expect(messages(text)).toEqual([]);
    // The plan itself sent to the committee clause is still the wrong section.
    const plan = text.map((l) => l.replace('on achievement of the Development Plan milestones as set forth in Section 8.1', 'in line with the Development Plan as set forth in Section 8.1'));
    expect(messages(plan)).toEqual(['References that point to the wrong section: Section 8.1 for "development plan" (that is 7)']);
  });

  it('flags a termination notice given under a clause that gives no right to terminate, numbers written without "Section"', () => {
    const text = [
      ...SUPPLY.slice(0, 4),
      '5. TERMINATION 5.1 Either party may terminate this Agreement on ninety days written notice. 5.2 Either party may terminate this Agreement for material breach not cured within thirty days. 5.3 Accrued Rights. The termination or expiration of this Agreement is without prejudice to rights accrued before it.',
      '5.4 Transition. If a termination notice is delivered pursuant to 5.1, 5.2 or 5.3, Supplier shall help Buyer move the manufacture of the Products to another supplier.',
      ...SUPPLY.slice(5),
    ];
    expect(messages(text)).toEqual(['References that point to the wrong section: 5.3 cited for a termination gives no right to terminate']);
    // The same notice under the clauses that give the right, or a right stated as a default, is quiet.
    const right = text.map((l) => l.replace('5.1, 5.2 or 5.3', '5.1 or 5.2').replace('The termination or expiration of this Agreement is without prejudice to rights accrued before it.', 'An uncured breach of Section 3.1 is a default giving the other party a right of termination.'));
    expect(messages(right)).toEqual([]);
    // Numbers without "Section" are read only where the draft has each of them: "under 7.3" may be an amount.
    expect(messages(text.map((l) => l.replace('5.1, 5.2 or 5.3', '5.1, 5.2 or 7.3')))).toEqual([]);
  });

  it('flags a thing made to count as a defined term under a clause that defines another term', () => {
    const text = [
      '1. "Confidential Information" means information marked as confidential when disclosed. Information disclosed orally is Confidential Information if it is confirmed in writing as Confidential Information pursuant to Section 2 within ten days.',
      '2. Information is disclosed under this Agreement only to discuss a supply of battery cells (the "Purpose").',
      '3. The Recipient shall use Confidential Information only for the Purpose.',
      '4. This Agreement is governed by the laws of Germany.',
    ];
    expect(messages(text)).toEqual(['References that point to the wrong section: Section 2 defines "Purpose", not "Confidential Information" (that is 1)']);
    expect(messages(text.map((l) => l.replace('pursuant to Section 2', 'pursuant to Section 1')))).toEqual([]);
    // "engaged as Servicer under Section 2" where Section 2 defines the "Successor Servicer": the same thing.
    const servicer = [
      '1. "Servicer" means the Bank, or any Successor Servicer, while it services the Receivables.',
      '2. If the Bank resigns, the Owner shall appoint a replacement (the "Successor Servicer"), who acts as Servicer under Section 2 from its acceptance.',
      '3. The Servicer shall report to the Owner monthly.',
      '4. This Agreement is governed by the laws of New York.',
    ];
    expect(messages(servicer)).toEqual([]);
  });

  it('flags a named heading that is not the heading at that number', () => {
    const text = [...SUPPLY, '7. SURVIVAL 7.1 Sections 3.1 (Price) and 6.2 (Governing Law) survive termination of this Agreement.'];
    expect(messages(text)).toEqual(['References that point to the wrong section: 6.2 is "Headings", not "Governing Law" (that is 6.3)']);
  });

  it('is quiet on a named heading with a typing slip, or naming a sub-clause', () => {
    const text = [...SUPPLY, '7. SURVIVAL 7.1 Sections 3.1 (Price), 6.3 (Governing Law) and 6.2(a) (Headings of Schedules) survive termination of this Agreement.'];
    expect(messages(text)).toEqual([]);
  });

  it('flags "as defined in" a section that does not define the term', () => {
    const text = [...SUPPLY, '7. FORCE MAJEURE 7.1 Neither party is liable for delay caused by Force Majeure as defined in Section 2.1.'];
    expect(messages(text)).toEqual(['References that point to the wrong section: 2.1 does not define "Force Majeure"']);
  });

  it('flags a clause that refers to itself, but not "this Section" or a survival list naming itself', () => {
    const self = [...SUPPLY, '7. DISPUTES 7.1 Arbitration. Disputes are settled by arbitration in London. 7.2 Jurisdiction and Venue. Subject to the arbitration provisions in Section 7.2, either party may seek an injunction in the courts of England.'];
    expect(messages(self)).toEqual(['References that point to the wrong section: 7.2 refers to itself']);
    const whole = [...SUPPLY, '7. LICENCE GRANTS 7.1 Supplier grants Buyer a licence to use the Products. 7.2 Sublicences. Buyer may grant the sublicences permitted under Section 7.2 only to its Affiliates.'];
    expect(messages(whole)).toEqual([]);
    const fine = [
      ...SUPPLY,
      '7. DISPUTES 7.1 Disputes are settled by arbitration in London. 7.2 Nothing in this Section 7.2 prevents either party from seeking an injunction.',
      '7.3 Sections 3.1, 5.2 and 7.3 survive termination of this Agreement.',
    ];
    expect(messages(fine)).toEqual([]);
  });

  it('does not match a reference in the body to a clause of an exhibit numbered afresh', () => {
    const text = [
      ...SUPPLY.slice(1),
      '7. SURVIVAL 7.1 Article 1 (Definitions) and Section 5.2 survive termination of this Agreement.',
      'EXHIBIT A',
      '1. Scope: Supplier shall keep records of each delivery for five years.',
      '2. Audit: Buyer may inspect those records once a year.',
    ];
    expect(messages(text)).toEqual([]);
  });

  it('finds deep numbers run into the text, so 19.3.1 exists', () => {
    const text = [
      ...SUPPLY,
      '19. DISPUTE RESOLUTION     19.1 The parties shall try to settle any dispute by negotiation.     19.2 If negotiation fails, the parties shall refer the dispute to mediation.     19.3 The mediation is conducted as follows:     19.3.1 the appointment of the mediator is agreed by the parties;     19.3.2 the mediation is held in London.',
      '20. COSTS 20.1 If the mediator is not appointed under clause 19.3.1 within ten days, either party may refer the dispute to the courts.',
    ];
    expect(messages(text)).toEqual([]);
  });

  it('reads a clause that opens at its first item, "8.1(a) Without prejudice", as clause 8.1', () => {
    const text = [
      ...SUPPLY,
      '8.1(a) Without prejudice to its other rights, Buyer may suspend orders if deliveries are late twice in a quarter.',
      '8.1(b) Buyer may terminate this Agreement if deliveries are late three times in a year.',
      '8.2 If Buyer terminates this Agreement pursuant to Section 8.1(b), Supplier shall refund any prepaid price.',
    ];
    expect(messages(text)).toEqual([]);
  });

  it('reads sub-items in capitals, so a paragraph citing its siblings "3(A)-(C)" does not refer to itself', () => {
    const text = [
      '1. Appointment. Brand appoints Endorser to endorse the Products.',
      '2. Fees. Brand shall pay Endorser the fees in Schedule 1.',
      '3. Use of Name. A. Brand may use the Endorser\'s name in advertising. B. Brand may use the Endorser\'s likeness. C. Brand may use the Endorser\'s voice. D. Whenever Brand uses the rights in Paragraphs 3(A)-(C), it shall show the disclaimer approved by Endorser.',
      '4. Term. This Agreement lasts two years.',
    ];
    expect(messages(text)).toEqual([]);
  });

  it('ignores references to statutes and other agreements', () => {
    const text = [...SUPPLY, 'Buyer keeps its rights under Section 365(n) of the Bankruptcy Code and Section 9 of the Supply Agreement.'];
    expect(messages(text)).toEqual([]);
  });

  it('reads a list of sections with long headings that ends "of" another agreement as references to that agreement', () => {
    const other = [
      ...SUPPLY,
      '7. OTHER AGREEMENTS 7.1 Sections 4.4 (Indemnification Obligations Net of Insurance Proceeds and Other Amounts) through 4.10 (Survival of Indemnities) of the Separation Agreement apply to the indemnities in Section 3.',
      '7.2 Section 6.6 (Other Agreements Providing for Exchange of Information), Section 6.7 (Production of Witnesses; Records; Cooperation) and Section 6.8 (Privileged Matters) of the Separation Agreement continue to apply.',
    ];
    expect(messages(other)).toEqual([]);
    const own = [...other, '7.3 The rights in Section 9 (Production of Witnesses; Records; Cooperation) survive termination of this Agreement.'];
    expect(messages(own)).toEqual(['References to sections that do not exist: 9']);
  });

  it('reads a survey section in a description of land as no reference, and still checks a clause number', () => {
    const land = [...SUPPLY, '7. PROPERTY 7.1 The well is located in Section 47, Township 4 South, Range 10 East, of the county named in Schedule 1.'];
    expect(messages(land)).toEqual([]);
    expect(messages([...land, '7.2 The costs of the well are shared as set out in Section 47.'])).toEqual(['References to sections that do not exist: 47']);
  });

  it('is quiet on a sub-clause naming the proceedings brought under its own section, and still flags a clause citing itself for another subject', () => {
    const proceedings = [
      ...SUPPLY,
      '7. ENFORCEMENT 7.1 Notice. Each party shall notify the other of any infringement of the Patents. 7.2 Prosecution of Infringers. (a) Supplier may sue any infringer of the Patents. (b) Buyer shall not settle any claim or action that it brought under Section 7.2 without the consent of Supplier.',
    ];
    expect(messages(proceedings)).toEqual([]);
    const slip = [...proceedings, '7.3 Jurisdiction and Venue. Subject to the arbitration provisions in Section 7.3, either party may seek an injunction in the courts of England.'];
    expect(messages(slip)).toEqual(['References that point to the wrong section: 7.3 refers to itself']);
  });

  it('is quiet on a clause saying what does not breach it and on a lettered paragraph of the same section, and still flags a clause citing itself', () => {
    const breach = [
      ...SUPPLY,
      '7. RESTRICTIONS 7.1 Non-Solicitation. Neither party shall solicit the other\'s employees. 7.2 Noncompetition. Consultant shall not compete with the Company during the Term. Owning less than two percent of a listed company is not a violation of Section 7.2.',
    ];
    expect(messages(breach)).toEqual([]);
    const lettered = [
      ...SUPPLY,
      '7. GOVERNING LAW AND MEDIATION',
      'A. THE PARTIES SHALL MEDIATE ANY DISPUTE BEFORE GOING TO COURT.',
      'ONCE THE MEDIATOR IS APPOINTED, EITHER PARTY MAY BRING THE DISPUTE TO A COURT IN ACCORDANCE WITH SECTION 7.B. BELOW AND NOT OTHERWISE.',
      'B. THE COURTS OF LONDON HAVE NON-EXCLUSIVE JURISDICTION OVER ANY DISPUTE NOT RESOLVED BY MEDIATION.',
    ];
    expect(messages(lettered)).toEqual([]);
    const slip = [...breach, '7.3 Jurisdiction and Venue. Subject to the arbitration provisions in Section 7.3, either party may seek an injunction in the courts of England.'];
    expect(messages(slip)).toEqual(['References that point to the wrong section: 7.3 refers to itself']);
  });

  it('reads wide gaps in linear time', () => {
    const gaps = `1. TERM${' '.repeat(50_000)}x 2. PRICE${' '.repeat(50_000)}y`;
    // CPU time, so a busy machine does not fail it.
    const started = process.cpuUsage();
    crossReferences(makeContext([gaps, ...SUPPLY].join('\n')));
    const used = process.cpuUsage(started);
    expect((used.user + used.system) / 1000).toBeLessThan(2000);
  });
});
