// Proofreading leftovers of the ninth drafting draw (issue 12): each a rule of drafting, in our own
// wording of the styles the draws showed, with a near miss read as before.
import { blankPreamble } from '../../../../src/core/review/rules/blank-preamble';
import { undefinedTerms } from '../../../../src/core/review/rules/defined-terms';
import { efforts } from '../../../../src/core/review/rules/efforts';
import { vagueTime } from '../../../../src/core/review/rules/vague-time';
import { unusedTerms } from '../../../../src/core/review/rules/unused-terms';
import { makeContext } from './make-context';

const messages = (found: { message: string }[]) => found.map((f) => f.message);

describe('a defined term with a joining word, written with another last word', () => {
  const servicing = (use: string) =>
    [
      'SERVICING AGREEMENT between Harbourline Funds Trust (the "Trust") and Westgate Advisers LLC (the "Servicing Agent").',
      '1. Orders received by the Servicing Agent before the close of trading on the Exchange (the "Close of Trading") on a Business Day are priced that day.',
      '2. Orders received after the Close of Trading are priced on the next Business Day; "Business Day" means a day the Exchange is open.',
      use,
    ].join('\n');

  it('names the variant whole ("Close of Trade"), not cut at "of"', () => {
    const found = messages(undefinedTerms(makeContext(servicing('3. Any order the Servicing Agent receives from a shareholder prior to the Close of Trade on a Business Day is deemed received by the Trust.'))));
    expect(found).toEqual(['Capitalised terms used but never defined: "Close of Trade"']);
  });

  it('reads the defined term itself, and a name with "of" beside no such term, as before', () => {
    const found = messages(undefinedTerms(makeContext(servicing('3. The Servicing Agent shall settle each order through the Bank of Harbourline on the day after the Close of Trading.'))));
    expect(found).toEqual([]);
    // A name that opens like a defined term, with another last word, is not its variant.
    const name = messages(undefinedTerms(makeContext(servicing('3. Changes the Bank of Harbourline asks for ("Bank of Harbourline Changes") are priced by the Servicing Agent on any Bank of Harbourline Request for Quotation, and each Bank of Harbourline Request for Quotation is answered before the Close of Trading.'))));
    expect(name).toEqual([]);
  });
});

describe('an abbreviation used only inside a compound', () => {
  const procedures = (use: string) =>
    [
      'APPENDIX B PROCESSING PROCEDURES',
      'Purchases and redemptions of Shares settle through the Defined Contribution Clearance and Settlement service of the National Clearing Corporation ("DCCS"), and each instruction is sent by the Instruction Cutoff Time ("Cutoff").',
      'Instructions received after the Cutoff are processed on the next Business Day.',
      use,
    ].join('\n');

  it('counts "Fund/DCCS-eligible" and "Network-DCCS" as uses of "DCCS"', () => {
    expect(messages(unusedTerms(makeContext(procedures('The Servicing Agent shall submit each instruction for a Fund/DCCS-eligible account through the Network-DCCS link.'))))).toEqual([]);
  });

  it('still lists the abbreviation where it is never used, joined or alone', () => {
    expect(messages(unusedTerms(makeContext(procedures('The Servicing Agent shall submit each instruction through the clearing link.'))))).toEqual(['Defined terms never used: "DCCS"']);
  });
});

describe('a best-efforts duty put on a party\'s person', () => {
  const form = (manager: string) =>
    [
      'FRANCHISE AGREEMENT',
      'The parties to this Agreement are Lakeside Clinics Corp., a Delaware corporation ("we," "us," or the "Company"), and the person signing below as Franchise Owner ("you," or "Franchisee").',
      `4.1 General Manager. You shall appoint a General Manager, approved by us, to run the clinic day to day. ${manager}`,
      'You shall use your best efforts to open the clinic within 180 days after the date of this Agreement.',
      'The General Manager will devote his or her full time and best efforts to the clinic.',
      'We will train the General Manager before the clinic opens.',
    ].join('\n');
  const franchisor = { scenario: 'technology-license', role: 'licensor' } as const;

  it('reads "The General Manager" as the franchisee\'s where the draft writes "your General Manager"', () => {
    const text = form('If your General Manager leaves, you shall appoint a successor within 30 days, and your General Manager must complete our training.');
    expect(messages(efforts(makeContext(text, franchisor)))).toEqual(['The other side\'s "best efforts" duty is vague']);
  });

  it('leaves the plain point where the draft writes both "your" and "our" General Manager', () => {
    const text = form('If your General Manager leaves, our General Manager may run the clinic until you appoint a successor within 30 days.');
    expect(messages(efforts(makeContext(text, franchisor)))).toEqual(['"Best efforts" standard']);
  });
});

describe('time words a number of days would not improve', () => {
  const vague = (text: string) => messages(vagueTime(makeContext(['COOPERATION AGREEMENT between Northfield Holdings Inc. (the "Company") and Eastgate Partners LP (the "Investor").', text].join('\n'))));

  it('leaves speed paced by an outside deadline, a response to harm as it happens and a proviso\'s passive condition', () => {
    expect(vague('The Investor shall provide the information the Company reasonably requests about its nominee, as promptly as necessary to enable the timely filing of the Company\'s proxy statement.')).toEqual([]);
    expect(vague('In the event of any discharge of oil from the vessel, the Owner shall promptly undertake such measures as are reasonably necessary or required by applicable law to mitigate the resulting damage.')).toEqual([]);
    expect(vague('Neither party is liable for delay caused by arrest of the vessel under legal process, provided bond is promptly furnished to release the vessel.')).toEqual([]);
  });

  it('still raises a promptly that sets the pace of an ordinary act', () => {
    expect(vague('The Company shall promptly reimburse the Investor for its reasonable filing fees.')).toEqual(['Vague time words: "promptly"']);
    expect(vague('The Owner shall promptly undertake the repairs that the Charterer requests in writing.')).toEqual(['Vague time words: "promptly"']);
    expect(vague('The Investor shall respond as promptly as necessary, provided the request is made in writing.')).toEqual(['Vague time words: "promptly"']);
  });
});

describe('a cover page written as headed fields', () => {
  const cover = (value: string) =>
    [
      '# Pilot Agreement',
      'This Pilot Agreement consists of this Cover Page and the Pilot Standard Terms, which use the capitalised terms this Cover Page sets; "Cover Page" means this page and "Standard Terms" means those terms.',
      '### Effective Date',
      value,
      '### Pilot Period',
      '[30 days] from the Effective Date.',
      'By signing this Cover Page, each party agrees to the Standard Terms as of the Effective Date, and the Pilot Period runs from the Effective Date.',
    ].join('\n');
  const undefinedIn = (text: string) => messages(undefinedTerms(makeContext(text)));

  it('reads the field heading over a value to fill in as the term\'s definition', () => {
    expect(undefinedIn(cover('[Today\'s date]'))).toEqual([]);
  });

  it('still lists the term where the heading stands over running text, not a field', () => {
    expect(undefinedIn(cover('The parties will agree the date in writing.'))).toEqual(['Capitalised terms used but never defined: "Effective Date"']);
  });
});

describe('a date given its meaning by a sentence, without quotes', () => {
  const orders = (said: string) =>
    [
      'SERVICING AGREEMENT between Harbourline Funds Trust (the "Trust") and Westgate Advisers LLC (the "Servicing Agent"); "Instruction" means an order to buy or sell Shares.',
      `4. (c) ${said}`,
      '(d) The Trust shall credit the Shares on the Settlement Date, and the Servicing Agent shall pay for them by wire on the Settlement Date.',
    ].join('\n');
  const undefinedIn = (text: string) => messages(undefinedTerms(makeContext(text)));

  it('reads "the Settlement Date will be the date on which the Instruction settles" as its definition', () => {
    expect(undefinedIn(orders('For purposes of this paragraph 4 only, the Settlement Date will be the date on which the Instruction settles.'))).toEqual([]);
  });

  it('still lists the date where no sentence says what it is', () => {
    expect(undefinedIn(orders('The Servicing Agent shall transmit each Instruction by 9:30 a.m. on the business day after the trade date, for settlement by the Trust.'))).toEqual(['Capitalised terms used but never defined: "Settlement Date"']);
  });
});

describe('a line of underscores in a letterhead\'s column gap', () => {
  const contract = (letterhead: string) =>
    [
      letterhead,
      'TRANSPORTATION CONTRACT',
      'THIS CONTRACT is entered into by and between Gulfway Carriers Inc., a Texas corporation ("Carrier"), and Bayside Chemicals LP, a Delaware limited partnership ("Shipper").',
      'NOW, THEREFORE, the parties agree as follows:',
      '1. Shipper shall tender commodities to Carrier for transportation.',
    ].join('\n');
  const blanks = (letterhead: string) => messages(blankPreamble(makeContext(contract(letterhead))));

  it('is a drawn rule, not a blank, where no label stands beside it', () => {
    expect(blanks('GULFWAY CARRIERS INC.    P.O. BOX 118    Contract No. 042           DALLAS, TX 75201              ______               Date: March 3, 2021')).toEqual([]);
  });

  it('still raises a line left for the date beside its label', () => {
    expect(blanks('GULFWAY CARRIERS INC.    P.O. BOX 118    Contract No. 042           DALLAS, TX 75201              Date: ______')).toEqual(['Blanks left to fill in the opening words (1)']);
  });
});

describe('a name given in brackets to a sponsored feature', () => {
  const benefits = (item: string) =>
    [
      'SPONSORSHIP AGREEMENT between Harbor City Football Club ("Club") and Brightline Networks Inc. ("Sponsor"), under which Sponsor shall pay Club the sponsorship fee each season.',
      'EXHIBIT A SPONSORSHIP BENEFITS',
      '1. One (1) thirty-second commercial in each of three (3) preseason games; Club shall submit the content to Sponsor for approval.',
      `2. ${item}`,
    ].join('\n');
  const unused = (item: string) => messages(unusedTerms(makeContext(benefits(item))));

  it('reads the bracket as the feature\'s title, which needs no later use', () => {
    expect(unused('Sponsorship of one (1) feature ("Halftime Highlights") in three (3) preseason games, with billboard and Sponsor logo.')).toEqual([]);
  });

  it('still lists a name given with "the" to a feature that is never used again', () => {
    expect(unused('Sponsorship of one (1) halftime feature (the "Sponsored Segment") in three (3) preseason games.')).toEqual(['Defined terms never used: "Sponsored Segment"']);
    expect(unused('Club shall comply with the Fan Identification Program ("FIP") for each contest entrant.')).toEqual(['Defined terms never used: "FIP"']);
  });
});

describe('a broadcaster named where it broadcasts', () => {
  const bonuses = (second: string) =>
    [
      'ENDORSEMENT AGREEMENT between Crestline Golf Inc. ("Crestline") and Dana Reyes ("Player"); "Tournament" means a professional golf tournament.',
      '9. BONUSES. Crestline shall pay Player $10,000 each time Player wins a Fairway Channel televised Tournament, and the bonus is payable within thirty (30) days.',
      `(b) ${second}`,
    ].join('\n');
  const undefinedIn = (second: string) => messages(undefinedTerms(makeContext(bonuses(second))));

  it('reads "Fairway Channel" beside "televised" as a channel\'s name, not a term', () => {
    expect(undefinedIn('Crestline shall pay Player $5,000 each time Player wins a Tournament not televised by Fairway Channel, and a channel of any other network does not count.')).toEqual([]);
  });

  it('still lists a channel-like term that nothing broadcasts', () => {
    const found = messages(undefinedTerms(makeContext(['DISTRIBUTION AGREEMENT between Crestline Golf Inc. ("Crestline") and Parkway Stores LLC ("Distributor"); "Products" means Crestline putters.', '3. Distributor shall sell the Products only through the Retail Channel, and shall report each month its sales through the Retail Channel; each sales channel must be approved.'].join('\n'))));
    expect(found).toEqual(['Capitalised terms used but never defined: "Retail Channel"']);
  });
});

describe('an attachment\'s title in capitals', () => {
  const appendix = (title: string) =>
    [
      'SERVICING AGREEMENT between Harbourline Funds Trust (the "Trust") and Westgate Advisers LLC (the "Servicing Agent"); "Instruction" means an order to buy or sell Shares.',
      '5. If the network fails, the parties shall settle Instructions under the Manual Settlement Procedures until it is restored, and errors under the Procedures are borne by the party that made them.',
      '6. The Servicing Agent shall keep a record of each Instruction settled under the Manual Settlement Procedures.',
      `${title} The purchase and redemption of Shares normally follow the network procedures below.`,
    ].join('\n');
  const undefinedIn = (title: string) => messages(undefinedTerms(makeContext(appendix(title))));

  it('names what the attachment holds, each side of "AND", and by its last word', () => {
    expect(undefinedIn('APPENDIX B NETWORK SETTLEMENT PROCEDURES AND MANUAL SETTLEMENT PROCEDURES')).toEqual([]);
  });

  it('still lists the term where no attachment is so titled', () => {
    expect(undefinedIn('APPENDIX B NETWORK RULES')).toEqual(['Capitalised terms used but never defined: "Manual Settlement Procedures" and "Procedures"']);
  });
});
