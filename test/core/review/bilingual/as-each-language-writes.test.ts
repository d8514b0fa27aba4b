import { fromText, review } from '../../../../src/core/review';

const BILINGUAL = /^discrepancy\.bilingual-/;
const found = (text: string) =>
  review(fromText(text), { scenario: 'technology-license', role: 'licensee' })
    .findings.filter((f) => BILINGUAL.test(f.rule))
    .map((f) => `${f.rule}: ${f.message}`);

describe('what the two texts say, read as each language writes it', () => {
  it('reads a text that "will also govern" as binding beside the other, not prevailing over it', () => {
    const clauses = ['本协议以中文和英文书就。如两种文本不一致，以中文版本为准。', 'This Agreement is written in Chinese and English, and the English version will also govern the relationship. If the two versions conflict, the Chinese version prevails.'];
    expect(found(`${clauses[1]}\n${clauses[0]}\n`)).toEqual([]);
  });

  it('still finds two language clauses that each make their own text prevail', () => {
    const clauses = ['本协议以中文和英文书就。如两种文本不一致，以中文版本为准。', 'This Agreement is written in Chinese and English. If the two versions conflict, the English version shall govern.'];
    expect(found(`${clauses[1]}\n${clauses[0]}\n`)).toEqual(['discrepancy.bilingual-prevailing: Each text makes itself the one that prevails']);
  });

  it('reads the items of a list run into a sentence as labels, not figures', () => {
    expect(found('8. 您不得：（1）转售本软件；（2）为他人托管本软件。\n8. You may not resell the software or host it for others.\n')).toEqual([]);
  });

  it('still reads a figure in brackets after its words', () => {
    expect(found('8. 被许可方应在六十日内付款。\n8. The Licensee shall pay within thirty (30) days.\n')).toEqual(['discrepancy.bilingual-figures: The English and Chinese texts state different figures (English only: 30; Chinese only: 60)']);
  });

  it('reads a discount in 折 as the share taken off the price', () => {
    expect(found('用户首次申报可享受一折优惠。\nA user who declares first receives a 90% discount.\n')).toEqual([]);
    expect(found('用户首次申报可享受八五折优惠。\nA user who declares first receives a 20% discount.\n')).toEqual(['discrepancy.bilingual-figures: The English and Chinese texts state different figures (English only: 20; Chinese only: 15)']);
  });

  it('leaves folding and conversion alone: 三折叠 is no discount', () => {
    expect(found('设备为三折叠屏幕。\nThe device has a screen that folds in three.\n')).toEqual([]);
  });
});
