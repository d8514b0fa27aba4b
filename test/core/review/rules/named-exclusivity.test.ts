// Exclusivity between two parties called only by name, with no role label: what each does in the
// deal places it on a side, so an exclusive right our side holds is a low point for us and a medium
// one for the other side. An address's state code before a postal code is no third party.
import { exclusivityScope } from '../../../../src/core/review/rules/exclusivity-scope';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const opening =
  'This Site Development and Hosting Agreement is made between Harbourline Digital, Inc. ("Harbourline"), a New Jersey corporation, located at 1500 Harbor Boulevard, Weehawken, NJ 07087, and Tallis Outfitters, Inc. (the "Company"), a Nevada corporation, located at 2500 Arrowhead Drive, Carson City, NV 89706.';
const work = '1.1 Harbourline shall design, develop, host and maintain the Site on a server provided by Harbourline.';
const exclusive =
  '6.1 During the term of this Agreement the Company shall not take part in any similar project on the Internet, and Harbourline shall have the exclusive right to use the Tallis brand for a self-contained web site offering the Products.';
const run = (terms: string[], role: RoleId) => {
  const ctx = makeContext([opening, ...terms].join('\n'), { scenario: 'custom-development', role });
  return { parties: ctx.parties.map((p) => p.shortName ?? p.name), found: exclusivityScope(ctx).map((f) => `${f.rule} ${f.severity}`) };
};

describe('exclusivity between parties named only by company name', () => {
  it('finds the two parties, not the city before a postal code', () => {
    expect(run([work, exclusive], 'developer').parties).toEqual(['Harbourline', 'Company']);
  });
  it('is low for the developer that holds the exclusive right, placed by the work it does', () => {
    expect(run([work, exclusive], 'developer').found).toEqual(['ambiguous.exclusivity-scope low']);
  });
  it('stays medium for the customer it binds', () => {
    expect(run([work, exclusive], 'customer').found).toEqual(['ambiguous.exclusivity-scope medium']);
  });
  it('stays medium where nothing the parties do tells their sides', () => {
    expect(run([exclusive], 'developer').found).toEqual(['ambiguous.exclusivity-scope medium']);
  });
});
