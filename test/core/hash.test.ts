import JSZip from 'jszip';
import { fingerprint } from '../../src/core/agreement/fingerprint';
import { fnv1aHex } from '../../src/core/hash';
import { clauseRecordsXml } from '../../src/io/clause-records';
import { addCustomXmlPart } from '../../src/io/write/custom-xml';
import { makeDocx, para } from '../fixtures/io/make-docx';

/**
 * Fingerprints are stored: one per clause paragraph in every .docx we built, and the custom XML
 * part's GUID derives from the same hash. Values taken from the code before the hash was shared;
 * a change here means documents built before no longer match their records.
 */
describe('the stored fingerprints', () => {
  it('are FNV-1a, 32 bits, as published (test vectors of the FNV reference)', () => {
    expect(fnv1aHex('')).toBe('811c9dc5');
    expect(fnv1aHex('a')).toBe('e40c292c');
    expect(fnv1aHex('foobar')).toBe('bf9cf968');
  });

  it('leave out the section label, as Word types it and our .docx numbers it', () => {
    expect(fingerprint('5.1\tEach Party shall keep the Results confidential.')).toBe(fingerprint('Each Party shall keep the Results confidential.'));
  });

  it('keep the values documents built before carry', () => {
    expect(fingerprint('5.1\tThe Recipient shall return or destroy all Confidential Information within 30 days after the Disclosing Party’s written request.')).toBe('0248ebb6');
    expect(fingerprint('This Agreement is governed by the laws of England and Wales.')).toBe('7a84e16d');
    expect(fingerprint('(a)  Each Party shall keep the Results confidential.')).toBe('0eddc85e');
  });

  it('keep the custom XML part’s GUID', async () => {
    const records = {
      'cw|governing-law|england|1.0.0': {
        clauseId: 'governing-law',
        variantId: 'england',
        version: '1.0.0',
        title: 'Governing Law',
        values: { partyA: 'Northwind Analytics Ltd' },
        fingerprints: [fingerprint('This Agreement is governed by the laws of England and Wales.')],
      },
    };
    const bytes = await addCustomXmlPart(await makeDocx({ body: para('This Agreement is governed by the laws of England and Wales.') }), clauseRecordsXml(records));
    const props = await (await JSZip.loadAsync(bytes)).file('customXml/itemProps1.xml')!.async('string');
    expect(/ds:itemID="([^"]+)"/.exec(props)?.[1]).toBe('{534EF00D-43C8-6C64-8F19-47BB054E5012}');
  });
});
