import { TOPIC_IDS } from '../../../src/core/topics';
import { buildContext, detectTopics, fromText, segment } from '../../../src/core/review';
import { CASES } from './topic-cases';

function topicsOf(text: string) {
  return detectTopics(segment(fromText(text)).sentences);
}


describe('topic detection judges the sentence, not the word', () => {
  it('covers every topic id', () => {
    expect(Object.keys(CASES).sort()).toEqual([...TOPIC_IDS].sort());
  });

  for (const id of TOPIC_IDS) {
    it(`${id}: detects the term and ignores the near miss`, () => {
      const yes = topicsOf(CASES[id].deals)[id];
      expect(yes.present).toBe(true);
      expect(yes.evidence[0]).toMatchObject({ paragraph: 0, start: 0, text: CASES[id].deals });
      expect(topicsOf(CASES[id].nearMiss)[id].present).toBe(false);
    });
  }

  it('reads "nothing in this Agreement grants any licence" as the no-implied-licence term, not a licence', () => {
    const topics = topicsOf('Nothing in this Agreement grants any licence under the Provider\'s patents, by implication or otherwise.');
    expect(topics['no-implied-license'].present).toBe(true);
    expect(topics['background-license'].present).toBe(false);
  });

  it.each([
    ['survival', 'The Recipient shall keep the Information confidential during the term of this Agreement and for five (5) years thereafter.'],
    ['return-or-destroy', 'Within fifteen days after the end of the Evaluation Period, the Evaluator shall return all Samples to the Provider.'],
    ['joint-ownership', 'Inventions made by employees of both parties shall be owned equally by the parties.'],
    ['exclusivity', 'During the Term, Kestrel shall have the sole right to sell the Modules in the Territory.'],
  ] as const)('%s: detects another common way of saying it', (id, text) => {
    expect(topicsOf(text)[id].present).toBe(true);
  });

  it('does not read a non-exclusive licence as exclusivity', () => {
    const topics = topicsOf('Licensor grants Licensee a non-exclusive licence to use the Software.');
    expect(topics.exclusivity.present).toBe(false);
  });

  it('reads a territory named in the exclusive grant itself, or a channel that bounds it', () => {
    expect(topicsOf('Vendor grants Reseller an exclusive, non-transferable licence in the United States to market and sublicense the Software to end users.').territory.present).toBe(true);
    expect(topicsOf('Maker appoints Trader as its exclusive distributor of the Products for Mexico and Brazil.').territory.present).toBe(true);
    expect(topicsOf('During the Term, Publisher shall be the exclusive provider on the Retailer\'s web site of downloadable audiobooks.').territory.present).toBe(true);
    // Exclusive jurisdiction, and an exclusive licence that names no place, bound nothing.
    expect(topicsOf('The parties submit to the exclusive jurisdiction of the courts in the United States District Court for the District of Delaware.').territory.present).toBe(false);
    expect(topicsOf('Vendor grants Reseller an exclusive licence to market the Software, and Reseller has offices in Singapore.').territory.present).toBe(false);
  });

  it('reads a party keeping what it brings when the draft says it "belongs to" it or the other side takes no rights in it', () => {
    expect(topicsOf('The intellectual property of the programs in the billing application, used by the Customer to run its plants, belongs to the Provider.')['background-ip'].present).toBe(true);
    expect(topicsOf('The Customer acknowledges that it has no rights in any of the Provider\'s software, systems, documentation or procedures, or any modifications of them, except as expressly granted in this Agreement.')['background-ip'].present).toBe(true);
    // What the work makes is results, and a warranty of title is not an allocation.
    expect(topicsOf('The intellectual property in the Deliverables belongs to the Customer upon payment.')['background-ip'].present).toBe(false);
    expect(topicsOf('The Provider warrants that it has all rights needed to provide the Services and that the Services do not infringe the rights of any third party.')['background-ip'].present).toBe(false);
  });

  it('does not read a return of defective goods as return of materials', () => {
    const text = 'After termination, Distributor may return defective Products to Supplier for credit.';
    expect(topicsOf(text)['return-or-destroy'].present).toBe(false);
  });

  it.each([
    'If either Party ends discussions, or this Agreement ends without a further agreement being signed, the Evaluator shall stop all use of the Samples.',
    'After discussions end, each Party keeps its own Background IP and neither Party may use the other Party\'s Confidential Information.',
    'If the negotiations break down, each party may continue to use its own background technology but shall not use the other party\'s test results.',
  ])('reads what happens when talks break off as continuing rights: %s', (text) => {
    expect(topicsOf(text)['continuing-rights'].present).toBe(true);
  });

  it('reads an accrued-rights clause as no survival: past debts stay, no duty runs on', () => {
    expect(topicsOf('Termination or expiration of this Agreement will not relieve either Party of any obligation incurred hereunder prior to such termination.').survival.present).toBe(false);
    expect(topicsOf('Termination of this Agreement shall not relieve the Recipient of its obligations under Section 5 (Confidentiality).').survival.present).toBe(true);
  });

  it('reads a perpetual or irrevocable licence as what its holder goes on using after the end', () => {
    expect(topicsOf('The University hereby grants the Sponsor a non-exclusive, royalty-free, perpetual license under the Background Patents.')['continuing-rights'].present).toBe(true);
    expect(topicsOf('Licensor grants Licensee an irrevocable, worldwide licence to use the Feedback Tools.')['continuing-rights'].present).toBe(true);
    expect(topicsOf('Licensor grants Licensee a non-perpetual license for the Term.')['continuing-rights'].present).toBe(false);
    expect(topicsOf('The Licensee shall pay the royalties listed in Schedule B for the license.')['continuing-rights'].present).toBe(false);
  });

  it.each([
    ['foreground-ip', 'Developed IP conceived solely by employees of one Party belongs to that Party.'],
    ['foreground-ip', 'Developed IP conceived jointly by employees of both Parties shall be jointly owned by the Parties.'],
    ['background-ip', 'All intellectual property rights in the Products remain with the Supplier.'],
    ['continuing-rights', 'The Distributor may sell its remaining stock of Products for six months after termination.'],
    ['improvements', 'All modifications to the Prototypes made during the Evaluation shall be owned exclusively by OEM.'],
    ['background-ip', 'Each party\'s intellectual property ("IP") in existence as of the Effective Date shall remain such Party\'s property.'],
    ['background-ip', 'The Manufacturer is the owner of the intellectual property pertaining to the products listed in Schedule A.'],
    ['background-ip', 'Licensor has sole right, title and interest in and to all intellectual property rights covering the Products.'],
    ['background-ip', 'Contractor shall own, and hereby retains, all right, title, and interest in and to the Contractor Property.'],
    ['background-ip', 'All patents, know-how, software, data and other property provided to either party which were owned or controlled by the providing party (the "Originator") shall remain the sole property of the Originator.'],
    ['background-ip', 'Developer shall retain full ownership over its Developer Technology.'],
    ['background-license', 'Where required for the project, each party undertakes to grant a royalty free licence to the other Party solely for the design of the products.'],
    ['background-license', 'The licenses granted herein are exclusive worldwide licenses to: 1. make, have made, use, lease and sell Licensed Products.'],
    ['dispute-resolution', 'This agreement is governed by Austrian law. Jurisdiction is agreed to be at Vienna.'],
    ['dispute-resolution', 'Any dispute arising out of this Agreement will be exclusively adjudicated by the state and federal courts located in Wake County, North Carolina.'],
    ['dispute-resolution', 'This Agreement shall be governed by the laws of the State of Ohio and shall be enforceable in the courts of that state.'],
    ['results-use', 'The University shall retain the right to use any such Invention for internal research and teaching purposes.'],
    ['results-use', 'The Institution may use any Research data for internal, non-commercial research.'],
  ] as const)('%s: reads the plain verb form: %s', (id, text) => {
    expect(topicsOf(text)[id].present).toBe(true);
  });

  it.each([
    ['foreground-ip', 'The risk of loss of the Products belongs to the Distributor once they are loaded on board.'],
    ['background-ip', 'All shipping documents remain with the carrier until the goods are released.'],
    ['background-ip', 'The Buyer is the owner of the goods once they are loaded on board.'],
    ['background-license', 'The Distributor shall grant a discount to the other Party\'s customers on the first order.'],
    ['dispute-resolution', 'Each party shall comply with the laws of any jurisdiction in which it sells the Products.'],
    ['dispute-resolution', 'If any provision is held invalid, the remainder of this Agreement shall be enforceable in any court of competent jurisdiction.'],
    ['purpose-limitation', 'The Party unable to perform will use its best efforts to resume performance and suspend performance only for the period necessary.'],
    ['dispute-resolution', 'The Recipient may disclose Confidential Information to the extent required by order of a court of competent jurisdiction.'],
    ['dispute-resolution', 'If any provision is held invalid by a court of competent jurisdiction, the remaining provisions continue in full force.'],
    ['dispute-resolution', 'Seller has not received notice of any pending or threatened action before any court or arbitral tribunal concerning the Transferred Patents.'],
    ['continuing-rights', 'The Distributor shall sell the stock of Products in its warehouse before ordering more.'],
    ['continuing-rights', 'Upon termination, Licensee shall cease all use of the Software.'],
  ] as const)('%s: ignores the near miss: %s', (id, text) => {
    expect(topicsOf(text)[id].present).toBe(false);
  });

  it('does not read a plain end date of negotiations as continuing rights', () => {
    const text = 'The parties expect the negotiations to conclude by 30 June 2027.';
    expect(topicsOf(text)['continuing-rights'].present).toBe(false);
  });

  it('does not read residual payments as a residuals clause', () => {
    const text = 'Customer will not owe any fees, residuals or other amounts to any guild for the Deliverables.';
    expect(topicsOf(text).residuals.present).toBe(false);
  });

  it.each([
    ['publication', 'Late payments bear interest at the prime rate as published in the Money Rates section of The Wall Street Journal.'],
    ['feedback', 'The Distributor shall report market feedback to the Supplier every quarter.'],
    ['export-control', 'Neither party is liable for delay caused by fire, flood, embargo, war or other events beyond its reasonable control.'],
    ['continuing-rights', 'Confidential Information does not include information that is independently developed by the recipient without use of the disclosing party\'s information.'],
    ['test-data', '(f) "Confidential Information" means all designs, drawings, formulas, test data and business plans disclosed by either party.'],
  ] as const)('%s: ignores the word used in another sense', (id, text) => {
    expect(topicsOf(text)[id].present).toBe(false);
  });

  it('gives evidence offsets within the paragraph', () => {
    const text = 'Recitals follow. This Agreement shall be governed by the laws of England.';
    const ev = topicsOf(text)['governing-law'].evidence[0]!;
    expect(text.slice(ev.start, ev.end)).toBe('This Agreement shall be governed by the laws of England.');
  });
});

// Rules learned from the development half of the corpus (see comments in src/core/review/topics):
// each pairs the language that must be read with the near miss that must not.
describe('topic detection reads ownership and exclusivity as contracts state them', () => {
  it.each([
    ['foreground-ip', 'The Parties shall execute intellectual property assignments in the form attached as Exhibit A to record the transfer of the Transferred Patents.'],
    ['foreground-ip', 'Title to all Deliverables shall automatically vest in Customer upon their creation.'],
    ['foreground-ip', 'All Inventions conceived by Consultant in performing the Services are hereby assigned to the Company.'],
    ['foreground-ip', 'All rights in the Deliverables shall vest in Customer on creation.'],
    ['foreground-ip', 'Ownership of all software developed under this Agreement shall vest in the Customer on payment of the fees.'],
    ['foreground-ip', 'All intellectual property rights in the Deliverables shall pass to the Customer upon payment of the fees.'],
    ['foreground-ip', 'Developer hereby conveys to Client all of its right, title and interest in the Software written under this Agreement.'],
    ['no-implied-license', 'All property, including intellectual property rights, in Confidential Information disclosed by the Disclosing Party shall remain with and be vested in the Disclosing Party.'],
    ['foreground-ip', 'Customer shall have sole ownership of all Deliverables prepared by Contractor under this Agreement.'],
    ['exclusivity', 'Promoter grants Sponsor the exclusive right to be the presenting sponsor of the Event during the Term.'],
    ['exclusivity', 'So long as this Agreement is in force, Franchisor shall not operate or grant to anyone else a franchise to operate a restaurant under the Marks within the Designated Area.'],
    ['exclusivity', 'Agency shall not grant any rights in the Artist\'s name and likeness similar to the rights granted to Company hereunder to any entity other than Company.'],
    ['joint-ownership', 'The Parties shall share ownership of all Program Data generated in the performance of the Research Plan.'],
    ['joint-ownership', 'Title to any patent application claiming a Joint Invention shall be held jointly by Licensor and Licensee.'],
    ['joint-ownership', 'Inventions conceived during the Collaboration shall be owned by both Parties in equal undivided shares.'],
    ['exclusivity', 'Content Provider will not exploit, reproduce or distribute the Content over the internet in the Territory except for the benefit of the Company.'],
  ] as const)('%s: detects %s', (id, text) => {
    expect(topicsOf(text)[id].present).toBe(true);
  });

  it.each([
    // Each party keeping what it creates is no assignment to the counterparty.
    ['foreground-ip', 'All inventions and discoveries made in the course of this Agreement are the property of the creating party.'],
    // Goodwill from using a mark is not IP created under the contract.
    ['foreground-ip', 'Licensee shall not challenge Licensor\'s ownership of the Marks, and all benefits arising from Licensee\'s use of the Marks shall vest in Licensor.'],
    ['foreground-ip', 'The Parties shall execute an assignment of this Agreement to any successor to the business of either Party.'],
    ['joint-ownership', 'Neither party may use the technical information shared by the other except to perform the Development Plan.'],
    ['joint-ownership', 'The steering committee meetings shall be held jointly at the offices of either party.'],
    ['joint-ownership', 'Nothing in this Agreement shall create any shared ownership of the Licensed Patents.'],
    ['foreground-ip', 'If any Licensed Patent is transferred to an Affiliate of Licensor, this licence shall continue in force.'],
    // Title to goods passes with a sale: no intellectual property moves.
    ['foreground-ip', 'Title to the Products shall vest in the Buyer upon delivery to the carrier at the port of loading.'],
    ['foreground-ip', 'All right, title and interest in the Equipment shall vest in Purchaser upon payment in full.'],
    ['foreground-ip', 'Title to the Products shall pass to the Buyer upon delivery to the carrier.'],
    ['no-implied-license', 'The foregoing shall not be construed to limit the right of either party to invest in mutual funds that may hold shares of the other party.'],
    ['no-implied-license', 'Title to the Products shall vest in the Buyer upon delivery to the carrier.'],
    ['foreground-ip', 'Each subcontract shall impose on the subcontractor obligations of confidentiality and ownership of Inventions equivalent to those in this Agreement.'],
    ['exclusivity', 'In this Section, the term "Copyright" means the exclusive legal right to reproduce, distribute and display a work of authorship.'],
    ['exclusivity', 'WHEREAS, Sponsor wishes to obtain the exclusive right to be the presenting sponsor of the Event;'],
    ['exclusivity', 'Customer shall have the sole right to make all final decisions regarding any recall of the Product.'],
    ['exclusivity', 'Licensee shall not grant any sublicence under the Licensed Patents to any person other than an Affiliate.'],
    ['exclusivity', 'Recipient will not reproduce or distribute the Confidential Information except as needed for the Purpose.'],
  ] as const)('%s: ignores the near miss: %s', (id, text) => {
    expect(topicsOf(text)[id].present).toBe(false);
  });

  it('still reads an express assignment next to the creating party', () => {
    const text = 'Background inventions remain the property of the creating party, and Supplier hereby assigns to Customer all right, title and interest in the Deliverables.';
    expect(topicsOf(text)['foreground-ip'].present).toBe(true);
  });
});

describe('improvements through a defined term', () => {
  const review = (text: string) => buildContext(fromText(text)).ctx.topics.improvements.present;
  it('reads improvements defined into an assigned term', () => {
    const text = [
      '"Invention" means any invention conceived in the Research, including any developments, discoveries, improvements and know-how.',
      'The University hereby assigns to Sponsor all right, title and interest in and to each Invention.',
    ].join('\n');
    expect(review(text)).toBe(true);
  });
  it('does not read a definition of improvements that no clause allocates', () => {
    const text = [
      '"Product Change" means any modification or improvement to the Products requested by Customer.',
      'The Supplier hereby assigns to Customer all right, title and interest in and to the Deliverables.',
    ].join('\n');
    expect(review(text)).toBe(false);
  });
});

describe('a licence grant whose qualifiers cite a section by number', () => {
  const grant = (qualifier: string) =>
    `During the Term and subject to the terms of this Agreement, Licensor grants Licensee a limited, non-exclusive, non-transferable (${qualifier}) licence to install and use the Software on systems controlled by Licensee.`;

  it('is a licence, though the cited number has a dot in it', () => {
    expect(topicsOf(grant('except as permitted in Section 12.4 (Assignment)'))['background-license'].present).toBe(true);
    expect(topicsOf(grant('except as permitted in Section 12 (Assignment)'))['background-license'].present).toBe(true);
  });

  it('still ends at a full stop between the grant and a later licence', () => {
    const text = 'Licensor grants Licensee access to the portal. The licence fee is USD 12,000 to the account of the Software vendor.';
    expect(topicsOf(text)['background-license'].present).toBe(false);
  });
});
