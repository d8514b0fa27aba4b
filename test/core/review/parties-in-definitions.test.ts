import { buildContext, fromText, review } from '../../../src/core/review';
import { library, playbooks } from '../../support/review-as-side';

const asLicensee = { scenario: 'technology-license', role: 'licensee', library, playbooks } as const;

// An endorsement deal kept as a filed exhibit: the opening, the recitals and the definitions run on
// in one paragraph, so the definitions fall within the opening's reach. The bank has no company form
// ("Harbour Savings Bank, a Maine savings bank"); a definition names its insurance affiliate, and the
// next definition's quoted term follows that name.
const endorsement = (footer: string) =>
  fromText(`ENDORSEMENT AGREEMENT     THIS ENDORSEMENT AGREEMENT ("Agreement") by and between MARISA OKONJO ("Okonjo") and HARBOUR SAVINGS BANK, a Maine savings bank with its principal office at 9 Front Street, Bangor, ME 04401 ("Harbour"). RECITALS: Harbour wishes to use the name and likeness of Okonjo to promote Harbour's Banking Services. NOW, THEREFORE, the Parties agree as follows:     1. DEFINITIONS. a) "TERM" means the period from signature to June 30, 2029. b) "BANKING SERVICES" shall mean deposit and lending services offered by Harbour and insurance offered by Harbour's affiliate Harbour Insurance Agency, Inc.     c) "OKONJO MARKS" shall mean the name, signature and likeness of Okonjo.
${footer}
2. Grant. Okonjo grants to Harbour the exclusive right and licence to use the Okonjo Marks during the Term. Harbour shall submit each advertisement to Okonjo for approval. Harbour shall pay Okonjo the fees in Schedule A.
3. Indemnity. Harbour shall indemnify and hold Okonjo harmless from and against any and all claims, losses and expenses arising out of or in connection with this Agreement.
4. Approval. Okonjo shall approve or reject each advertisement within ten days of receiving it. Okonjo shall appear at two events a year.
5. Law. This Agreement is governed by the laws of the State of Maine.`);

describe('a company named inside a definition, as a party\'s affiliate', () => {
  it('is no party: the opening\'s person and bank are, each with the short name of its bracket', () => {
    const { ctx } = buildContext(endorsement(''), asLicensee);
    expect(ctx.parties).toEqual([
      { name: 'MARISA OKONJO', shortName: 'Okonjo' },
      { name: 'HARBOUR SAVINGS BANK', shortName: 'Harbour' },
    ]);
  });

  it('so the bank, the licensee, is placed and its uncapped one-way indemnity is raised', () => {
    const result = review(endorsement(''), asLicensee);
    expect(result.findings.map((f) => f.rule)).toContain('one-sided.one-way-indemnity');
  });

  it('a filing\'s source line names who filed it, not a party', () => {
    const { ctx } = buildContext(endorsement('Source: HARBOUR BANCORP INC, 10-Q, 8/9/2024'), asLicensee);
    expect(ctx.parties.map((p) => p.name)).toEqual(['MARISA OKONJO', 'HARBOUR SAVINGS BANK']);
  });
});
