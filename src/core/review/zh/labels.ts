import { hasCjk, ZH_NUMERAL, zhNumber } from './cjk';

/**
 * How Chinese contracts number their parts: 第三条 (article), 第二章 (chapter), 一、 (item),
 * （一） (sub-item), and Arabic 1.1 run straight into the Chinese text without a space.
 */
const ZH_LABEL_PATTERNS: RegExp[] = [
  new RegExp(`^第(?:${ZH_NUMERAL}{1,6}|\\d{1,3})[条章节款项]`),
  new RegExp(`^${ZH_NUMERAL}{1,3}(?=[、．.])`),
  new RegExp(`^[（(](?:${ZH_NUMERAL}{1,3}|\\d{1,3})[)）]`),
  /^\d{1,3}(?:\.\d{1,3}){0,4}(?=[、．]|[\u3400-\u9fff“（])/,
];

/** The Chinese list label a paragraph opens with, as the reader sees it. */
export function readZhLabel(text: string): string | undefined {
  for (const pattern of ZH_LABEL_PATTERNS) {
    const m = pattern.exec(text);
    if (m) return m[0];
  }
  return undefined;
}

/** A sub-item label, （一） or (1), which takes the article it sits in as its prefix. */
function isZhSubLabel(label: string): boolean {
  return label.startsWith('（');
}

/**
 * Sections by number, as findings and messages cite them ("section 3", "第 3 条"): 第三条 and 三、
 * are 3, （二） under 第三条 is 3(2) (and so is 二、 where the draft's articles are 第N条), and 3.1 stays itself. A chapter (第二章) only groups articles,
 * which Chinese contracts number straight through, so it is a heading and no section.
 */
const ZH_ARTICLE_NUMBER = new RegExp(`^${ZH_NUMERAL}{1,3}$`);

export function zhSectionLabel(label: string, top: string | undefined, articles = false): { label: string; full: string } | undefined {
  // Directly under an article (top "6"), not under a paragraph the draft numbers 6.1.
  const inArticle = articles && top !== undefined && /^\d+$/.test(top);
  const article = /^第(.{1,6}?)条$/.exec(label)?.[1] ?? (ZH_ARTICLE_NUMBER.test(label) && !inArticle ? label : undefined);
  const n = article === undefined ? undefined : zhNumber(article);
  if (n !== undefined) return { label: String(n), full: String(n) };
  // In a draft of 第N条 articles, 一、 numbers a paragraph inside the article, as （一） does.
  const item = isZhSubLabel(label) ? zhNumber(label.slice(1, -1)) : inArticle && ZH_ARTICLE_NUMBER.test(label) ? zhNumber(label) : undefined;
  if (item !== undefined) return { label: `(${item})`, full: top ? `${top}(${item})` : `(${item})` };
  return undefined;
}

/** What a section title looks like after its label: 保密, 适用法律和争议解决, 研究开发成果的归属. */
const TITLE = /^[^。；，,：:！？!?“”"]{1,24}$/;
/** An agreement's own name on its first lines: 样品测试协议, 技术开发（委托）合同. */
const DOCUMENT_TITLE = /(?:合同|协议|协议书|合同书|备忘录|意向书|条款)$/;

/** The heading level of a short Chinese title line, or undefined for body text. */
export function zhHeadingLevel(text: string, label: string | undefined): number | undefined {
  if (!hasCjk(text)) return undefined;
  const body = label ? text.slice(label.length).replace(/^[\s、．.:：]+/, '') : text;
  if (!TITLE.test(body)) return undefined;
  if (!label) return DOCUMENT_TITLE.test(body) ? 1 : undefined;
  if (isZhSubLabel(label)) return undefined;
  return /^\d+\.\d/.test(label) ? 2 : 1;
}

/** "第十条 期限和终止 本协议自……": a short title set off by a space before the clause. */
export function zhRunInHeading(body: string): string | undefined {
  const m = /^([^\s。；，,：:“”]{1,12})[\s\u3000]+\S/.exec(body);
  return m && hasCjk(m[1]!) ? m[1] : undefined;
}
