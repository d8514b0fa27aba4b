// Two misses counsel noted on the GitHub agreements (issue 12, docs/drafting-unseen-gh-1207.md): a
// drafting alternative left in the text, and a survival list that leaves out a confidentiality
// clause with no period of its own. Each with a near miss that stays quiet. The wording is ours.
import { alternativesLeft } from '../../../../src/core/review/rules/alternatives-left';
import { survivalConfidentiality } from '../../../../src/core/review/rules/survival-confidentiality';
import { makeContext } from './make-context';

const opening = 'This Services Agreement is made between Corvid Labs Ltd. ("Supplier") and Tamsin Retail plc ("Customer").';

describe('a drafting alternative left in the text', () => {
  const found = (lines: string[]) => alternativesLeft(makeContext([opening, ...lines].join('\n')));

  it('raises an "[ALT]" marker before a second version of a clause', () => {
    const f = found([
      '9.1 Supplier\'s total liability under this Agreement shall not exceed the fees paid in the twelve months before the claim.',
      '[ALT: 9.1 Supplier\'s total liability under this Agreement shall not exceed twice the fees paid under this Agreement.]',
    ]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'drafting.alternatives-left', kind: 'drafting', severity: 'medium' });
  });

  it('raises clauses labelled "Option 1" and "Option 2" that no one chooses between', () => {
    const f = found([
      '7. Governing law',
      'Option 1: This Agreement is governed by the laws of England and Wales.',
      'Option 2: This Agreement is governed by the laws of Singapore.',
    ]);
    expect(f.map((x) => x.message)).toEqual(['Drafting alternatives left in the text (2)']);
  });

  it('leaves options a party picks under the agreement', () => {
    const f = found([
      '4. Fees',
      'Option 1: a monthly fee of USD 4,000 for up to 500 users.',
      'Option 2: a fee of USD 9 per user per month.',
      'Customer shall elect one option in writing before the Start Date.',
    ]);
    expect(f).toEqual([]);
  });

  it('leaves a lone bracketed gloss that is no alternative', () => {
    expect(found(['Supplier shall host the data in the region named in the order [EU or UK].'])).toEqual([]);
  });
});

describe('a survival list that leaves out confidentiality', () => {
  const text = (survival: string, confidentiality = 'Each party shall keep the other party\'s Confidential Information secret and use it only to perform this Agreement.') =>
    [
      'This Licence Agreement is made between Corvid Labs Ltd. ("Licensor") and Tamsin Retail plc ("Licensee").',
      '3. Fees',
      'Licensee shall pay the fees within thirty (30) days after each invoice.',
      '6. Confidentiality',
      confidentiality,
      '8. Liability',
      'Neither party is liable for indirect loss.',
      '12. Term and termination',
      survival,
    ].join('\n');
  const licensor = { scenario: 'technology-license', role: 'licensor' } as const;
  const licensee = { scenario: 'technology-license', role: 'licensee' } as const;
  const list = 'Sections 3 and 8 shall survive any termination or expiry of this Agreement.';

  it('raises it, at medium for the side whose information is protected', () => {
    const f = survivalConfidentiality(makeContext(text(list), licensor));
    expect(f.map((x) => [x.rule, x.kind, x.severity, x.message])).toEqual([
      ['drafting.survival-confidentiality', 'drafting', 'medium', 'The survival clause lists other clauses but not the confidentiality clause (section 6)'],
    ]);
  });

  it('raises it at low for the side that only receives, asking only that the question be settled', () => {
    const f = survivalConfidentiality(makeContext(text(list), licensee));
    expect(f.map((x) => x.severity)).toEqual(['low']);
    expect(f[0]!.why).toMatch(/^The confidentiality clause sets no period of its own and the survival clause leaves it out, so whether your duty/);
  });

  it('raises it where the clause is headed for the trade secret it keeps in confidence', () => {
    const secret = 'The Software is a trade secret of Licensor, and Licensee shall hold it in the strictest confidence.';
    const lines = text(list, secret).replace('6. Confidentiality', '6. The Software a Trade Secret');
    expect(survivalConfidentiality(makeContext(lines, licensor)).map((x) => x.message)).toEqual([
      'The survival clause lists other clauses but not the confidentiality clause (section 6)',
    ]);
  });

  it('leaves a clause headed for trade secrets that imposes no secrecy', () => {
    const owned = 'Licensor keeps all rights in the Software and its trade secrets.';
    expect(survivalConfidentiality(makeContext(text(list, owned).replace('6. Confidentiality', '6. Ownership of Trade Secrets'), licensor))).toEqual([]);
  });

  it('stays quiet where the list cites the clause, by a range', () => {
    expect(survivalConfidentiality(makeContext(text('Sections 3 and 6 through 8 shall survive any termination or expiry of this Agreement.'), licensor))).toEqual([]);
  });

  it('stays quiet where the list cites the clause after a serial comma', () => {
    expect(survivalConfidentiality(makeContext(text('The duties under sections 3, 8, and 6 shall survive the termination of this Agreement.'), licensor))).toEqual([]);
  });

  it('stays quiet where the list cites it among names in brackets', () => {
    expect(survivalConfidentiality(makeContext(text('Sections 3 and 8 [Liability], and 6.1-6.2 shall survive the expiry of this Agreement.'), licensor))).toEqual([]);
  });

  it('stays quiet where the survival clause itself ends the restrictions on disclosure and use', () => {
    const ends = 'The restrictions on disclosure and use end three (3) years after the Effective Date, and Sections 3 and 8 shall survive any termination of this Agreement.';
    expect(survivalConfidentiality(makeContext(text(ends), licensor))).toEqual([]);
  });

  it('stays quiet in a non-disclosure agreement, whose term is the duty\'s period', () => {
    expect(survivalConfidentiality(makeContext(text(list), { scenario: 'pre-deal-disclosure', role: 'discloser' }))).toEqual([]);
  });

  it('stays quiet where the survival clause keeps what by its nature should survive', () => {
    const general = 'Sections 3 and 8, and any other provisions which by their nature should survive, shall survive any termination or expiry of this Agreement.';
    expect(survivalConfidentiality(makeContext(text(general), licensor))).toEqual([]);
  });

  it('stays quiet where the confidentiality clause sets its own period', () => {
    const own = 'Each party shall keep the other party\'s Confidential Information secret for five (5) years after this Agreement ends.';
    expect(survivalConfidentiality(makeContext(text(list, own), licensor))).toEqual([]);
  });
});
