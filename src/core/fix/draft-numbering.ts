import type { DocModel } from '../document';
import { readListLabel } from '../review/text';
import { hasCjk, ZH_NUMERAL } from '../review/zh/cjk';
import { readZhLabel } from '../review/zh/labels';

/**
 * How a draft numbers its articles and the paragraphs inside them, read from the draft itself, so
 * a fix goes in looking like the draft's own clauses: "第十一条 责任限制" with "一、" paragraphs in a
 * Chinese draft numbered that way, "ARTICLE XI" or "Clause 11" in an English one. Our clauses are
 * numbered "11" / "11.1" / "(a)" throughout core (numbers.ts, joined.ts, defined-once.ts); this is
 * the last step, on the clause as it goes in.
 */
export interface DraftNumbering {
  language: 'zh' | 'en';
  /** The article's label: 第{n}条 in Chinese or Arabic figures; Article/ARTICLE/Clause/Section with a figure or a Roman numeral. */
  article: { word: string; roman: boolean; chinese: boolean };
  /** What stands between the article's label and its title in the draft's headings. */
  gap: string;
  /** Whether the draft sets its article titles in capitals ("ARTICLE V INDEMNITY"). */
  capitals: boolean;
  /** The paragraphs inside an article: 一、 / （一） / 1. / 11.1 / (a). */
  paragraphs: 'zh-item' | 'zh-paren' | 'figure' | 'dotted' | 'letter';
  /** What follows a paragraph's label before its text (nothing after 一、, a tab after 11.1). */
  labelGap: string;
}

const ZH_ARTICLE = new RegExp(`^第(${ZH_NUMERAL}{1,6}|\\d{1,3})条`);
const EN_ARTICLE = /^(Article|ARTICLE|Section|SECTION|Clause|CLAUSE)\s+(\d{1,3}|[IVXLC]{1,7})\.?$/;
const ZH_ITEM = new RegExp(`^${ZH_NUMERAL}{1,3}、`);
const ZH_PAREN = new RegExp(`^[（(]${ZH_NUMERAL}{1,3}[)）]`);
// "1." / "1、" / "1．" with no further figure: a paragraph numbered afresh inside its article.
const FIGURE = /^\d{1,2}[.．、](?!\d)/;
const DOTTED = /^\d{1,3}\.\d{1,3}(?!\d)/;
const LETTER = /^\([a-z]\)/;

/**
 * The draft's numbering where its articles are labelled other than "5." (which is how our clauses
 * already read); undefined for a draft numbered "5." / "5.1", or none.
 */
export function draftNumbering(doc: DocModel): DraftNumbering | undefined {
  const heads: { at: number; word: string; roman: boolean; chinese: boolean; gap: string; capitals?: boolean }[] = [];
  doc.paragraphs.forEach((p, at) => {
    if (p.textBox) return;
    const text = p.text.trim();
    const zh = ZH_ARTICLE.exec(text);
    if (zh) return void heads.push({ at, word: '第', roman: false, chinese: !/\d/.test(zh[1]!), gap: gapAfter(text.slice(zh[0].length), ' ') });
    const label = (p.listLabel ?? readListLabel(text))?.trim();
    const en = label ? EN_ARTICLE.exec(label) : null;
    if (en && (p.listLabel || text.startsWith(label!))) {
      const rest = p.listLabel && !text.startsWith(label!) ? '' : text.slice(label!.length);
      heads.push({ at, word: en[1]!, roman: /^[IVXLC]+$/.test(en[2]!), chinese: false, gap: gapAfter(rest, '\t'), capitals: /[A-Z]{3}/.test(rest) && rest === rest.toUpperCase() });
    }
  });
  if (heads.length < 2) return undefined;
  // The draft's usual style: the one most of its article headings share.
  const key = (h: (typeof heads)[number]): string => `${h.word}|${h.roman}|${h.chinese}`;
  const counts = new Map<string, number>();
  for (const h of heads) counts.set(key(h), (counts.get(key(h)) ?? 0) + 1);
  const usual = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const mine = heads.filter((h) => key(h) === usual);
  const head = mine.at(-1)!;
  const language = head.word === '第' ? 'zh' : 'en';
  const { paragraphs, labelGap } = paragraphStyle(doc, heads.map((h) => h.at), language);
  const capitals = mine.filter((h) => h.capitals).length * 2 > mine.length;
  return { language, article: { word: head.word, roman: head.roman, chinese: head.chinese }, gap: head.gap, capitals, paragraphs, labelGap };
}

/** The gap after a heading's label: the spaces or stop the draft puts there, else `otherwise`. */
function gapAfter(rest: string, otherwise: string): string {
  if (!rest.trim()) return otherwise;
  const m = /^[\s\u3000.:：、—–-]{0,4}/.exec(rest)![0];
  return m || (/^[\s\u3000]/.test(rest) ? rest[0]! : '');
}

/** The labels of the paragraphs between one article heading and the next: the style most of them share. */
function paragraphStyle(doc: DocModel, heads: readonly number[], language: 'zh' | 'en'): Pick<DraftNumbering, 'paragraphs' | 'labelGap'> {
  const seen = new Map<DraftNumbering['paragraphs'], { n: number; gap: string }>();
  heads.forEach((h, k) => {
    const end = heads[k + 1] ?? Math.min(doc.paragraphs.length, h + 40);
    for (let i = h + 1; i < end; i++) {
      const text = doc.paragraphs[i]!.text.trim();
      const label = doc.paragraphs[i]!.listLabel?.trim();
      const style = ZH_ITEM.test(text) ? 'zh-item' : ZH_PAREN.test(text) ? 'zh-paren' : DOTTED.test(label ?? text) ? 'dotted' : FIGURE.test(label ?? text) ? 'figure' : LETTER.test(label ?? text) ? 'letter' : undefined;
      if (!style) continue;
      const own = label ?? (language === 'zh' ? readZhLabel(text) : readListLabel(text)) ?? '';
      const after = label && !text.startsWith(label) ? '\t' : text.slice(own.length).replace(/^[.．、]/, '');
      const gap = /^[\t ]/.test(after) ? after[0]! : style === 'dotted' && language === 'en' ? '\t' : '';
      const was = seen.get(style);
      seen.set(style, { n: (was?.n ?? 0) + 1, gap: was?.gap ?? gap });
    }
  });
  const best = [...seen.entries()].sort((a, b) => b[1].n - a[1].n)[0];
  if (!best) return { paragraphs: 'dotted', labelGap: '\t' };
  return { paragraphs: best[0], labelGap: best[1].gap };
}

const ZH_DIGITS = '零一二三四五六七八九';

/** 11 → 十一, 20 → 二十, 100 → 一百, 105 → 一百零五, as Chinese contracts write article numbers. */
export function zhNumeral(n: number): string {
  if (n < 10) return ZH_DIGITS[n]!;
  if (n < 20) return `十${n % 10 ? ZH_DIGITS[n % 10] : ''}`;
  if (n < 100) return `${ZH_DIGITS[Math.floor(n / 10)]}十${n % 10 ? ZH_DIGITS[n % 10] : ''}`;
  const rest = n % 100;
  const tail = rest === 0 ? '' : rest < 10 ? `零${ZH_DIGITS[rest]}` : rest < 20 ? `一${zhNumeral(rest)}` : zhNumeral(rest);
  return `${ZH_DIGITS[Math.floor(n / 100)]}百${tail}`;
}

const ROMAN: [number, string][] = [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

export function romanNumeral(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN) for (; n >= v; n -= v) out += s;
  return out;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ROMAN_SMALL = (k: number): string => romanNumeral(k).toLowerCase();

/** The article's label in the draft's style: 第十一条, Article 11, ARTICLE XI. */
export function articleLabel(style: DraftNumbering, n: number, inText = false): string {
  const { word, roman, chinese } = style.article;
  if (word === '第') return `第${chinese ? zhNumeral(n) : n}条`;
  // A heading in capitals ("ARTICLE XI") is cited in a sentence as "Article XI".
  return `${inText ? word[0] + word.slice(1).toLowerCase() : word} ${roman ? romanNumeral(n) : n}`;
}

/** The k-th paragraph's label inside article n. */
export function paragraphLabel(style: DraftNumbering, n: number, k: number): string {
  switch (style.paragraphs) {
    case 'zh-item':
      return `${zhNumeral(k)}、`;
    case 'zh-paren':
      return `（${zhNumeral(k)}）`;
    case 'figure':
      return `${k}.`;
    case 'letter':
      return `(${LETTERS[k - 1] ?? k})`;
    default:
      return `${n}.${k}`;
  }
}

/** A sub-clause's label, one level below the draft's paragraphs: （一） under 一、, 1. under （一）, (i) under (a). */
export function subLabel(style: DraftNumbering, j: number, label: string): string {
  if (style.paragraphs === 'zh-item') return `（${zhNumeral(j)}）`;
  if (style.paragraphs === 'zh-paren') return `${j}.`;
  if (style.paragraphs === 'letter') return `(${ROMAN_SMALL(j)})`;
  return label;
}

/** A reference as the draft would write it: "第11条" → 第十一条, "第11.2条" → 第十一条第二款; "Section 11" → Article XI. */
export function referenceIn(style: DraftNumbering, n: number, k: number | undefined): string {
  const article = articleLabel(style, n, true);
  if (k === undefined) return article;
  if (style.language === 'zh') {
    if (style.paragraphs === 'zh-paren') return `${article}第（${zhNumeral(k)}）项`;
    if (style.paragraphs === 'dotted' && !style.article.chinese) return `第${n}.${k}条`;
    return `${article}第${zhNumeral(k)}款`;
  }
  if (style.paragraphs === 'letter') return `${article}(${LETTERS[k - 1] ?? k})`;
  // "Article XI" holds Sections 11.1, 11.2; a draft of Clauses cites "Clause 11.2".
  return `${/^clause$/i.test(style.article.word) ? 'Clause' : 'Section'} ${n}.${k}`;
}

/** Whether the draft's style is for a clause in this language (a Chinese style for a Chinese fix). */
export function fitsClause(style: DraftNumbering, title: string): boolean {
  return (style.language === 'zh') === hasCjk(title);
}
