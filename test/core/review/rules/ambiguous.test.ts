import { chinaTerritory, territoryUndefined } from '../../../../src/core/review/rules/territory';
import { exclusivityScope } from '../../../../src/core/review/rules/exclusivity-scope';
import { jointOwnership } from '../../../../src/core/review/rules/joint-ownership';
import { undefinedResults } from '../../../../src/core/review/rules/undefined-results';
import { returnDestroy } from '../../../../src/core/review/rules/return-destroy';
import { survival } from '../../../../src/core/review/rules/survival';
import { makeContext } from './make-context';

describe('exclusivity without scope, territory or term', () => {
  it('fires on a bare exclusive appointment', () => {
    const [f] = exclusivityScope(makeContext('2.1 Appointment. Company hereby appoints Reseller as its exclusive reseller.'));
    expect(f).toMatchObject({ rule: 'ambiguous.exclusivity-scope', topic: 'exclusivity', kind: 'ambiguous', severity: 'medium' });
    expect(f!.message).toMatch(/scope.*territory.*duration/);
    expect(f!.evidence[0]!.text).toContain('exclusive reseller');
  });

  it('weighs an open exclusivity low for the side that holds it, medium for the side it binds', () => {
    const opening = 'This Web Site Development Agreement is made between Qinlan Web Services Co., Ltd. (the "Developer") and Harbourline Apparel Inc. (the "Customer").';
    const held = 'The Developer shall have the exclusive right to use the Harbourline brand for a web site offering apparel directly to consumers.';
    const run = (role: 'developer' | 'customer') =>
      exclusivityScope(makeContext([opening, held].join('\n'), { scenario: 'custom-development', role })).map((f) => f.severity);
    expect(run('developer')).toEqual(['low']);
    expect(run('customer')).toEqual(['medium']);
  });

  it('is quiet where "exclusive license" names a class of contracts, and fires on a grant in the same words', () => {
    const named =
      'The Retained Liabilities include all obligations of the Seller under any existing exclusive licence agreements with third parties relating to the Business.';
    expect(exclusivityScope(makeContext(named))).toEqual([]);
    // Near miss: the same words making a grant.
    expect(exclusivityScope(makeContext('Seller hereby grants to Purchaser an exclusive license.')).map((f) => f.severity)).toEqual(['medium']);
  });

  it('is quiet on a non-exclusive licence', () => {
    expect(exclusivityScope(makeContext('Licensor grants to Licensee a non-exclusive, non-transferable licence to use the Software.'))).toEqual([]);
  });

  it('is quiet when products, territory and term are stated', () => {
    const text =
      'Supplier appoints Distributor as its exclusive distributor of the Products in the Territory during the Term.';
    expect(exclusivityScope(makeContext(text))).toEqual([]);
  });

  it('does not ask for a territory where the agreement sets its Territory elsewhere', () => {
    const grant = '13.1 The Manufacturer appoints the Distributor as its sole and exclusive distributor of the Products for ten (10) years.';
    const [bare] = exclusivityScope(makeContext(grant));
    expect(bare!.message).toMatch(/territory/);
    const withTerritory = ['2.1 The Manufacturer shall supply the documents needed to register the Products in the Territory listed in Schedule C.', grant].join('\n');
    expect(exclusivityScope(makeContext(withTerritory))).toEqual([]);
  });

  it('is quiet on exclusive jurisdiction and sole and exclusive remedy', () => {
    const text = [
      'The courts of the State of New York shall have exclusive jurisdiction over any dispute arising out of this Agreement.',
      "Replacement of the defective unit is Buyer's sole and exclusive remedy.",
    ].join('\n');
    expect(exclusivityScope(makeContext(text))).toEqual([]);
  });
});

describe('territory', () => {
  it('fires when Territory is used but not defined', () => {
    const [f] = territoryUndefined(makeContext('Distributor shall not actively solicit orders for the Products outside the Territory.'));
    expect(f).toMatchObject({ rule: 'ambiguous.territory-undefined', topic: 'territory' });
  });

  it('is quiet when Territory is defined', () => {
    const text = [
      '"Territory" means the member states of the European Union as at the Effective Date.',
      'Distributor shall not actively solicit orders for the Products outside the Territory.',
    ].join('\n');
    expect(territoryUndefined(makeContext(text))).toEqual([]);
    const schedule = [
      'Distributor shall not actively solicit orders for the Products outside the Territories.',
      'SCHEDULE C - THE TERRITORIES The Territories consisting of the following countries: Chile, Peru and Bolivia.',
    ].join('\n');
    expect(territoryUndefined(makeContext(schedule))).toEqual([]);
  });

  it('is quiet where a form names the territory where it is used, and still fires where the pointer is only to "the Territory"', () => {
    const form = [
      'Maker and Distributor intend to establish Distributor as a non-exclusive distributor of Maker products in the following designated Territory, subject to this Agreement.',
      'Vietnam and Thailand',
      'Distributor will not sell outside the Territory without Maker\'s prior written permission.',
    ].join('\n');
    expect(territoryUndefined(makeContext(form))).toEqual([]);
    expect(territoryUndefined(makeContext('Maker appoints Distributor as a non-exclusive distributor in the Territory, subject to the following conditions.'))).toHaveLength(1);
  });

  it('is quiet where standard terms take their variables from a signed cover page or order form, and fires where they point to no such page', () => {
    const grant = 'Supplier grants Partner a non-exclusive, revocable right in the Territory to use the Supplier\'s trade marks solely to market the Products.';
    expect(territoryUndefined(makeContext([grant, 'Capitalised terms used but not defined in these Standard Terms have the meanings given in the Order Form.'].join('\n')))).toEqual([]);
    expect(territoryUndefined(makeContext([grant, 'Variables have the meanings or descriptions given on a Cover Page.'].join('\n')))).toEqual([]);
    expect(territoryUndefined(makeContext([grant, 'Headings are for convenience only and do not affect the meaning of this Agreement.'].join('\n')))).toHaveLength(1);
    expect(territoryUndefined(makeContext([grant, 'Each party will perform its obligations as set out on the Cover Page.'].join('\n')))).toHaveLength(1);
  });

  it('fires on China as a territory without Hong Kong, Macau and Taiwan', () => {
    const [f] = chinaTerritory(makeContext('Licensor grants Licensee an exclusive licence to sell the Licensed Products in the PRC.'));
    expect(f).toMatchObject({ rule: 'ambiguous.china-territory', severity: 'medium' });
    expect(f!.evidence[0]!.text).toContain('PRC');
  });

  it('offers the clause that settles Hong Kong, Macau and Taiwan, not only a territory definition', () => {
    const library = {
      clauses: [
        { id: 'territory', topic: 'territory', variants: [{ id: 'defined-territory', stance: 'balanced' }] },
        { id: 'territory-scope', topic: 'territory', variants: [{ id: 'mainland-only', stance: 'balanced' }] },
      ],
    };
    const [f] = chinaTerritory(makeContext('Supplier appoints Distributor as its exclusive distributor of the Products in China.', { library }));
    expect(f!.fix).toEqual({ clause: 'territory-scope', variant: 'mainland-only' });
    // A library without that clause still offers what it has on the topic.
    const [g] = chinaTerritory(makeContext('Supplier appoints Distributor as its exclusive distributor of the Products in China.', { library: { clauses: [library.clauses[0]!] } }));
    expect(g!.fix).toEqual({ clause: 'territory', variant: 'defined-territory' });
  });

  it('is satisfied when Hong Kong, Macau and Taiwan are dealt with', () => {
    const text = [
      'Licensor grants Licensee an exclusive licence to sell the Licensed Products in the PRC.',
      'Hong Kong, Macau and Taiwan are excluded from the Territory.',
    ].join('\n');
    expect(chinaTerritory(makeContext(text))).toEqual([]);
  });

  it('is quiet on a Chinese company address or governing law', () => {
    const text =
      'Shenzhen Battery Co., Ltd., a company organized under the laws of the People\'s Republic of China, with its principal place of business in Shenzhen, China.';
    expect(chinaTerritory(makeContext(text))).toEqual([]);
  });
});

describe('joint ownership without co-ownership terms', () => {
  it('fires and names the US, China and UK defaults', () => {
    const [f] = jointOwnership(makeContext('All inventions conceived jointly by the parties in performing the Research Program shall be jointly owned by the parties.'));
    expect(f).toMatchObject({ rule: 'ambiguous.joint-ownership', severity: 'high', topic: 'joint-ownership' });
    expect(f!.why).toMatch(/US.*consent.*accounting.*China.*licence fees shared.*UK/);
  });

  it('is quiet when the co-owners\' rights are settled', () => {
    const text = [
      'All inventions conceived jointly by the parties in performing the Research Program shall be jointly owned by the parties.',
      'Neither party may license a jointly owned invention to a third party without the prior written consent of the other party.',
    ].join('\n');
    expect(jointOwnership(makeContext(text))).toEqual([]);
  });

  it('does not take a right to sell the joint project\'s products for co-ownership terms', () => {
    const text = [
      'Developed IP conceived jointly by employees of both Parties shall be jointly owned by the Parties.',
      'Ridgeline shall have the exclusive right to commercialize the Joint Products in North America.',
      'The Parties shall develop jointly a battery module and may license the module design to their customers.',
    ].join('\n');
    expect(jointOwnership(makeContext(text))).toHaveLength(1);
    const settled = `${text}\nEach Party may exploit the Joint Inventions without accounting to the other Party.`;
    expect(jointOwnership(makeContext(settled))).toEqual([]);
  });

  it.each([
    'Each franchisee shall contribute its equal share in the cost of the joint advertisement.',
    'The Wet Segment of the cable system shall be owned by the Parties in common and undivided shares.',
  ])('is quiet on co-owned things that are not intellectual property: %s', (text) => {
    expect(jointOwnership(makeContext(text))).toEqual([]);
  });

  it('reads "jointly own (without duty to account)" as settling the accounting', () => {
    const text = 'The Company and MBE shall jointly own, without duty to account, all customer data gathered through the Service.';
    expect(jointOwnership(makeContext(text))).toEqual([]);
    expect(jointOwnership(makeContext('The Company and MBE shall jointly own all customer data gathered through the Service.'))).toHaveLength(1);
  });

  it.each([
    'Any patent application claiming a Joint Invention shall be owned by the Parties in equal undivided shares.',
    'Each Party shall own an equal, undivided right, title and interest in and to all Collaboration Inventions.',
    'All Results generated under the Work Plan shall be owned by the Parties jointly.',
    'Title to the Program Technology shall vest jointly in the Company and the Institute.',
  ])('fires on the other wordings of co-ownership: %s', (text) => {
    expect(jointOwnership(makeContext(text))).toHaveLength(1);
  });

  it.each([
    'Assignor hereby conveys to Assignee an undivided fifty percent (50%) working interest in the Leases.',
    'Each Party shall bear an undivided fifty percent (50%) share in the costs of the Development Work.',
  ])('is quiet on an undivided share of land or of costs: %s', (text) => {
    expect(jointOwnership(makeContext(text))).toEqual([]);
  });

  it('is quiet on a company the parties own together, which is a joint venture, not co-owned IP', () => {
    const text = 'The Parties shall form a jointly owned company, which shall hold the licence to the Licensed Technology.';
    expect(jointOwnership(makeContext(text))).toEqual([]);
    const ip = 'The Parties shall form a joint venture company. All Technology developed under the Project shall be jointly owned by the Parties.';
    expect(jointOwnership(makeContext(ip))).toHaveLength(1);
    const party = 'Inventions made jointly by the Company and Consultant shall be jointly owned by the Company and Consultant.';
    expect(jointOwnership(makeContext(party))).toHaveLength(1);
  });

  it('is quiet when joint ownership is ruled out', () => {
    expect(jointOwnership(makeContext('Nothing in this Agreement creates any joint ownership of the Licensed Patents.'))).toEqual([]);
  });
});

describe('ownership terms used but not defined', () => {
  it('fires on undefined Improvements', () => {
    const [f] = undefinedResults(makeContext('Licensee shall promptly disclose to Licensor all Improvements made by Licensee during the Term.'));
    expect(f).toMatchObject({ rule: 'ambiguous.undefined-term', topic: 'improvements' });
    expect(f!.message).toContain('"Improvements"');
  });

  it('is quiet when Improvements is defined', () => {
    const text = [
      '"Improvements" means any modification of or addition to the Licensed Technology made during the Term.',
      'Licensee shall promptly disclose to Licensor all Improvements made by Licensee during the Term.',
    ].join('\n');
    expect(undefinedResults(makeContext(text))).toEqual([]);
  });

  it('is quiet on a run-in heading read as a sentence of its own, and still fires on the clause under it', () => {
    const heading = ['(a) Publication of Results.', 'Either Party may publish the results of the Study after the review period below.'];
    expect(undefinedResults(makeContext(heading.join('\n')))).toEqual([]);
    const clause = [...heading, 'Neither Party shall publish any Results before the other Party has had sixty days to review them.'];
    expect(undefinedResults(makeContext(clause.join('\n'))).map((f) => f.message)).toEqual(['"Results" is used as a defined term but never defined']);
  });

  it('reads "the Results" used once beside defined "Sample Results" and "Query Results" as shorthand, and still fires when used throughout', () => {
    const defined = [
      '"Sample Results" means the sequencing data generated from the Samples.',
      '"Query Results" means the output of each query of the Database.',
      'Provider shall keep the raw files from which it may generate the Results for three years.',
    ];
    expect(undefinedResults(makeContext(defined.join('\n')))).toEqual([]);
    const throughout = [
      ...defined,
      'Customer owns all Results, and Provider assigns to Customer all its rights in the Results.',
      'Provider may use the Results only to perform this Agreement.',
    ];
    expect(undefinedResults(makeContext(throughout.join('\n'))).map((f) => f.message)).toEqual(['"Results" is used as a defined term but never defined']);
  });

  it('is quiet on a table of contents run into one line and on bulleted lines, and still fires on the clause that uses the term', () => {
    const contents = 'CONTENTS 5.10 Insurance   5.11 Records and Reports   5.12 Improvements   5.13 Self-Audit   5.14 Right of Entry';
    expect(undefinedResults(makeContext(contents))).toEqual([]);
    const bullets = 'Search screen o Results can be shown on a map or as a list o Results show the name, address and opening hours of each store';
    expect(undefinedResults(makeContext(bullets))).toEqual([]);
    const used = [contents, 'The Franchisee shall disclose to the Franchisor all Improvements to the System within thirty days after they are made.'];
    expect(undefinedResults(makeContext(used.join('\n'))).map((f) => f.message)).toEqual(['"Improvements" is used as a defined term but never defined']);
    const cited = 'Any change to the recipes is made only as provided in Section 5.12 Improvements and the Operations Manual, whichever the Franchisor chooses.';
    expect(undefinedResults(makeContext(cited)).map((f) => f.message)).toEqual(['"Improvements" is used as a defined term but never defined']);
  });

  it('is quiet on a heading and on lower-case improvements', () => {
    const text = ['8. IMPROVEMENTS', '8.1 Improvements. Each party shall own the improvements it makes to its own products.'].join('\n');
    expect(undefinedResults(makeContext(text))).toEqual([]);
  });

  const licence = [
    'The Licensor hereby grants to the Licensee an exclusive worldwide licence under the Patents to make, use and sell Licensed Products.',
    'The Licensee shall pay a royalty of five percent of the net selling price of each Licensed Product sold.',
  ];
  it('fires on the undefined term a licence turns on', () => {
    const [f] = undefinedResults(makeContext(licence.join('\n')));
    expect(f).toMatchObject({ rule: 'ambiguous.undefined-term', topic: 'background-license', severity: 'medium' });
    expect(f!.message).toContain('"Licensed Products"');
  });

  it('is quiet when the licensed products are defined, listed in a schedule, or named only once', () => {
    expect(undefinedResults(makeContext(['"Licensed Products" means lithium-ion battery modules that embody a claim of the Patents.', ...licence].join('\n')))).toEqual([]);
    expect(undefinedResults(makeContext([licence[0]!.replace('Licensed Products.', 'the Licensed Products as set out in Schedule 2.'), licence[1]].join('\n')))).toEqual([]);
    expect(undefinedResults(makeContext(licence[0]!))).toEqual([]);
  });
});

describe('return or destruction without deadline or certificate', () => {
  const bare = 'After the discussions end, the Recipient shall return or destroy all Confidential Information of the Discloser.';

  it('fires when neither is given, at medium severity where secrets are shared before a deal', () => {
    const [f] = returnDestroy(makeContext(bare, { scenario: 'pre-deal-disclosure' }));
    expect(f).toMatchObject({ rule: 'ambiguous.return-destroy', severity: 'medium', topic: 'return-or-destroy' });
    expect(f!.message).toMatch(/no deadline and no certificate/);
  });

  it('reads a return owed "upon termination" as due then: only the certificate is missing, and with one nothing is', () => {
    const upon = 'Upon termination of this Agreement, the Recipient shall return or destroy all Confidential Information of the Discloser.';
    const [f] = returnDestroy(makeContext(upon, { scenario: 'pre-deal-disclosure' }));
    expect(f).toMatchObject({ severity: 'low' });
    expect(f!.message).toMatch(/certificate/);
    expect(returnDestroy(makeContext(`${upon.slice(0, -1)} and certify the destruction to the Discloser in writing.`, { scenario: 'pre-deal-disclosure' }))).toEqual([]);
  });

  it('reads a deadline in the next paragraph with its unit in quotes ("within ten "Business Days""), for either side', () => {
    const ask =
      '(a) The Discloser may at any time request the Recipient to destroy all Confidential Information and to give the Discloser a written statement that it has done so.';
    const when = '(b) The Recipient shall comply with any such request within ten "Business Days" (any day other than a Saturday, Sunday or public holiday) of the request.';
    for (const role of ['discloser', 'recipient'] as const) {
      const rules = returnDestroy(makeContext(`${ask}\n${when}`, { scenario: 'pre-deal-disclosure', role })).map((f) => f.rule);
      expect(rules).not.toContain('ambiguous.return-destroy');
      const [f] = returnDestroy(makeContext(`${ask}\n(b) The Recipient shall keep a list of the persons who saw the Confidential Information.`, { scenario: 'pre-deal-disclosure', role }));
      // Medium for the discloser, whose material comes back; for the recipient an open time is its own latitude.
      expect(f).toMatchObject({ rule: 'ambiguous.return-destroy', severity: role === 'discloser' ? 'medium' : 'low' });
    }
  });

  it('is low in other deals', () => {
    expect(returnDestroy(makeContext(bare, { scenario: 'exclusive-partnership' }))[0]).toMatchObject({ severity: 'low' });
  });

  it('is low when only the certificate is missing', () => {
    const [f] = returnDestroy(makeContext('Within thirty (30) days after termination, Evaluator shall return all Samples and other materials to Provider.'));
    expect(f).toMatchObject({ severity: 'low' });
    expect(f!.message).toMatch(/certificate/);
  });

  it('is quiet with a deadline and a certificate', () => {
    const text =
      'Within thirty (30) days after termination, Evaluator shall return or destroy all Samples and shall certify the destruction to Provider in writing.';
    expect(returnDestroy(makeContext(text))).toEqual([]);
  });

  it('is quiet on returned goods', () => {
    expect(returnDestroy(makeContext('Distributor may return defective Products to Supplier within ninety days after delivery upon request.'))).toEqual([]);
  });
});

describe('survival', () => {
  it('fires on survival naming no clause and no period', () => {
    const [f] = survival(makeContext('The obligations of the parties under this Agreement shall survive any termination hereof.'));
    expect(f).toMatchObject({ rule: 'ambiguous.survival', severity: 'medium', topic: 'survival' });
  });

  it('is quiet when sections are named', () => {
    expect(survival(makeContext('Sections 5, 7 and 9 shall survive the expiration or termination of this Agreement.'))).toEqual([]);
    // An exhibit or schedule named by its letter is named; "the exhibits" in general is not.
    expect(survival(makeContext('The rights and obligations of the parties set out in Exhibit B shall survive the termination or expiration of this Agreement, whatever its cause.'))).toEqual([]);
    expect(survival(makeContext('The rights and obligations of the parties under this Agreement and the schedule to it shall survive the termination or expiration of this Agreement.'))).toHaveLength(1);
  });

  it('is quiet when a period is stated', () => {
    expect(survival(makeContext('The obligations in this Agreement shall survive for three (3) years after its termination.'))).toEqual([]);
  });

  it('flags a "by their nature" catch-all at low severity', () => {
    const [f] = survival(makeContext('Section 6 and any other provision which by its nature is intended to survive shall survive termination.'));
    expect(f).toMatchObject({ severity: 'low' });
  });

  it('is quiet on a clause that says it survives, and on a heading', () => {
    const text = ['13. SURVIVAL OF TERMS', 'The provisions of this Anti-Money Laundering section shall survive the termination of the Agreement.'].join('\n');
    expect(survival(makeContext(text))).toEqual([]);
  });

  it('is quiet on the surviving corporation of a merger', () => {
    expect(survival(makeContext('This Agreement binds the surviving corporation in any merger of Company.'))).toEqual([]);
  });
});
