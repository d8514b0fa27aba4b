import JSZip from 'jszip';
import { fnv1aHex } from '../../core/hash';

const REL_CUSTOM_XML = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';
const REL_PROPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps';
const PROPS_TYPE = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';
const DS = 'http://schemas.openxmlformats.org/officeDocument/2006/customXml';

/** A GUID derived from the part's content, so the same terms always give the same bytes. */
function itemId(xml: string): string {
  const hex = [1, 2, 3, 4].map((i) => fnv1aHex(xml, i)).join('').toUpperCase();
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}}`;
}

/**
 * Adds a custom XML part as Word stores one: customXml/itemN.xml, its itemPropsN.xml (a
 * datastoreItem with a GUID, which Word requires to load the item) linked from the item's own
 * relationships, the item linked from document.xml.rels, and the itemProps content type.
 */
export async function addCustomXmlPart(bytes: Uint8Array, xml: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  let n = 1;
  while (zip.file(`customXml/item${n}.xml`)) n++;
  zip.file(`customXml/item${n}.xml`, xml);
  zip.file(
    `customXml/itemProps${n}.xml`,
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${itemId(xml)}" xmlns:ds="${DS}"><ds:schemaRefs/></ds:datastoreItem>`,
  );
  zip.file(
    `customXml/_rels/item${n}.xml.rels`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_PROPS}" Target="itemProps${n}.xml"/></Relationships>`,
  );

  const relsPath = 'word/_rels/document.xml.rels';
  const rels = (await zip.file(relsPath)?.async('string')) ?? '';
  const ids = new Set([...rels.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]));
  let k = 1;
  while (ids.has(`rIdCw${k}`)) k++;
  zip.file(relsPath, rels.replace('</Relationships>', `<Relationship Id="rIdCw${k}" Type="${REL_CUSTOM_XML}" Target="../customXml/item${n}.xml"/></Relationships>`));

  const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  let withProps = types.replace('</Types>', `<Override PartName="/customXml/itemProps${n}.xml" ContentType="${PROPS_TYPE}"/></Types>`);
  if (!/Extension="xml"/i.test(withProps)) withProps = withProps.replace('</Types>', '<Default Extension="xml" ContentType="application/xml"/></Types>');
  zip.file('[Content_Types].xml', withProps);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
