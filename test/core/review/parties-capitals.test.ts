// Parties named only in capitals: a legal name holding "AND", a party set under a role label on a
// cover line, a short name or role label in capitals. Whose duty a clause states follows from them;
// capitals alone (a heading, a title line joining two names) make no party.
import { fromText, review } from '../../../src/core/review';
import { partyRefs } from '../../../src/core/review/rules/side';
import { makeContext } from './rules/make-context';

const COVER = `CONTENT LICENSE AGREEMENT
This Content License Agreement is between THE HARBOUR FILM AND TELEVISION CORPORATION, located at 10 Quay Street, Sydney, and NORTHSTAR MEDIA located at 5 Bridge Road, Auckland.
Licensor: NORTHSTAR MEDIA Licensee THE HARBOUR FILM AND TELEVISION CORPORATION
1. GRANT OF LICENSE. NORTHSTAR MEDIA hereby grants to THE HARBOUR FILM AND TELEVISION CORPORATION a non-exclusive license to broadcast the Programmes in Australia.
2. PROTECTION. THE HARBOUR FILM AND TELEVISION CORPORATION agrees to use its best efforts to prevent viewers from copying the Programmes.`;

const bestEfforts = (text: string, scenario: 'technology-license' | 'exclusive-partnership', role: 'licensor' | 'licensee' | 'supplier' | 'distributor') =>
  review(fromText(text), { scenario, role }).findings.filter((f) => f.rule === 'drafting.best-efforts').map((f) => f.wording?.message.key ?? f.message);

describe('parties named only in capitals', () => {
  it('reads a legal name that holds "AND" whole, and a party set under a role label on the cover line', () => {
    const ctx = makeContext(COVER, { scenario: 'technology-license', role: 'licensor' });
    expect(ctx.parties.map((p) => p.name)).toEqual(['THE HARBOUR FILM AND TELEVISION CORPORATION']);
    expect(partyRefs(ctx, 'NORTHSTAR MEDIA shall deliver')[0]).toMatchObject({ text: 'NORTHSTAR MEDIA', side: 'A' });
    expect(partyRefs(ctx, 'THE HARBOUR FILM AND TELEVISION CORPORATION shall pay')[0]).toMatchObject({ side: 'B' });
  });

  it('advises the licensor to pin down the licensee\'s best-efforts duty, and the licensee to soften its own', () => {
    expect(bestEfforts(COVER, 'technology-license', 'licensor')).toEqual(['review.rule.drafting.best-efforts-theirs.message']);
    expect(bestEfforts(COVER, 'technology-license', 'licensee')).toEqual(['review.rule.drafting.best-efforts.message']);
  });

  it('reads a role label given in capitals as that party\'s side, for either side', () => {
    const text = `DISTRIBUTION AGREEMENT
This Agreement is made between Northwind Energy GmbH (hereinafter "SUPPLIER") and Polar Trading Co. (hereinafter "DISTRIBUTOR").
1. PROMOTION. DISTRIBUTOR shall use its best efforts to promote the Products in the Territory.`;
    expect(bestEfforts(text, 'exclusive-partnership', 'supplier')).toEqual(['review.rule.drafting.best-efforts-theirs.message']);
    expect(bestEfforts(text, 'exclusive-partnership', 'distributor')).toEqual(['review.rule.drafting.best-efforts.message']);
  });

  it('places a party found in the opening by the signature line that sets it under a role label', () => {
    const text = `SUPPLY AGREEMENT
This Supply Agreement is made between Northwind Energy GmbH and Polar Trading Co., with offices in Oslo.
1. PROMOTION. POLAR TRADING CO. shall use its best efforts to promote the Products in Norway.
SUPPLIER: NORTHWIND ENERGY GMBH
DISTRIBUTOR: POLAR TRADING CO.`;
    expect(bestEfforts(text, 'exclusive-partnership', 'supplier')).toEqual(['review.rule.drafting.best-efforts-theirs.message']);
    expect(bestEfforts(text, 'exclusive-partnership', 'distributor')).toEqual(['review.rule.drafting.best-efforts.message']);
  });

  it('takes no heading in capitals after a role label for a party', () => {
    const ctx = makeContext(`${COVER}\n3. LICENSEE: OBLIGATIONS AND WARRANTIES\nThe Licensee shall pay the fees.`, { scenario: 'technology-license', role: 'licensor' });
    expect(partyRefs(ctx, 'OBLIGATIONS AND WARRANTIES')).toEqual([]);
  });

  it('keeps a title line that joins two names with AND as two names', () => {
    const ctx = makeContext(`SUPPLY AGREEMENT BETWEEN NORTHSTAR AND POLAR TRADING LTD.
This Supply Agreement is made between Northstar Media Inc. ("Northstar") and Polar Trading Ltd. ("Polar").
1. Supply. Northstar shall supply the Products to Polar.`);
    expect(ctx.parties.map((p) => p.name)).toEqual(['POLAR TRADING LTD.', 'Northstar Media Inc.']);
  });
});
