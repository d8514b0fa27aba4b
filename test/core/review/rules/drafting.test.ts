import { andOr } from '../../../../src/core/review/rules/and-or';
import { efforts } from '../../../../src/core/review/rules/efforts';
import { vagueTime } from '../../../../src/core/review/rules/vague-time';
import { material } from '../../../../src/core/review/rules/material';
import { shallMisuse } from '../../../../src/core/review/rules/shall';
import { shallStyle } from '../../../../src/core/review/rules/shall-style';
import { repeatedWords } from '../../../../src/core/review/rules/repeated-words';
import { undefinedTerms } from '../../../../src/core/review/rules/defined-terms';
import { duplicateDefinitions } from '../../../../src/core/review/rules/duplicate-definitions';
import { unusedTerms } from '../../../../src/core/review/rules/unused-terms';
import { crossReferences } from '../../../../src/core/review/rules/cross-references';
import { makeContext } from './make-context';

describe('and/or', () => {
  it('fires once for all uses, counting them', () => {
    const text = [
      'Distributor shall not modify and/or reverse engineer the Products.',
      'Supplier may suspend and/or terminate deliveries if any invoice is overdue.',
    ].join('\n');
    const found = andOr(makeContext(text));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'drafting.and-or', kind: 'drafting', severity: 'low' });
    expect(found[0]!.message).toBe('"And/or" used twice');
    expect(found[0]!.evidence).toHaveLength(2);
  });

  it('is quiet on "or both"', () => {
    expect(andOr(makeContext('Supplier may suspend or terminate deliveries, or both, if any invoice is overdue.'))).toEqual([]);
  });
});

describe('efforts standards', () => {
  it('flags "best efforts"', () => {
    const [f] = efforts(makeContext('Distributor shall use its best efforts to promote the sale of the Products in the Territory.'));
    expect(f).toMatchObject({ rule: 'drafting.best-efforts', severity: 'low' });
  });

  it('advises pinning down, not softening, a "best efforts" duty that binds only the other side', () => {
    const parties = 'This Agreement is between Kaiyuan Power Co., Ltd. (the "Supplier") and Meridian Power Trading Pte. Ltd. (the "Distributor").';
    const text = `${parties}\nThe Distributor shall use its best efforts to promote and sell the Products throughout the Territory.`;
    const [supplier] = efforts(makeContext(text, { scenario: 'exclusive-partnership', role: 'supplier' }));
    expect(supplier).toMatchObject({ rule: 'drafting.best-efforts', severity: 'low' });
    expect(supplier!.message).toBe('The other side\'s "best efforts" duty is vague');
    expect(supplier!.why).not.toMatch(/use "commercially reasonable efforts"/);
    // The distributor, who carries the duty, is told to soften it.
    const [distributor] = efforts(makeContext(text, { scenario: 'exclusive-partnership', role: 'distributor' }));
    expect(distributor!.message).toBe('"Best efforts" standard');
    expect(distributor!.why).toMatch(/use "commercially reasonable efforts"/);
  });

  it('reads the misspelt "bests efforts" as best efforts', () => {
    const [f] = efforts(makeContext('The affected party shall use its bests efforts to overcome the force majeure event.'));
    expect(f).toMatchObject({ rule: 'drafting.best-efforts' });
  });

  it('flags two standards in one draft', () => {
    const text = [
      'Each Party shall use commercially reasonable efforts to complete its Development Tasks.',
      'Licensee shall use reasonable efforts to obtain regulatory approval in each country of the Territory.',
    ].join('\n');
    const found = efforts(makeContext(text));
    expect(found.map((f) => f.rule)).toEqual(['drafting.mixed-efforts']);
    expect(found[0]!.message).toContain('"commercially reasonable efforts" and "reasonable efforts"');
  });

  it('is quiet on one standard used throughout', () => {
    const text = [
      'Each Party shall use commercially reasonable efforts to complete its Development Tasks.',
      'Licensee shall use commercially reasonable efforts to obtain regulatory approval.',
    ].join('\n');
    expect(efforts(makeContext(text))).toEqual([]);
  });
});

describe('vague time words', () => {
  it('flags promptly and close of business without a time zone', () => {
    const text = [
      'Evaluator shall promptly notify Provider of any defect in the Samples.',
      'Orders received after the close of business are deemed received on the next Business Day.',
    ].join('\n');
    const [f] = vagueTime(makeContext(text));
    expect(f).toMatchObject({ rule: 'drafting.vague-time', severity: 'low' });
    expect(f!.message).toBe('Vague time words: "promptly" and "close of business"');
  });

  it('accepts "promptly, and in any event within" a number of days', () => {
    const text = 'Evaluator shall promptly, and in any event within five Business Days, notify Provider of any defect in the Samples.';
    expect(vagueTime(makeContext(text))).toEqual([]);
  });

  it('accepts close of business with a time zone', () => {
    expect(vagueTime(makeContext('Notices received after the close of business, New York time, are deemed received on the next day.'))).toEqual([]);
  });
});

describe('undefined "material"', () => {
  it('flags "material" as an undefined measure', () => {
    const [f] = material(makeContext('Supplier shall notify Buyer of any material change to the manufacturing process for the Products.'));
    expect(f).toMatchObject({ rule: 'drafting.material', severity: 'low' });
  });

  it('is quiet on "material breach", "in all material respects" and "material fact", terms of art courts construe', () => {
    const text = [
      'Either party may terminate this Agreement if the other party commits a material breach and fails to cure it within thirty days.',
      'If Licensee materially breaches Section 4, Licensor may terminate this Agreement on written notice.',
      'Each representation of Seller is true and correct in all material respects on the Closing Date.',
      'The Prospectus will not include an untrue statement of a material fact or omit to state a material fact necessary to make the statements therein not misleading.',
      'No proceeding is pending that might materially and adversely affect the business of the Company.',
    ].join('\n');
    expect(material(makeContext(text))).toEqual([]);
  });

  it('is quiet on the noun', () => {
    expect(material(makeContext('Distributor may use the promotional material supplied by Supplier in the Territory.'))).toEqual([]);
  });
});

describe('"shall" where it matters: a duty in the passive that names no one', () => {
  it('flags "shall be returned" and "shall be borne" with no party named, in one low point', () => {
    const text = [
      'Upon termination, all Samples and copies of the Confidential Information shall be returned within thirty days.',
      'The costs of prosecuting the Joint Patents shall be borne in the proportions agreed in writing.',
    ].join('\n');
    const found = shallMisuse(makeContext(text));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'drafting.shall', severity: 'low', kind: 'drafting' });
    expect(found[0]!.message).toBe('Duties in the passive name no one to perform them (2)');
  });

  it('is quiet on style: an inanimate subject, a right, a rule, or a passive that names its actor', () => {
    const text = [
      'This Agreement shall be governed by the laws of the State of New York.',
      'Notices shall be sent by courier to the addresses above.',
      'This Agreement shall commence on the Effective Date.',
      'Licensor shall have the right to audit the records of Licensee once a year.',
      'All filing fees for the Joint Patents shall be borne by Licensee.',
      'Licensee shall pay the royalties set out in Schedule 1 within thirty days after the end of each quarter.',
    ].join('\n');
    expect(shallMisuse(makeContext(text))).toEqual([]);
  });

  it('is quiet where the actor is described or redacted, and on a condition; still flags the duty a condition governs', () => {
    const quiet = [
      'The fees of the arbitrator shall be borne by the non-prevailing Party, including reasonable legal costs.',
      'All costs of a product recall shall be borne by [***].',
      'If and when any such consent, approval or release shall be obtained, Licensor shall promptly assign the affected contract to Licensee.',
    ];
    expect(shallMisuse(makeContext(quiet.join('\n')))).toEqual([]);
    const governed = [...quiet, 'If this Agreement terminates for any reason, all copies of the Source Code shall be returned within ten days.'];
    expect(shallMisuse(makeContext(governed.join('\n'))).map((f) => f.message)).toEqual(['Duties in the passive name no one to perform them (1)']);
  });
});

describe('"shall" style, opt-in: "shall" where no party\'s duty is meant', () => {
  it('flags a right written as a duty, what the agreement does and "shall mean", in one low point', () => {
    const text = [
      'Licensor shall have the right to audit the records of Licensee once in each calendar year.',
      'This Agreement shall be governed by the laws of Singapore.',
      '"Samples" shall mean the battery cells delivered under Section 2.',
      'The Term shall commence on the Effective Date and continue for two years.',
    ].join('\n');
    const found = shallStyle(makeContext(text));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'drafting.shall-style', severity: 'low', kind: 'drafting' });
    expect(found[0]!.message).toBe('"Shall" where no party\'s duty is meant (4)');
    expect(found[0]!.evidence[0]!.text).toContain('shall have the right');
  });

  it('is quiet on duties of a party and on prohibitions', () => {
    const text = [
      'Licensee shall pay the royalties set out in Schedule 1 within thirty days after the end of each quarter.',
      'Recipient shall not reverse engineer the Samples.',
      'Neither Party shall have any right to use the other Party\'s trademarks.',
      'Either Party may terminate this Agreement on sixty days\' written notice.',
      '"Samples" means the battery cells delivered under Section 2.',
    ].join('\n');
    expect(shallStyle(makeContext(text))).toEqual([]);
  });
});

describe('words written twice in a row', () => {
  it('finds a doubled word and a doubled phrase in one low point', () => {
    const text = [
      '"Confidential Information" means any information that is identified that is identified as confidential at the time of disclosure.',
      'Recipient shall return the the Samples within thirty days after the end of the Evaluation Period.',
    ].join('\n');
    const found = repeatedWords(makeContext(text));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'drafting.repeated-words', severity: 'low', kind: 'drafting' });
    expect(found[0]!.message).toBe('Words written twice in a row (2)');
  });

  it('is quiet on good English, table columns, list markers and capitalised repeats', () => {
    const text = [
      'Supplier may amend the price list from time to time to reflect changes in the cost of materials.',
      'Licensee shall cause its and its Affiliates\' employees to keep the Know-How confidential.',
      'Neither Party is or is proposed to be owned by a Competitor.',
      'He said that that clause was agreed.',
      'By                    By',
      'Title Title',
      'the items listed in (a) a and (b) b.',
      'Licensee and Licensor have had had no prior dealings.',
      'If the start date differs from the shipping date to the integrator the integrator shall provide a copy of its purchase order.',
    ].join('\n');
    expect(repeatedWords(makeContext(text))).toEqual([]);
  });

  it('still finds the doubled article after a condition closed by its comma', () => {
    const text = 'If the Samples fail acceptance testing, Supplier shall replace the the Samples within ten days.';
    expect(repeatedWords(makeContext(text))).toHaveLength(1);
  });
});

describe('defined terms', () => {
  const defs = '"Licensed Products" means the lithium cells described in Schedule 1.';

  it('flags a capitalised term used twice and never defined', () => {
    const text = [defs, 'Licensee shall sell the Licensed Products only through the Approved Channels.', 'Licensee shall report sales made through the Approved Channels each quarter.', 'Licensee may propose new sales channels, which are approved only in writing.'].join('\n');
    const [f] = undefinedTerms(makeContext(text));
    expect(f).toMatchObject({ rule: 'drafting.undefined-term' });
    expect(f!.message).toContain('"Approved Channels"');
  });

  it('ignores places, statutes, months and party names', () => {
    const text = [
      'This Agreement is between Acme Batteries Inc. ("Licensor") and Nordlys Motors AB ("Licensee").',
      defs,
      'Licensee shall comply with the Export Administration Regulations in the United States and in the State of California.',
      'Licensee shall comply with the Export Administration Regulations in the United States by the end of December.',
      'Licensor shall deliver the Licensed Products in the State of California in December.',
    ].join('\n');
    expect(undefinedTerms(makeContext(text))).toEqual([]);
  });

  it('reads the first word of a defined term with a lower-case word in it as that term', () => {
    const sow = [
      '"Project" means the development work described in the statement of work attached as Exhibit A (the "Statement of Work").',
      'Each Party shall perform the tasks allocated to it in the Statement of Work and shall bear its own costs.',
      'The project managers shall review progress against the milestones in the Statement of Work each month.',
      'Each Party shall deliver the items listed in the Statement of Work by the dates stated there, and a Statement of Account each quarter.',
    ];
    expect(undefinedTerms(makeContext(sow.join('\n')))).toEqual([]);
    // Without the definition the phrase is still reported.
    const [f] = undefinedTerms(makeContext([defs, 'The statement of work is attached as Exhibit A.', ...sow.slice(1)].join('\n')));
    expect(f!.message).toContain('Statement');
  });

  it('flags a defined term never used, at low severity', () => {
    const text = [defs, '"Field" means the manufacture of electric vehicle batteries.', 'Licensee shall sell the Licensed Products in the Territory.'].join('\n');
    const [f] = unusedTerms(makeContext(text));
    expect(f).toMatchObject({ rule: 'drafting.unused-term', severity: 'low' });
    expect(f!.message).toBe('Defined terms never used: "Field"');
  });

  it('counts plurals as uses: "Affiliates" for "Affiliate", "High Risk Activities" for "High Risk Activity"', () => {
    const text = [
      '"Affiliate" means any entity that controls, is controlled by or is under common control with a Party.',
      '"High Risk Activity" means any use where failure of the Product could lead to death or serious bodily injury.',
      'Customer shall not use the Product in any High Risk Activities, and shall ensure that its Affiliates comply with this Section.',
    ].join('\n');
    expect(unusedTerms(makeContext(text))).toEqual([]);
  });

  it('flags the same term defined twice', () => {
    const text = [defs, 'Licensee shall sell the Licensed Products.', '"Licensed Products" means the cells listed in the purchase order.'].join('\n');
    const [f] = duplicateDefinitions(makeContext(text));
    expect(f).toMatchObject({ rule: 'drafting.duplicate-definition' });
    expect(f!.evidence).toHaveLength(2);
  });

  it('flags one thing defined under two names', () => {
    const text = [
      '"Confidential Information" means all technical and commercial information disclosed by the Disclosing Party under this Agreement.',
      '"Proprietary Information" means all technical and commercial information disclosed by the Disclosing Party under this Agreement.',
      'The Receiving Party shall protect Confidential Information and Proprietary Information.',
    ].join('\n');
    const [f] = duplicateDefinitions(makeContext(text));
    expect(f!.message).toBe('Defined more than once: "Confidential Information" / "Proprietary Information"');
  });

  it('ignores a pointer to the definition and a form attached as an exhibit', () => {
    const text = [
      '1.4 "Acceptance Criteria" has the meaning set forth in Section 3.2.',
      '3.2 Customer shall test each Deliverable against the criteria in Schedule 2 (the "Acceptance Criteria").',
      'EXHIBIT B',
      'This Purchase Order is issued under the Supply Agreement (the "Acceptance Criteria" being those stated in Schedule 2).',
    ].join('\n');
    expect(duplicateDefinitions(makeContext(text))).toEqual([]);
  });

  it('is quiet when each term is defined once and used', () => {
    const text = [defs, 'Licensee shall sell the Licensed Products.'].join('\n');
    const ctx = makeContext(text);
    expect([...unusedTerms(ctx), ...duplicateDefinitions(ctx)]).toEqual([]);
  });
});

describe('cross-references', () => {
  const numbered = [
    '1. Licensor grants Licensee the licence in Section 2.',
    '2. Licensee shall pay the fees in Section 3.',
    '3. Fees are payable within thirty days of invoice.',
  ];

  it('flags a reference to a section that does not exist', () => {
    const [f] = crossReferences(makeContext([...numbered, '4. Sections 2 and 7 survive termination.'].join('\n')));
    expect(f).toMatchObject({ rule: 'drafting.cross-reference', severity: 'low' });
    expect(f!.message).toBe('References to sections that do not exist: 7');
  });

  it('ignores references to statutes and other agreements', () => {
    const text = [...numbered, '4. Licensee keeps its rights under Section 365(n) of the Bankruptcy Code and Section 9 of the Supply Agreement.'].join('\n');
    expect(crossReferences(makeContext(text))).toEqual([]);
  });
});
