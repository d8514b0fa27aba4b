// Which side each party is on, as real drafts introduce them.
import { partyRefs } from '../../../../src/core/review/rules/side';
import { makeContext } from './make-context';

const sidesIn = (text: string, sentence: string) => {
  const ctx = makeContext(text, { scenario: 'pre-deal-disclosure', role: 'recipient' });
  return partyRefs(ctx, sentence).map((r) => `${r.text}:${r.side ?? '?'}`);
};

describe('party sides', () => {
  it('reads an unquoted label on the line after the name', () => {
    const text = [
      'NON-DISCLOSURE AGREEMENT',
      'Between Hexi Energy Co., Ltd., Suzhou',
      '(Also referred to hereinafter as the DISCLOSEE)',
      'and Kessler Ladetechnik GmbH, Linz',
      '(Also referred to hereinafter as the DISCLOSER)',
      '1. Kessler will provide confidential information to the DISCLOSEE.',
    ].join('\n');
    expect(sidesIn(text, 'All rights in the information are the property of Kessler.')).toEqual(['Kessler:A']);
  });

  it('finds the label beside a name set in capitals in the title and in title case in the preamble', () => {
    const text = [
      'INTELLECTUAL PROPERTY AGREEMENT between MERIDIAN DEVICES INC. and HEXI TECHNOLOGY, INC.',
      'This agreement is made between Meridian Devices Inc., a California corporation ("SELLER"), and Hexi Technology, Inc., a Delaware corporation ("PURCHASER").',
      '3.2 PURCHASER hereby grants to MERIDIAN a non-exclusive licence under the Transferred Patents.',
    ].join('\n');
    expect(sidesIn(text, 'PURCHASER hereby grants to MERIDIAN a licence.')).toEqual(['PURCHASER:B', 'MERIDIAN:A']);
  });

  it('finds a university centre named without a company form, and not the system it belongs to', () => {
    const text = [
      'This Research Agreement is made between Hexi Biotech, Inc., with a place of business at 12 Harbour Road, Oakland ("Hexi"), and The University of Northland Cancer Research Center, with a place of business at 1 College Avenue, Northland ("NCRC"), a member institution of The University of Northland System ("System").',
      '1. NCRC shall return all unused Materials provided by or on behalf of Hexi within thirty days after the end of the Study.',
    ].join('\n');
    const ctx = makeContext(text, { scenario: 'joint-development', role: 'technology-owner' });
    expect(ctx.parties.map((p) => p.shortName)).toEqual(['Hexi', 'NCRC']);
    expect(partyRefs(ctx, 'NCRC hereby grants Hexi a licence.').map((r) => `${r.text}:${r.side ?? '?'}`)).toEqual(['NCRC:B', 'Hexi:A']);
  });

  it('reads "The Company is engaged in …" as a reference to a party, not a third party, and reads past a page number', () => {
    const text = [
      'DISTRIBUTOR AGREEMENT',
      '1',
      'This Distributor Agreement is made between Meridian Devices Corp., a Delaware corporation ("Company") and Hexi Energy LLC ("Distributor").',
      'A. The Company\'s Business. The Company is engaged in the business of selling energy meters.',
      '1.1 Company hereby appoints Distributor as its exclusive distributor in the Territory.',
    ].join('\n');
    const ctx = makeContext(text, { scenario: 'exclusive-partnership', role: 'supplier' });
    expect(ctx.parties.map((p) => p.name)).toEqual(['Meridian Devices Corp.', 'Hexi Energy LLC']);
    expect(partyRefs(ctx, 'Company shall ship the Products to Distributor.').map((r) => `${r.text}:${r.side ?? '?'}`)).toEqual(['Company:A', 'Distributor:B']);
  });

  it('leaves a party unplaced when nothing in the draft says its side', () => {
    const text = 'This agreement is made between Meridian Devices Inc. and Hexi Technology, Inc.\nMeridian and Hexi will meet monthly.';
    expect(sidesIn(text, 'Meridian will deliver the report to Hexi.')).toEqual(['Meridian:?', 'Hexi:?']);
  });
});
