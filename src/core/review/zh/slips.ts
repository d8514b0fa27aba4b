/**
 * Typing slips common in Chinese contract wording: a character of the same sound or a like shape put
 * for the right one (钟裁 for 仲裁, 违返 for 违反). Each wrong form is not a word of contract Chinese,
 * so finding it needs no reading of the sentence; `notAfter` lists the characters after which the
 * two characters are the end of one word and the start of another (特征 + 返回, 抽签 + 定夺).
 * Variants a Taiwan or Hong Kong draft writes on purpose (部份) are not slips and are not listed.
 */
export interface Slip {
  wrong: string;
  right: string;
  notAfter?: string;
}

export const ZH_SLIPS: readonly Slip[] = [
  { wrong: '钟裁', right: '仲裁' },
  { wrong: '仲栽', right: '仲裁' },
  { wrong: '面分之', right: '百分之' },
  { wrong: '佰分之', right: '百分之' },
  { wrong: '征返', right: '往返', notAfter: '特象' },
  { wrong: '签定', right: '签订', notAfter: '抽' },
  { wrong: '违返', right: '违反' },
  { wrong: '赔尝', right: '赔偿' },
  { wrong: '陪偿', right: '赔偿' },
  { wrong: '协义', right: '协议' },
  { wrong: '既日起', right: '即日起' },
  { wrong: '人民弊', right: '人民币' },
  { wrong: '报筹', right: '报酬' },
  { wrong: '责仼', right: '责任' },
  { wrong: '签暑', right: '签署' },
  { wrong: '保正金', right: '保证金' },
  { wrong: '不可抗拒力', right: '不可抗力' },
];
