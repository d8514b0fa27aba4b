import { missingTerms } from '../../../../src/core/review/rules/missing';
import { fixFor } from '../../../../src/core/review/rules/fix';
import type { FixSource } from '../../../../src/core/review/context';
import { makeContext, type ContextOptions } from './make-context';

const LIBRARY: FixSource = {
  clauses: [
    {
      id: 'return-or-destroy',
      topic: 'return-or-destroy',
      variants: [
        { id: 'thirty-days-certified', stance: 'protective', applies: { scenarios: ['sample-testing'], roles: ['provider'] } },
        { id: 'on-request', stance: 'balanced' },
        { id: 'evaluator-keeps-archive', stance: 'protective', applies: { roles: ['evaluator'] } },
      ],
    },
    { id: 'confidentiality', topic: 'confidentiality', variants: [{ id: 'mutual', stance: 'balanced' }] },
  ],
};

const NDA = [
  'MUTUAL CONFIDENTIALITY AGREEMENT',
  'The Recipient shall hold the Confidential Information in strict confidence and shall not disclose it to any third party.',
  'The Recipient shall use the Confidential Information solely for the purpose of evaluating the Samples.',
].join('\n');

describe('a press release about an agreement', () => {
  const playbook = { required: ['confidentiality', 'governing-law'], recommended: [] } as const;
  const release = [
    'Harbour Bancorp Signs Processing Agreement with Ledgerline Systems',
    'Newark, NJ -- March 2, 2026 -- Harbour Bancorp (Nasdaq: HRBC) announced today that its bank has entered into a five-year agreement under which Ledgerline will provide core processing and item processing services.',
    '"The move gives our customers faster service," said the bank\'s chief executive.',
  ].join('\n');
  it('says once that the text holds no terms, instead of calling each one missing', () => {
    const found = missingTerms(makeContext(release, { scenario: 'custom-development', role: 'developer', playbook, absent: ['confidentiality', 'governing-law'] }));
    expect(found.map((f) => `${f.severity} ${f.message}`)).toEqual(['info Missing terms not checked: this text announces an agreement and holds none of its terms']);
  });
  it('still raises missing terms in an agreement that a release is quoted in, or that binds its parties', () => {
    const agreement = `${release}\nThe Provider shall provide the Services in accordance with Schedule 1.`;
    const found = missingTerms(makeContext(agreement, { scenario: 'custom-development', role: 'developer', playbook, absent: ['confidentiality', 'governing-law'] }));
    expect(found.map((f) => f.topic)).toEqual(['confidentiality', 'governing-law']);
  });
});

describe('missing terms', () => {
  it('reports a topic the playbook requires and the draft lacks, with its weight and fix', () => {
    const ctx = makeContext(NDA, {
      scenario: 'sample-testing',
      role: 'provider',
      playbook: { required: ['return-or-destroy', 'confidentiality'], recommended: [] },
      library: LIBRARY,
      present: ['confidentiality'],
      absent: ['return-or-destroy'],
    });
    const found = missingTerms(ctx);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      rule: 'missing',
      kind: 'missing',
      topic: 'return-or-destroy',
      severity: 'high',
      evidence: [],
      fix: { clause: 'return-or-destroy', variant: 'thirty-days-certified' },
    });
    expect(found[0]!.message).toBe('No duty to return or destroy materials');
  });

  it('cites the section where the missing term belongs', () => {
    const text = `${NDA}\n7. TERM AND TERMINATION\nThis Agreement ends two years after the Effective Date.`;
    const ctx = makeContext(text, {
      scenario: 'sample-testing',
      role: 'provider',
      playbook: { required: ['return-or-destroy'], recommended: [] },
      absent: ['return-or-destroy'],
    });
    expect(missingTerms(ctx)[0]!.evidence).toEqual([{ paragraph: 3, start: 0, end: 23, text: '7. TERM AND TERMINATION' }]);
  });

  it('does not point to a sentence that merely carries a heading style', () => {
    // Word drafts often style whole list sentences as headings (the Common Paper pilot agreement does).
    const text = `${NDA}\nif the other party fails to cure a material breach of the Agreement following 30 days notice;`;
    const ctx = makeContext(text, {
      scenario: 'sample-testing',
      role: 'provider',
      playbook: { required: ['sample-ownership'], recommended: [] },
      absent: ['sample-ownership'],
    });
    ctx.doc.paragraphs[3]!.headingLevel = 2;
    expect(missingTerms(ctx)[0]!.evidence).toEqual([]);
  });

  it('does not report silence on residuals, which leaves the recipient no residuals right', () => {
    const ctx = makeContext(NDA, {
      scenario: 'pre-deal-disclosure',
      role: 'discloser',
      playbook: { required: ['residuals', 'return-or-destroy'], recommended: [] },
      absent: ['residuals', 'return-or-destroy'],
    });
    expect(missingTerms(ctx).map((f) => f.topic)).toEqual(['return-or-destroy']);
  });

  it('is quiet when the draft has every required topic', () => {
    const ctx = makeContext(NDA, {
      scenario: 'sample-testing',
      role: 'provider',
      playbook: { required: ['confidentiality'], recommended: ['export-control'] },
      present: ['confidentiality'],
    });
    expect(missingTerms(ctx)).toEqual([]);
  });

  it('does not call confidentiality missing where a separate confidentiality agreement between the parties holds it', () => {
    const supply = [
      'Harbourline Oleo GmbH shall supply the Product to Qinlan Biotech Co., Ltd. against purchase orders.',
      'This Agreement constitutes the entire agreement between the Parties and supersedes all prior agreements, except the Confidentiality Agreement between the Parties dated 26 September 2022.',
    ];
    const options: ContextOptions = {
      scenario: 'exclusive-partnership',
      role: 'supplier',
      playbook: { required: ['confidentiality', 'return-or-destroy'], recommended: [] },
      absent: ['confidentiality', 'return-or-destroy'],
    };
    expect(missingTerms(makeContext(supply.join('\n'), options))).toEqual([]);
    const none = [supply[0]!, 'This Agreement constitutes the entire agreement between the Parties and supersedes all prior agreements.'];
    expect(missingTerms(makeContext(none.join('\n'), options)).map((f) => f.topic)).toEqual(['confidentiality']);
  });

  it('reports nothing missing in an amendment, whose other terms stand in the agreement it amends', () => {
    const amendment = [
      'AMENDMENT NO. 2 TO THE MANUFACTURING AGREEMENT between Harbourline Foods LLC and Qinlan Nutrition Co., Ltd.',
      'The Parties agree to replace Schedule B of the Agreement with the Schedule B attached to this Amendment.',
      'Except as set out in this Amendment, all other terms and conditions of the Agreement shall remain in full force and effect.',
    ];
    const options: ContextOptions = {
      scenario: 'custom-development',
      role: 'developer',
      playbook: { required: ['confidentiality', 'governing-law'], recommended: [] },
      absent: ['confidentiality', 'governing-law'],
    };
    expect(missingTerms(makeContext(amendment.join('\n'), options))).toEqual([]);
    expect(missingTerms(makeContext(amendment.slice(1).join('\n'), options)).map((f) => f.topic)).toEqual(['confidentiality', 'governing-law']);
  });

  it('is quiet without a playbook (no scenario or role)', () => {
    expect(missingTerms(makeContext(NDA, { absent: ['return-or-destroy'] }))).toEqual([]);
  });
});

describe('fixFor', () => {
  it('prefers the protective variant for our scenario and role', () => {
    const ctx = makeContext(NDA, { scenario: 'sample-testing', role: 'provider', library: LIBRARY });
    expect(fixFor(ctx, 'return-or-destroy')).toEqual({ clause: 'return-or-destroy', variant: 'thirty-days-certified' });
  });

  it('skips variants for the other role and falls back to a generic one', () => {
    const ctx = makeContext(NDA, { scenario: 'technology-license', role: 'licensee', library: LIBRARY });
    expect(fixFor(ctx, 'return-or-destroy')).toEqual({ clause: 'return-or-destroy', variant: 'on-request' });
  });

  it('gives the clause a finding names, even under another topic, and falls back to the topic where it has no variant for the deal', () => {
    const ctx = makeContext(NDA, { scenario: 'sample-testing', role: 'provider', library: LIBRARY });
    expect(fixFor(ctx, 'confidentiality', 'return-or-destroy')).toEqual({ clause: 'return-or-destroy', variant: 'thirty-days-certified' });
    const onlyEvaluator: FixSource = { clauses: [{ ...LIBRARY.clauses[0]!, variants: [LIBRARY.clauses[0]!.variants[2]!] }, LIBRARY.clauses[1]!] };
    expect(fixFor(makeContext(NDA, { scenario: 'sample-testing', role: 'provider', library: onlyEvaluator }), 'confidentiality', 'return-or-destroy')).toEqual({ clause: 'confidentiality', variant: 'mutual' });
  });

  it('returns nothing when the library has no clause for the topic', () => {
    expect(fixFor(makeContext(NDA, { library: LIBRARY }), 'export-control')).toBeUndefined();
  });

  describe('the playbook says when a topic applies to the deal', () => {
    const playbook = {
      required: [],
      recommended: [],
      missing: {
        'export-control': { severity: 'low', when: ['cross-border'] },
        'no-reverse-engineering': { severity: 'medium', when: ['shares-goods'] },
      },
    } as const;
    const opening = (places: string) => `This Agreement is made between Acme Cells, Inc., ${places}.`;
    const raised = (text: string) =>
      missingTerms(makeContext(text, { scenario: 'sample-testing', role: 'provider', playbook, absent: ['export-control', 'no-reverse-engineering'] })).map(
        (f) => `${f.topic} ${f.severity}`,
      );

    it('raises export control where the parties sit in different countries', () => {
      expect(raised(opening('a Delaware corporation, and Hexi Energy Co., Ltd., a company incorporated in the People\'s Republic of China'))).toEqual([
        'export-control low',
      ]);
    });
    it('stays quiet on export control in a domestic deal', () => {
      expect(raised(opening('a Delaware corporation, and Beta Labs LLC, a California limited liability company'))).toEqual([]);
    });
    it('raises reverse engineering only where goods change hands', () => {
      const text = `${opening('a Delaware corporation, and Beta Labs LLC, a California limited liability company')}\nThe Provider shall deliver ten prototype cells to the Evaluator.`;
      expect(raised(text)).toEqual(['no-reverse-engineering medium']);
      expect(raised(`${opening('a Delaware corporation, and Beta Labs LLC, a California limited liability company')}\nAcme shall supply the Products and Services.`)).toEqual([
        'no-reverse-engineering medium',
      ]);
    });
    it('raises sample ownership only where samples or prototypes are handed over, not where products are merely mentioned', () => {
      const samples = { required: [], recommended: [], missing: { 'sample-ownership': { severity: 'medium', when: ['shares-samples'] } } } as const;
      const raisedHere = (text: string) =>
        missingTerms(makeContext(text, { scenario: 'pre-deal-disclosure', role: 'discloser', playbook: samples, absent: ['sample-ownership'] })).map((f) => `${f.topic} ${f.severity}`);
      const domestic = opening('a Delaware corporation, and Beta Labs LLC, a California limited liability company');
      expect(raisedHere(`${domestic}\n"Information" means all information disclosed by the Disclosing Party, including samples, prototypes and formulae.`)).toEqual(['sample-ownership medium']);
      expect(raisedHere(`${domestic}\nNeither Party is obliged to purchase from or provide to the other Party any service or product.`)).toEqual([]);
    });
    it('raises export control across a border only where technology changes hands, not for branded consumer goods', () => {
      const export_ = { required: [], recommended: [], missing: { 'export-control': { severity: 'low', when: ['cross-border', 'shares-technology'] } } } as const;
      const raisedHere = (text: string) =>
        missingTerms(makeContext(text, { scenario: 'exclusive-partnership', role: 'supplier', playbook: export_, absent: ['export-control'] })).map((f) => `${f.topic} ${f.severity}`);
      const abroad = opening('a Delaware corporation, and Hexi Energy Co., Ltd., a company incorporated in the People\'s Republic of China');
      expect(raisedHere(`${abroad}\nAcme shall provide the technical data and software needed to install the Products.`)).toEqual(['export-control low']);
      expect(raisedHere(`${abroad}\nAcme shall supply the herbal tea and vitamin tablets listed in Schedule A in their retail packaging.`)).toEqual([]);
    });
    it('asks for a territory only where the draft makes someone exclusive, for either side', () => {
      const territory = { required: [], recommended: [], missing: { territory: { severity: 'medium', when: ['grants-exclusivity'] } } } as const;
      const domestic = opening('a Delaware corporation, and Beta Labs LLC, a California limited liability company');
      for (const role of ['supplier', 'distributor'] as const) {
        const raisedHere = (text: string) =>
          missingTerms(makeContext(text, { scenario: 'exclusive-partnership', role, playbook: territory, absent: ['territory'] })).map((f) => `${f.topic} ${f.severity}`);
        expect(raisedHere(`${domestic}\nAcme appoints Beta as its exclusive distributor of the Products for the Term.`)).toEqual(['territory medium']);
        expect(
          raisedHere(`${domestic}\nAcme shall sell to Beta, and Beta may purchase from Acme, such quantities of the Products as Beta orders from time to time. Nothing in this Agreement obliges Beta to purchase any minimum quantity.`),
        ).toEqual([]);
      }
    });
    it('asks the discloser for a reverse-engineering ban only where what it shares can be taken apart', () => {
      const nre = { required: [], recommended: [], missing: { 'no-reverse-engineering': { severity: 'medium', when: ['shares-analysable'] } } } as const;
      const raisedHere = (text: string) =>
        missingTerms(makeContext(text, { scenario: 'pre-deal-disclosure', role: 'discloser', playbook: nre, absent: ['no-reverse-engineering'] })).map((f) => `${f.topic} ${f.severity}`);
      const domestic = opening('a Delaware corporation, and Beta Labs LLC, a California limited liability company');
      const things = '"Confidential Information" means all information disclosed by a Party, including drawings, evaluation boards, firmware and any device or prototype lent to the other Party.';
      expect(raisedHere(`${domestic}\n${things}`)).toEqual(['no-reverse-engineering medium']);
      const samples = 'Acme shall ship five samples of the cathode material to Beta for the Purpose.';
      expect(raisedHere(`${domestic}\n${samples}`)).toEqual(['no-reverse-engineering medium']);
      const owned = 'All Confidential Information disclosed under this Agreement (including information held in computer software) remains the property of the disclosing Party.';
      expect(raisedHere(`${domestic}\n${owned}`)).toEqual(['no-reverse-engineering medium']);
      const papers =
        '"Confidential Information" means all business, pricing and technical information a Party discloses in writing or orally, including plans, reports, forecasts and customer lists.';
      expect(raisedHere(`${domestic}\n${papers}`)).toEqual([]);
      // Equipment named outside what is protected (a duty not to pass on what embodies the information) is no hand-over.
      const embodied = 'The receiving Party shall not furnish to any third Party any equipment or material embodying the Confidential Information.';
      expect(raisedHere(`${domestic}\n${papers}\n${embodied}`)).toEqual([]);
    });
    it('asks the discloser to deny an implied licence only where what it shares can be licensed, and never the recipient', () => {
      const noLicence = { required: [], recommended: [], missing: { 'no-implied-license': { severity: 'medium', when: ['shares-ip'] } } } as const;
      const domestic = opening('a Delaware corporation, and Beta Labs LLC, a California limited liability company');
      const technical =
        '"Confidential Information" means all information a Party discloses, including product designs, drawings, formulas, source code and know-how.';
      const property =
        '"Confidential Information" means all information about the Site that the Owner discloses, including its location, title reports, surveys, rent rolls and operating statements.';
      const raisedFor = (role: 'discloser' | 'recipient', text: string) =>
        missingTerms(
          makeContext(`${domestic}\n${text}`, { scenario: 'pre-deal-disclosure', role, ...(role === 'discloser' ? { playbook: noLicence } : {}), absent: ['no-implied-license'] }),
        ).map((f) => `${f.topic} ${f.severity}`);
      expect(raisedFor('discloser', technical)).toEqual(['no-implied-license medium']);
      expect(raisedFor('discloser', property)).toEqual([]);
      expect(raisedFor('recipient', technical)).not.toContain('no-implied-license medium');
    });
    it('asks for a return and a no-licence statement only where the information was lent, not where a seller covenants to close the sale of its business', () => {
      const lent = { required: [], recommended: [], missing: { 'return-or-destroy': { severity: 'medium', when: ['information-lent'] }, 'no-implied-license': { severity: 'medium', when: ['information-lent'] } } } as const;
      const domestic = opening('a Delaware corporation, and Beta Labs LLC, a California limited liability company');
      const duty = 'Beta shall not disclose any trade secrets or other confidential information relating to the battery business to any person.';
      const raisedHere = (recital: string) =>
        missingTerms(makeContext(`${domestic}\n${recital}\n${duty}`, { scenario: 'pre-deal-disclosure', role: 'discloser', playbook: lent, absent: ['return-or-destroy', 'no-implied-license'] }))
          .map((f) => `${f.topic} ${f.severity}`)
          .sort();
      expect(raisedHere('In order to induce Acme to consummate the Merger under the Merger Agreement, Beta agrees as follows.')).toEqual([]);
      expect(raisedHere('In order to help Acme evaluate a possible merger, Beta agrees as follows.')).toEqual(['no-implied-license medium', 'return-or-destroy medium']);
    });
    it('raises nothing the playbook leaves out, though the draft lacks it', () => {
      expect(missingTerms(makeContext(NDA, { scenario: 'sample-testing', role: 'provider', playbook: { ...playbook, missing: {} }, absent: ['return-or-destroy'] }))).toEqual([]);
    });
  });
});
