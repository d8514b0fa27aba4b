// Pieces of names and the deal's own name, which the undefined-term rule read as terms (issue 12,
// dismissed lists of the drafting draws): each rule of language with a near miss that still fires.
import { undefinedTerms } from '../../../../src/core/review/rules/defined-terms';
import { makeContext } from './make-context';

const PARTIES = 'This Agreement is made between Ardent Media Inc. ("Publisher") and Tallis Foods LLC ("Advertiser").';
// The words also in lower case, as a draft writes them: a phrase none of whose words is ever written so is a name.
const PLAIN = '9. No marketing alliance, campaign area, media services, gourmet store, holding company plan, reorganization or global market arises beyond what this text says.';
const undefinedIn = (text: string[], title = 'ADVERTISING AGREEMENT') => undefinedTerms(makeContext([title, PARTIES, ...text, PLAIN].join('\n'))).map((f) => f.message);

describe('the deal the title names', () => {
  const alliance = (word: string) => [
    `1. Publisher shall report each quarter on the progress of this ${word}.`,
    `2. Either party may announce the ${word} once both have approved the text.`,
    `3. Advertiser shall bear its own costs of the ${word}.`,
  ];
  it('is no undefined term under a title that names it, and a word the title does not name still is', () => {
    expect(undefinedIn(alliance('Marketing Alliance'), 'MARKETING ALLIANCE AGREEMENT')).toEqual([]);
    expect(undefinedIn(alliance('Alliance'), 'Corporate Marketing Alliance Agreement')).toEqual([]);
    expect(undefinedIn(alliance('Marketing Alliance'), 'ADVERTISING AGREEMENT')).toEqual(['Capitalised terms used but never defined: "Marketing Alliance"']);
    // A plural under a title is what is supplied, not the deal: still a term to define.
    const services = ['1. Publisher shall perform the Media Services in a professional manner.', '2. Advertiser shall pay for the Media Services monthly.', '3. Publisher may subcontract the Media Services.'];
    expect(undefinedIn(services, 'MEDIA SERVICES AGREEMENT')).toEqual(['Capitalised terms used but never defined: "Media Services"']);
  });

});

describe('a term set out in an attachment, in words', () => {
  it('is defined by the sentence that points to the attachment, and not where the sentence points nowhere', () => {
    const area = (where: string) => [
      `1. Advertiser receives a Campaign Area in which Publisher shall run no other food advertising. The Campaign Area is described in writing and on a map ${where}.`,
      '2. Publisher shall place the advertisements throughout the Campaign Area.',
    ];
    expect(undefinedIn(area('attached to this Agreement as EXHIBIT B'))).toEqual([]);
    expect(undefinedIn(area('that the parties will agree'))).toEqual(['Capitalised terms used but never defined: "Campaign Area"']);
  });
});

describe('pieces of longer names', () => {
  it('reads a word before an "e-" word as part of a product name', () => {
    const store = (next: string) => [
      `1. Publisher shall pay Advertiser ten percent of the gross sales of the Gourmet ${next} on its site.`,
      `2. Advertiser shall supply recipes for the Gourmet ${next} each month.`,
      `3. Publisher shall promote the Gourmet ${next} in its newsletter.`,
    ];
    expect(undefinedIn(store('e-Bookstore'))).toEqual([]);
    expect(undefinedIn(store('bookstore'))).toEqual(['Capitalised terms used but never defined: "Gourmet"']);
  });

  it('reads a term sharing its last word with a defined one after "and" as that kind of term', () => {
    const filings = (head: string) => [
      '1. The parties have filed an application for the new holding company (the "Holding Company Application") and one for the merger (the "Merger Application").',
      `2. Each party shall comply with the conditions of the regulator's approval of the ${head} and the Merger Application.`,
      `3. Neither party shall amend the ${head} and the Merger Application without the other's consent.`,
    ];
    expect(undefinedIn(filings('Holding Company'))).toEqual([]);
    expect(undefinedIn(filings('Holding Company Plan'))).toEqual(['Capitalised terms used but never defined: "Holding Company Plan"']);
  });

  it('reads a sentence opening with "of" and a capitalised word as the end of a name cut from its head', () => {
    const plan = [
      // A page break cut the title: the text goes on at "of" after blank lines.
      '1. The parties entered into the Agreement and Plan\n\n',
      'of Reorganization, dated 1 March 2024 (together with the share issue, the "Reorganization and Share Issue").',
      '2. Publisher shall complete the Reorganization and Share Issue by 30 June 2024.',
      '3. Advertiser shall approve each filing for the Reorganization and Share Issue.',
      '4. The Agreement and Plan of Reorganization may be amended only in writing.',
    ];
    expect(undefinedIn(plan)).toEqual([]);
    expect(undefinedIn([...plan, '5. The Reorganization may not be delayed.', '6. Each filing for the Reorganization shall be made on time.'])).toEqual([
      'Capitalised terms used but never defined: "Reorganization"',
    ]);
  });

  it('reads stock markets and web pages as names', () => {
    const listed = (market: string) => [`1. Publisher shall keep its shares listed on the ${market}.`, `2. Publisher shall meet the rules of the ${market}.`, '3. Advertiser may link any Home Page to the site, and Publisher may change the Home Page.'];
    expect(undefinedIn(listed('Nasdaq Global Market'))).toEqual([]);
    expect(undefinedIn(listed('Global Market'))).toEqual(['Capitalised terms used but never defined: "Global Market"']);
  });

  it('reads the head of a name the draft also writes with an optional plural as part of that name', () => {
    const sites = (first: string) => [
      `1. Publisher shall deliver the print runs to the ${first} of Unloading named in Schedule 1, and every delivery site shall be open on working days.`,
      '2. Publisher shall give notice before it changes any Site of Unloading.',
      '3. Advertiser may inspect each Site of Unloading on notice, and no unloading may start before the inspection.',
      '4. The carrier shall unload only at a Site of Unloading.',
    ];
    expect(undefinedIn(sites('Site(s)'))).toEqual([]);
    // Written only in the singular, the head alone is still read as a term.
    expect(undefinedIn(sites('Site'))).toEqual(['Capitalised terms used but never defined: "Site"']);
  });
});
