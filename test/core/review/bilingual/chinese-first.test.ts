import { fromText, review } from '../../../../src/core/review';

const BILINGUAL = /^discrepancy\.bilingual-/;
const found = (text: string) =>
  review(fromText(text), { scenario: 'technology-license', role: 'licensee' })
    .findings.filter((f) => BILINGUAL.test(f.rule))
    .map((f) => `${f.rule}: ${f.message}`);

// A licence written the way many Chinese licensors write it: each Chinese paragraph, then its English.
const PROVISIONS: [string, string][] = [
  ['许可方授予被许可方非独占的许可，许可期限为三年。', 'The Licensor grants the Licensee a non-exclusive licence for a term of three years.'],
  ['被许可方应在收到发票后30日内支付许可费。', 'The Licensee shall pay the licence fee within 30 days after it receives the invoice.'],
  ['每一用户的年费为人民币2,000元。', 'The annual fee is CNY 2,000 for each user.'],
  ['任何一方可提前60日书面通知终止本协议。', 'Either party may end this Agreement on 60 days written notice.'],
];
const chineseFirst = (provisions: [string, string][]) => provisions.map(([zh, en]) => `${zh}\n${en}\n`).join('\n');

describe('a draft that puts each Chinese paragraph before its English', () => {
  it('pairs each Chinese paragraph with the English after it, and finds nothing where they agree', () => {
    expect(found(chineseFirst(PROVISIONS))).toEqual([]);
  });

  it('finds a figure changed in one text', () => {
    const changed = PROVISIONS.map(([zh, en]): [string, string] => [zh.replace('30日', '45日'), en]);
    expect(found(chineseFirst(changed))).toEqual(['discrepancy.bilingual-figures: The English and Chinese texts state different figures (English only: 30; Chinese only: 45)']);
  });

  it('still pairs the English first where the draft puts it first', () => {
    const englishFirst = PROVISIONS.map(([zh, en]) => `${en}\n${zh}\n`).join('\n');
    expect(found(englishFirst)).toEqual([]);
  });
});
