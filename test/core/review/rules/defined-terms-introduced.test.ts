// Capitalised words the undefined-term rule read as terms though the draft settles them (issue 12,
// dismissed lists of the drafting draws): a glossary whose meanings open with a capital, a corporate
// group's name, a thing introduced in lower case and then capitalised. Each with a near miss that fires.
import { undefinedTerms } from '../../../../src/core/review/rules/defined-terms';
import { unusedTerms } from '../../../../src/core/review/rules/unused-terms';
import { makeContext } from './make-context';

const PARTIES = 'This Hosting Agreement is made between Norvale Systems S.L. ("Norvale") and Kestrel Alloys Ltd. ("Kestrel").';
// The words also in lower case, as a draft writes them: a phrase none of whose words is ever written so is a name.
const PLAIN = '9. No server, backup, site, warrants or extension term beyond those this text names is covered.';
const undefinedIn = (text: string[]) => undefinedTerms(makeContext([PARTIES, ...text, PLAIN].join('\n'))).map((f) => f.message);
const unusedIn = (text: string[]) => unusedTerms(makeContext([PARTIES, ...text, PLAIN].join('\n'))).map((f) => f.message);

describe('a glossary whose meanings open with a capital', () => {
  const glossary = (archive: string) => [
    '1. Norvale shall keep every Backup Server patched and shall restore the Backup Server of Norvale within four hours of a failure.',
    '2. Kestrel may inspect each Backup Server once a year, and Norvale shall move the Backup Server at Kestrel\'s request.',
    'SCHEDULE 1: GLOSSARY',
    'Backup Servers: Servers named in Schedule 3, which are kept outside the plants of Kestrel.',
    'Plant Network: the cabling and switches inside each plant of Kestrel.',
    'Incident: any event that stops a service listed in Schedule 2.',
    `Archive Sites: ${archive}, where copies of the data are kept for seven years.`,
  ];

  it('reads an entry whose meaning names the term\'s kind ("Servers named in ...") as a definition, not reported unused where never written again', () => {
    expect(undefinedIn(glossary('Sites in Bilbao and Porto'))).toEqual([]);
    expect(unusedIn(glossary('Sites in Bilbao and Porto')).join(' ')).not.toContain('Archive Sites');
    // Near misses: a meaning that opens with a capital and names no kind, a heading that repeats its word and runs on with a verb.
    const noKind = glossary('Sites in Bilbao and Porto');
    noKind[3] = 'Backup Servers: Norvale keeps them outside the plants of Kestrel.';
    expect(undefinedIn(noKind)).toEqual(['Capitalised terms used but never defined: "Backup Server"']);
    const heading = glossary('Sites in Bilbao and Porto');
    heading[3] = 'Backup Servers: Servers shall be kept outside the plants of Kestrel.';
    expect(undefinedIn(heading)).toEqual(['Capitalised terms used but never defined: "Backup Server"']);
  });
});

describe('a corporate group\'s name', () => {
  const group = (name: string) => [
    `1. Kestrel may buy licences under the framework contracts negotiated by Norvale in the name of ${name}.`,
    `2. If either party leaves ${name}, disputes are settled under the laws of Spain.`,
    `3. Disputes go first to the management of ${name}.`,
    '4. Each group company, service team and member of staff keeps this agreement confidential.',
  ];

  it('is a name where its words other than "Group" are never written in lower case, and still a term where they are ordinary ones', () => {
    expect(undefinedIn(group('Group Ortiz Lamela'))).toEqual([]);
    expect(undefinedIn(group('the Service Group'))).toEqual(['Capitalised terms used but never defined: "Service Group"']);
  });
});

describe('a thing introduced in lower case, then capitalised', () => {
  it('is no undefined term where "a warrant" just before says which warrant the capital points to, and still one otherwise', () => {
    const text = [
      '1. Norvale will issue to Kestrel a warrant to buy 500,000 ordinary shares of Norvale to offset the launch costs. The price of the Warrants is the average closing price over ten trading days.',
      '2. Kestrel may sell the Warrants to an affiliate, and the Warrants lapse after five years.',
    ];
    expect(undefinedIn(text)).toEqual([]);
    // Near misses: nothing introduces it, or the thing introduced was given another name.
    const bare = [
      '1. Norvale will issue share options to Kestrel. The price of the Warrants is the average closing price over ten trading days.',
      '2. Kestrel may sell the Warrants to an affiliate, and the Warrants lapse after five years.',
    ];
    expect(undefinedIn(bare)).toEqual(['Capitalised terms used but never defined: "Warrants"']);
    const renamed = [
      '1. This Agreement renews for an extension term of two years (the "First Extension Term"). The fees during the Extension Term rise by three percent.',
      '2. Either party may end the Extension Term on ninety days notice, and the Extension Term then ends with the quarter.',
    ];
    expect(undefinedIn(renamed)).toEqual(['Capitalised terms used but never defined: "Extension Term"']);
  });
});
