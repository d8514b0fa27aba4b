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
export function isZhSubLabel(label: string): boolean {
  return label.startsWith('（');
}

/** 第三条 and 一 are top-level sections; （一） under 第三条 is 第三条（一）. */
export function zhSectionLabel(label: string, top: string | undefined): { label: string; full: string } | undefined {
  if (/^第/.test(label) || new RegExp(`^${ZH_NUMERAL}{1,3}$`).test(label)) return { label, full: label };
  if (isZhSubLabel(label)) return { label, full: top ? `${top}${label}` : label };
  return undefined;
}

/** "5.1" sits in 第五条: its heading is the article's. */
export function sameArticle(article: string, label: string): boolean {
  const m = /^第(.{1,6}?)条$/.exec(article);
  const n = m ? zhNumber(m[1]!) : undefined;
  return n !== undefined && label.startsWith(`${n}.`);
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
