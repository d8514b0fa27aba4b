import { fieldMaker } from '../../../../src/core/review/rules/field-maker';
import { makeContext } from './make-context';

const PARTIES = 'This Research Collaboration Agreement is made between Qinlan Biotech Co., Ltd. ("Sponsor") and the Harbourline Institute ("Institute").';
const FIELD = '"Field" means the treatment of solid tumours using T cells manufactured by Institute under the Protocol.';
const GRANT =
  'Institute hereby grants Sponsor a non-exclusive, royalty-free licence under the Institute Background IP to develop, manufacture and commercialise Study Products, strictly limited to the Field.';

describe('a licence to manufacture limited to a field defined by who makes the product', () => {
  it('flags the licensor as the only maker the field allows, for the licensee', () => {
    const [f] = fieldMaker(makeContext([PARTIES, FIELD, GRANT].join('\n'), { scenario: 'joint-development', role: 'technology-owner' }));
    expect(f).toMatchObject({ rule: 'ambiguous.field-maker', kind: 'ambiguous', severity: 'low', topic: 'background-license' });
    expect(f!.message).toBe('The licence to manufacture is limited to "Field", which covers only products made by Institute');
    expect(f!.evidence.map((e) => e.text).join(' ')).toContain('manufactured by Institute');
  });

  it('is quiet for the licensor, where the field names no maker, and where the licensee is the maker', () => {
    expect(fieldMaker(makeContext([PARTIES, FIELD, GRANT].join('\n'), { scenario: 'joint-development', role: 'co-developer' }))).toEqual([]);
    const byUse = '"Field" means the treatment of solid tumours using autologous T cells.';
    expect(fieldMaker(makeContext([PARTIES, byUse, GRANT].join('\n'), { scenario: 'joint-development', role: 'technology-owner' }))).toEqual([]);
    const own = '"Field" means the treatment of solid tumours using T cells manufactured by Sponsor under the Protocol.';
    expect(fieldMaker(makeContext([PARTIES, own, GRANT].join('\n'), { scenario: 'joint-development', role: 'technology-owner' }))).toEqual([]);
  });
});
