import type { DocModel, DocParagraph } from '../../document';
import { zhNumber } from '../zh/cjk';

/** One provision in both languages: where each text sits, to quote both. */
export interface LanguagePair {
  en: DocParagraph;
  zh: DocParagraph;
  /** Which text is from the other file, when the two versions are separate files. */
  counterpart?: 'en' | 'zh';
}

const HAN = /[\u3400-\u9fff]/g;
const LATIN_WORD = /[A-Za-z]{2,}/g;
const HAN_ANY = /[\u3400-\u9fff]/;

/** Whether the text has at least `n` Latin words. */
function hasWords(text: string, n: number): boolean {
  LATIN_WORD.lastIndex = 0;
  let found = 0;
  while (found < n && LATIN_WORD.test(text)) found++;
  return found >= n;
}

/** Which language a paragraph is written in: Chinese, English, or neither (a number, a name, a blank). */
export function languageOf(text: string): 'en' | 'zh' | undefined {
  // Most paragraphs have no Chinese: three words settle those, without listing every word.
  if (!HAN_ANY.test(text)) return hasWords(text, 3) ? 'en' : undefined;
  const han = text.match(HAN)?.length ?? 0;
  const words = text.match(LATIN_WORD)?.length ?? 0;
  return han >= 4 && han >= words ? 'zh' : undefined;
}

/** The language most of a document's paragraphs are written in. */
export function mainLanguage(doc: DocModel): 'en' | 'zh' | undefined {
  let en = 0;
  let zh = 0;
  for (const p of doc.paragraphs) {
    const lang = languageOf(p.text);
    if (lang === 'en') en++;
    else if (lang === 'zh') zh++;
  }
  return en > zh ? 'en' : zh > en ? 'zh' : undefined;
}

/** The section a paragraph opens: "5.2" from its list label or its first words, "5" from 第五条 or 五、 */
function labelOf(p: DocParagraph): string | undefined {
  const label =
    p.listLabel ?? /^\s*(\d+(?:\.\d+)*)[.\s\t]/.exec(p.text)?.[1] ?? /^\s*第([一二三四五六七八九十百零〇两\d]{1,6})条/.exec(p.text)?.[1] ?? /^\s*([一二三四五六七八九十]{1,3})、/.exec(p.text)?.[1];
  if (!label) return undefined;
  const n = zhNumber(label);
  return (n !== undefined ? String(n) : label).replace(/\.$/, '');
}

/**
 * The draft's provisions paired across its two languages, however it lays them out: a table with
 * the English in one cell and the Chinese beside it (row by row, paragraph by paragraph within the
 * cells); English and Chinese paragraphs alternating, either first; or the whole English text followed by the whole
 * Chinese text, paired by section number. Only where both languages are there does anything pair.
 */
export function languagePairs(doc: DocModel): LanguagePair[] {
  const langs = doc.paragraphs.map((p) => languageOf(p.text));
  if (!langs.includes('en') || !langs.includes('zh')) return [];
  const pairs: LanguagePair[] = [];
  const paired = new Set<number>();
  const pair = (en: DocParagraph, zh: DocParagraph) => {
    pairs.push({ en, zh });
    paired.add(en.index);
    paired.add(zh.index);
  };

  // Side by side in a table: the cells of one row, each a list of paragraphs.
  const rows = new Map<string, Map<number, DocParagraph[]>>();
  for (const p of doc.paragraphs) {
    if (!p.table) continue;
    const key = `${p.table.table}/${p.table.row}`;
    const cells = rows.get(key) ?? new Map<number, DocParagraph[]>();
    cells.set(p.table.cell, [...(cells.get(p.table.cell) ?? []), p]);
    rows.set(key, cells);
  }
  for (const cells of rows.values()) {
    const texts = [...cells.values()].map((ps) => ps.filter((p) => langs[p.index]));
    const en = texts.find((ps) => ps.length > 0 && ps.every((p) => langs[p.index] === 'en'));
    const zh = texts.find((ps) => ps.length > 0 && ps.every((p) => langs[p.index] === 'zh'));
    if (en && zh && en.length === zh.length) en.forEach((p, i) => pair(p, zh[i]!));
  }

  // Alternating paragraphs: each text directly followed by the other, under the same number if numbered.
  const body = doc.paragraphs.filter((p) => !p.table && langs[p.index]);
  const [first, second] = alternationOf(body, langs);
  for (let i = 0; i + 1 < body.length; i++) {
    const [a, b] = [body[i]!, body[i + 1]!];
    if (paired.has(a.index) || langs[a.index] !== first || langs[b.index] !== second || !adjacent(a, b)) continue;
    if (first === 'en') pair(a, b);
    else pair(b, a);
    i++;
  }

  // Two halves: what is left pairs by section number, each number once in each language.
  const rest = body.filter((p) => !paired.has(p.index));
  pairs.push(...byNumber(rest.filter((p) => langs[p.index] === 'en'), rest.filter((p) => langs[p.index] === 'zh')));
  return pairs.sort((a, b) => a.en.index - b.en.index);
}

/** Two paragraphs next to each other under the same number (or none): one provision's two texts. */
function adjacent(a: DocParagraph, b: DocParagraph): boolean {
  return b.index === a.index + 1 && labelOf(a) === labelOf(b);
}

/**
 * Which text comes first where the two alternate: the English in most drafts, the Chinese in many a
 * Chinese party's own. Reading the wrong order pairs each text with the next provision's other text,
 * so the order is the one most neighbouring pairs follow, English first when they are even.
 */
function alternationOf(body: readonly DocParagraph[], langs: readonly ('en' | 'zh' | undefined)[]): ['en', 'zh'] | ['zh', 'en'] {
  let enFirst = 0;
  let zhFirst = 0;
  for (let i = 0; i + 1 < body.length; i++) {
    const [a, b] = [body[i]!, body[i + 1]!];
    if (!adjacent(a, b)) continue;
    if (langs[a.index] === 'en' && langs[b.index] === 'zh') enFirst++;
    else if (langs[a.index] === 'zh' && langs[b.index] === 'en') zhFirst++;
  }
  return zhFirst > enFirst ? ['zh', 'en'] : ['en', 'zh'];
}

/**
 * Provisions paired across two files, one the English version and the other the Chinese (in either
 * order), by section number, each number once in each file. Nothing pairs when the files are in
 * the same language.
 */
export function counterpartPairs(doc: DocModel, counterpart: DocModel): LanguagePair[] {
  const lang = mainLanguage(doc);
  const other = mainLanguage(counterpart);
  if (!lang || !other || lang === other) return [];
  const [en, zh] = lang === 'en' ? [doc, counterpart] : [counterpart, doc];
  const pairs = byNumber(
    en.paragraphs.filter((p) => languageOf(p.text) === 'en'),
    zh.paragraphs.filter((p) => languageOf(p.text) === 'zh'),
  );
  return pairs.map((p) => ({ ...p, counterpart: other })).sort((a, b) => (lang === 'en' ? a.en.index - b.en.index : a.zh.index - b.zh.index));
}

/** English and Chinese paragraphs paired by the section number each opens, each number once in each language. */
function byNumber(en: readonly DocParagraph[], zh: readonly DocParagraph[]): LanguagePair[] {
  const byLabel = (ps: readonly DocParagraph[]) => {
    const seen = new Map<string, DocParagraph | null>();
    for (const p of ps) {
      const label = labelOf(p);
      if (label) seen.set(label, seen.has(label) ? null : p);
    }
    return seen;
  };
  const zhLabels = byLabel(zh);
  const out: LanguagePair[] = [];
  for (const [label, p] of byLabel(en)) {
    const q = zhLabels.get(label);
    if (p && q) out.push({ en: p, zh: q });
  }
  return out;
}
