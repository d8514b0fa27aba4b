import type { Sentence } from '../context';

/** Han characters (CJK unified ideographs and extension A): the mark of Chinese text. */
const HAN = /[\u3400-\u9fff]/;

/** Whether the text has Chinese in it, so the Chinese reading applies. */
export function hasCjk(text: string): boolean {
  return HAN.test(text);
}

const withChinese = new WeakMap<readonly Sentence[], ReadonlySet<Sentence>>();

/**
 * The sentences of a draft that have Chinese in them, read once per draft: the topic detector, the
 * Chinese ownership reading and the Chinese rules each asked it of every sentence.
 */
export function chineseSentences(sentences: readonly Sentence[]): ReadonlySet<Sentence> {
  let found = withChinese.get(sentences);
  if (!found) {
    const set = new Set<Sentence>();
    for (let i = 0; i < sentences.length; i++) if (HAN.test(sentences[i]!.text)) set.add(sentences[i]!);
    withChinese.set(sentences, (found = set));
  }
  return found;
}

/**
 * A gap between two cues inside one Chinese clause: anything but a sentence end, bounded so that
 * matching stays linear. Chinese clauses run on through commas, so only 。；！？ stop it.
 */
export const ZH_GAP = (max: number): string => `[^。；！？;]{0,${max}}?`;

/** Chinese numerals as contracts number articles and items: 第十二条, 二十一、 */
export const ZH_NUMERAL = '[一二三四五六七八九十百零〇两]';

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 十二 → 12, 二十一 → 21, 一百零五 → 105; Arabic digits as they are. Undefined when not a number. */
export function zhNumber(text: string): number | undefined {
  if (/^\d{1,4}$/.test(text)) return Number(text);
  if (!/^[一二三四五六七八九十百零〇两]{1,6}$/.test(text)) return undefined;
  let total = 0;
  let digit = 0;
  for (const c of text) {
    if (c === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (c === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else digit = DIGIT[c] ?? 0;
  }
  return total + digit;
}
