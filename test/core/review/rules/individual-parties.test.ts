// A party who is a person (an athlete licensing a name and likeness, a consultant) is introduced with
// no company form. Read as a party and placed against the other, the at-will end and the fee change
// the person keeps are raised for the licensee, and stay quiet for the person's own side.
import { individualParties } from '../../../../src/core/review/rules/individual-parties';
import { licenceEnd } from '../../../../src/core/review/rules/licence-end';
import { priceChange } from '../../../../src/core/review/rules/price-change';
import { partyRefs } from '../../../../src/core/review/rules/side';
import { terminationAtWill } from '../../../../src/core/review/rules/termination-at-will';
import type { RoleId, ScenarioId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const athlete =
  'This Endorsement and License Agreement is entered into as of March 1, 2021 by and between Marcus J. Delaney, an individual residing at 418 Ocean Drive, Miami, Florida 33139 ("Athlete"), and Brightline Apparel, Inc., a Delaware corporation ("Licensee").';
const artist =
  'THIS LICENSE AGREEMENT is made between Ana Sofia Reyes (the "Artist") and Zhejiang Lumen Toys Co., Ltd., a company organized under the laws of the People\'s Republic of China (the "Company").';
const consultant = 'This Consulting Agreement is made between Helena Brandt ("Consultant") and Qiming Robotics Co., Ltd. ("Company").';

const ctxOf = (opening: string, terms: string[], role: RoleId, scenario: ScenarioId = 'technology-license') =>
  makeContext([opening, ...terms].join('\n'), { scenario, role });
const rules = (opening: string, terms: string[], role: RoleId, scenario?: ScenarioId) => {
  const ctx = ctxOf(opening, terms, role, scenario);
  return [...priceChange(ctx), ...terminationAtWill(ctx), ...licenceEnd(ctx)].map((f) => f.rule);
};

describe('a party who is a person', () => {
  it('is read from the opening with the short name it is given', () => {
    expect(individualParties(ctxOf(athlete, [], 'licensee'))).toEqual([{ name: 'Marcus J. Delaney', label: 'Athlete' }]);
    expect(individualParties(ctxOf(artist, [], 'licensee'))).toEqual([{ name: 'Ana Sofia Reyes', label: 'Artist' }]);
    expect(individualParties(ctxOf(consultant, [], 'customer', 'custom-development'))).toEqual([{ name: 'Helena Brandt', label: 'Consultant' }]);
  });

  it('is placed against the other party by that party\'s label, and places the other by its own', () => {
    const refs = (opening: string, role: RoleId, scenario: ScenarioId, text: string) =>
      partyRefs(ctxOf(opening, [], role, scenario), text).map((r) => `${r.text}:${r.side}`);
    expect(refs(athlete, 'licensee', 'technology-license', 'Athlete grants to Licensee; Marcus J. Delaney signs.')).toEqual(['Athlete:A', 'Licensee:B', 'Marcus J. Delaney:A']);
    // "Company" is no role label; the consultant's label places the company as the customer.
    expect(refs(consultant, 'customer', 'custom-development', 'Consultant shall deliver the Work Product to Company.')).toEqual(['Consultant:A', 'Company:B']);
  });

  it('raises the fee change and the end at will the athlete keeps, for the licensee', () => {
    const terms = [
      'Athlete hereby grants to Licensee a non-exclusive license to use the Athlete\'s name, likeness and signature on the Licensed Products in the Territory.',
      'The royalty rates set out in Schedule A may be changed by Athlete, in his sole discretion, upon thirty (30) days\' written notice to Licensee.',
      'Athlete may terminate this Agreement at any time for any reason upon thirty (30) days\' written notice to Licensee.',
    ];
    expect(rules(athlete, terms, 'licensee')).toEqual(['one-sided.price-change', 'one-sided.termination-at-will']);
    // The person's own side holds both rights: nothing to raise.
    expect(rules(athlete, terms, 'licensor')).toEqual([]);
  });

  it('raises a licence the artist may end at will, for the licensee', () => {
    // Neither "Artist" nor "Company" is a role label: who grants and who pays places them.
    const terms = [
      'The Artist hereby grants to the Company an exclusive license to use the Artist\'s name, image and artwork on plush toys sold in the Territory.',
      'The Company shall pay to the Artist a royalty of eight percent (8%) of Net Sales of the Licensed Products.',
      'The Artist shall have the right to terminate the license granted hereunder at any time, in its sole discretion, upon written notice to the Company.',
    ];
    expect(rules(artist, terms, 'licensee')).toEqual(['one-sided.licence-end']);
    expect(rules(artist, terms, 'licensor')).toEqual([]);
  });

  it('is no person where the name carries a company form or the description a company\'s', () => {
    const companies =
      'This License Agreement is made between Delaney Brands Holdings ("Licensor"), and Brightline Apparel, Inc., a Delaware corporation ("Licensee").';
    expect(individualParties(ctxOf(companies, [], 'licensee'))).toEqual([]);
    const described = 'This License Agreement is made between Marcus Delaney, a Florida limited liability company ("Owner"), and Brightline Apparel, Inc. ("Licensee").';
    expect(individualParties(ctxOf(described, [], 'licensee'))).toEqual([]);
    // A thing the opening names after the parties is no party.
    const things =
      'This License Agreement is made between Brightline Apparel, Inc. ("Licensee") and Zhejiang Lumen Toys Co., Ltd. ("Licensor"), and covers the Licensed Marks and Marketing Materials ("Materials").';
    expect(individualParties(ctxOf(things, [], 'licensee'))).toEqual([]);
  });

  it('is the party the terms call by surname, with or without a form of address', () => {
    const terms = ['Mr. Delaney may terminate this Agreement at any time for any reason upon thirty (30) days\' written notice to Licensee.'];
    expect(rules(athlete, terms, 'licensee')).toEqual(['one-sided.termination-at-will']);
    expect(rules(athlete, terms, 'licensor')).toEqual([]);
    expect(rules(athlete, ['Delaney may terminate this Agreement at any time for any reason upon written notice to Licensee.'], 'licensee')).toEqual(['one-sided.termination-at-will']);
    // A surname the draft also writes as a plain word ("the price") may be that word: nobody's.
    const price =
      'This Endorsement and License Agreement is made between Grace L. Price, an individual residing at 12 Shore Road, Monterey, California ("Athlete"), and Brightline Apparel, Inc. ("Licensee").';
    const priced = ['Licensee shall pay the price set out in Schedule B.', 'Price may terminate this Agreement at any time for any reason upon written notice to Licensee.'];
    expect(rules(price, priced, 'licensee')).toEqual([]);
  });

  it('places nobody by elimination among three parties', () => {
    const three =
      'This Agreement is made among Marcus Delaney, an individual ("Athlete"), Harbor Sports Management LLC ("Agent") and Brightline Apparel, Inc. ("Sponsor").';
    const ctx = ctxOf(three, [], 'licensee');
    expect(partyRefs(ctx, 'Athlete').map((r) => r.side)).toEqual([undefined]);
  });
});
