/** Han characters (CJK unified ideographs and extension A): the mark of Chinese text. */
const HAN = /[\u3400-\u9fff]/;

/** Whether the text has Chinese in it, so the Chinese reading applies. */
export function hasCjk(text: string): boolean {
  return HAN.test(text);
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
