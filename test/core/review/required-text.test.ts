import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import ts from 'typescript';
import { requiredText } from '../../../src/core/review/required-text';

/**
 * The words a pattern cannot match without let the review skip sentences; a word wrongly required
 * would lose a finding or a topic without any test of a rule noticing. Every pattern in src/core
 * is checked: wherever it matches, one of its words is in the text.
 */
function patterns(dir: string): { re: RegExp; where: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return patterns(full);
    if (!e.name.endsWith('.ts')) return [];
    const sf = ts.createSourceFile(full, readFileSync(full, 'utf8'), ts.ScriptTarget.Latest, true);
    const out: { re: RegExp; where: string }[] = [];
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(sf);
        const slash = literal.lastIndexOf('/');
        out.push({ re: new RegExp(literal.slice(1, slash), literal.slice(slash + 1).replace(/[gy]/g, '')), where: `${e.name}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
    return out;
  });
}

const ALL = patterns(path.join(__dirname, '../../../src/core'));

/** Contract sentences of the kinds the patterns look for, in both cases and with typographic quotes. */
const SENTENCES = [
  'The Licensor hereby grants to the Licensee an exclusive, non-transferable licence to use the Licensed Technology in the Territory.',
  'THE RECEIVING PARTY SHALL NOT REVERSE ENGINEER, DECOMPILE OR DISASSEMBLE ANY SAMPLES PROVIDED BY THE DISCLOSING PARTY.',
  'All Improvements made by either Party shall be jointly owned by the Parties in equal undivided shares.',
  'Sections 4, 7 and 9 shall survive the termination or expiry of this Agreement for a period of five (5) years.',
  'The price is to be determined by the Parties in good faith; the fee is TBD.',
  '“Confidential Information” means any information disclosed by the Discloser, whether before or after the Effective Date.',
  'This Agreement is governed by the laws of the People’s Republic of China, and any dispute shall be submitted to arbitration in Shanghai.',
  'Each party shall use reasonable efforts (and its best endeavours) to obtain export licences under the ITAR and OFAC rules.',
  'Upon termination, the Distributor may continue to sell its remaining inventory of Products for ninety (90) days.',
  'Nothing in this Agreement grants any right, title or interest in the Background IP of the other Party, by implication or otherwise.',
  '甲方应在本协议终止后三十日内返还或销毁全部保密信息。',
];

function holdsAWord(re: RegExp, text: string): boolean {
  const required = requiredText(re);
  if (!required) return true;
  const hay = required.caseless ? text.toLowerCase() : text;
  return required.words.some((w) => hay.includes(w));
}

describe('requiredText', () => {
  it('finds the words a pattern cannot match without, case-folded when it ignores case', () => {
    expect(requiredText(/\b(?:best|reasonable)\s+(efforts|endeavou?rs)\b/i)).toEqual({ words: ['efforts', 'endeavours', 'endeavors'], caseless: true });
    expect(requiredText(/\breasonable\s+(efforts|endeavou?rs)\b/i)).toEqual({ words: ['reasonable'], caseless: true });
    expect(requiredText(/(?<![Nn]on-?\s?)\bexclusive(?:ly)?\s+licen[cs]e/i)?.words).toEqual(['exclusive']);
    expect(requiredText(/\b(Licensed (?:Products?|Patents?)|Field of Use)\b/)).toEqual({ words: ['Licensed Product', 'Licensed Patent', 'Field of Use'], caseless: false });
  });

  it('requires nothing where the pattern says too little: any word, a backreference, one letter', () => {
    expect(requiredText(/\b[A-Z][a-z]+\b/)).toBeNull();
    expect(requiredText(/(?<![\w-])([a-z]+) \1\b/)).toBeNull();
    expect(requiredText(/\bsole\b|x/i)).toBeNull();
    expect(requiredText(/shall(?:\s+not)?/iu)).toBeNull();
  });

  it('reads a property, a code point or a named backreference as one atom, its braces not as text', () => {
    for (const re of [/\p{Lu}bc/u, /\P{Lu}bc/u, /\u{58}bc/u, /(?<x>[a-z])\k<x>bc/]) {
      expect(requiredText(re)).toEqual({ words: ['bc'], caseless: false });
      expect(re.test('aXbc') || re.test('aaabc')).toBe(true);
    }
    expect(requiredText(/\p{Lu}\s+licensee/u)).toEqual({ words: ['licensee'], caseless: false });
    expect(requiredText(/[\p{Lu}\d]\s+licensee/u)).toEqual({ words: ['licensee'], caseless: false });
  });

  it('holds for every pattern of the core on contract sentences', () => {
    const wrong = ALL.flatMap(({ re, where }) => SENTENCES.filter((s) => re.test(s) && !holdsAWord(re, s)).map((s) => `${where} ${re} on "${s}"`));
    expect(wrong).toEqual([]);
  });

  it('holds for every pattern of the core on text made of its own words in any case', () => {
    const withWords = ALL.filter(({ re }) => requiredText(re));
    expect(withWords.length).toBeGreaterThan(300);
    for (const { re, where } of withWords) {
      const parts = [...requiredText(re)!.words.flatMap((w) => [w, w.toUpperCase(), w.slice(1), w.slice(0, -1)]), ' ', '-', 'the ', 'shall ', 'of ', '. ', '’s ', 'a', 'E', '(1)', 'not '];
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 12 }), (chunks) => {
          const text = chunks.join('');
          if (re.test(text) && !holdsAWord(re, text)) throw new Error(`${where} ${re} matches "${text}" without its words`);
        }),
        { numRuns: 40, seed: 7 },
      );
    }
  });
});
