import { fromText } from '../../../src/core/review';

const texts = (text: string) => fromText(text).paragraphs.map((p) => p.text);

describe('a list item wrapped over lines set deeper, as Markdown exports write it', () => {
  it('joins the wrapped lines, quotation marks and capitals included', () => {
    const md = ['    2.  When the talks end, the Recipient shall within ten days', '        > destroy all Confidential Information and', '        > Notes made from it.'].join('\n');
    expect(texts(md)).toEqual(['2.  When the talks end, the Recipient shall within ten days destroy all Confidential Information and Notes made from it.']);
  });

  it('joins a capitalised defined term carried onto the next line', () => {
    const md = ['    1.  Neither this agreement nor any disclosure of Confidential', '        > Information grants any licence.'].join('\n');
    expect(texts(md)).toEqual(['1.  Neither this agreement nor any disclosure of Confidential Information grants any licence.']);
  });

  it('keeps apart a heading, a new item and a new paragraph, however deep they are set', () => {
    expect(texts('CONFIDENTIALITY\n    Each party keeps the other party’s information secret.')).toHaveLength(2);
    expect(texts('1.  The Recipient shall keep the information secret and\n    (a) use it only for the Purpose.')).toHaveLength(2);
    expect(texts('The Recipient shall keep the information secret\n\n        Each party bears its own costs.')).toHaveLength(2);
  });

  it('keeps apart lines set at the same depth', () => {
    expect(texts('The Recipient shall keep the information secret\nEach party bears its own costs.')).toHaveLength(2);
  });
});
