import { DocxError } from '../../src/io';
import { child, isW, parseXml, wAttr } from '../../src/io/read/xml';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const STRICT = 'http://purl.oclc.org/ooxml/wordprocessingml/main';

function xmlError(text: string): string {
  try {
    parseXml(text, 'word/document.xml');
  } catch (err) {
    expect(err).toBeInstanceOf(DocxError);
    return (err as DocxError).message;
  }
  throw new Error('parsed without an error');
}

describe('the OOXML part reader', () => {
  it('matches elements by namespace, whatever the prefix', () => {
    const a = parseXml(`<w:document xmlns:w="${W}"><w:body/></w:document>`, 'a');
    const b = parseXml(`<ns0:document xmlns:ns0="${STRICT}"><ns0:body/></ns0:document>`, 'b');
    const c = parseXml(`<document xmlns="${W}"><body/></document>`, 'c');
    for (const root of [a, b, c]) {
      expect(isW(root, 'document')).toBe(true);
      expect(child(root, 'body')).toBeDefined();
    }
    expect(isW(parseXml('<w:document xmlns:w="urn:other"/>', 'd'), 'document')).toBe(false);
  });

  it('decodes entities and character references, keeps ">" inside attribute values and reads CDATA', () => {
    const root = parseXml(
      `<w:p xmlns:w="${W}"><w:fldSimple w:instr=' IF &quot;a&quot; > "b" '/><w:t>Smith &amp; Jones &lt;Ltd&gt; &#8220;Samples&#x201D;</w:t><w:t><![CDATA[a < b]]></w:t></w:p>`,
      'p',
    );
    expect(wAttr(child(root, 'fldSimple'), 'instr')).toBe(' IF "a" > "b" ');
    expect(root.textContent).toBe('Smith & Jones <Ltd> “Samples”a < b');
  });

  it('refuses what is not well-formed instead of repairing it', () => {
    expect(xmlError(`<w:p xmlns:w="${W}"><w:r><w:t>The Evaluator shall</w:r></w:p>`)).toMatch(/<\/w:r> where <\/w:t> was expected/);
    expect(xmlError(`<w:document xmlns:w="${W}"><w:body><w:p>`)).toMatch(/never closed/);
    expect(xmlError(`<w:p xmlns:w="${W}">Smith & Jones</w:p>`)).toMatch(/bare "&"/);
    expect(xmlError(`<w:p xmlns:w="${W}">&nbsp;</w:p>`)).toMatch(/unknown entity &nbsp;/);
    expect(xmlError(`<x:p/>`)).toMatch(/prefix "x" is not declared/);
    expect(xmlError(`<a/><b/>`)).toMatch(/second root/);
  });

  it('refuses a document type declaration, so no entity is ever expanded', () => {
    const laughs = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><w:t>&lol2;</w:t>';
    expect(xmlError(laughs)).toMatch(/document type declaration/);
  });

  it('refuses nesting far deeper than any document', () => {
    expect(xmlError('<a>'.repeat(5000) + '</a>'.repeat(5000))).toMatch(/nested too deeply/);
  });
});
