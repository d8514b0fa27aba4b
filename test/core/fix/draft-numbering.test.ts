import type { RenderedClause } from '../../../src/core/agreement/rendered';
import { clauseLines } from '../../../src/core/agreement/clause-text';
import { draftNumbering, zhNumeral } from '../../../src/core/fix/draft-numbering';
import { inDraftStyle } from '../../../src/core/fix/in-draft-style';
import { fromText, segment } from '../../../src/core/review';

// Drafts written for this test, each numbered one common way; the fix is a liability clause numbered
// the way core numbers every fix ("11", "11.1", "(a)"), which goes in as the draft numbers its own.
const zhArticles = (item: (k: number) => string): string =>
  [
    '技术服务协议',
    '第一条 服务内容',
    `${item(1)}服务方应按照附件一的要求向委托方提供技术服务。`,
    `${item(2)}服务方应在每月结束后五日内向委托方提交服务报告。`,
    '第二条 服务费用',
    `${item(1)}委托方应在收到发票之日起三十日内支付服务费。`,
    `${item(2)}服务费已包含服务方履行本协议所需的全部费用。`,
    '第三条 保密',
    `${item(1)}双方应对在履行本协议过程中知悉的对方保密信息予以保密。`,
    '第十条 其他',
    `${item(1)}本协议自双方签字盖章之日起生效。`,
  ].join('\n');

const liability = (zh: boolean): RenderedClause => ({
  clauseId: 'liability',
  variantId: 'capped',
  clauseVersion: '1',
  topic: 'liability',
  number: '11',
  title: zh ? '责任限制' : 'Limitation of Liability',
  paragraphs: zh
    ? [
        { level: 1, label: '11.1', text: '任何一方在本协议项下的全部责任以【金额】为限，但第11.3条另有规定的除外。' },
        { level: 1, label: '11.2', text: '下列损失不在赔偿范围内：' },
        { level: 2, label: '(a)', text: '间接损失；' },
        { level: 2, label: '(b)', text: '利润损失，但第(a)项所述者除外。' },
        { level: 1, label: '11.3', text: '第11条不限制任何一方因欺诈承担的责任，也不影响第3条。' },
      ]
    : [
        { level: 1, label: '11.1', text: "Each party's total liability under this Agreement is limited to [amount], except as Section 11.3 provides." },
        { level: 1, label: '11.2', text: 'Neither party is liable for:' },
        { level: 2, label: '(a)', text: 'indirect loss; or' },
        { level: 2, label: '(b)', text: 'loss of profit.' },
        { level: 1, label: '11.3', text: 'Nothing in Section 11 limits liability for fraud or affects Section 3.' },
      ],
  tag: 'cw',
  values: {},
});

const styled = (text: string, zh: boolean): string[] => clauseLines(inDraftStyle(fromText(text), liability(zh))).map((l) => l.text);

describe('a fix goes in numbered as the draft numbers its own articles and their paragraphs', () => {
  it('Chinese numerals as contracts write article numbers', () => {
    expect([1, 10, 11, 19, 20, 21, 99, 100, 105, 110, 120].map(zhNumeral)).toEqual(['一', '十', '十一', '十九', '二十', '二十一', '九十九', '一百', '一百零五', '一百一十', '一百二十']);
  });

  it('第十一条 with 一、 paragraphs, its sub-clauses （一）, its references 第X条', () => {
    expect(styled(zhArticles((k) => `${zhNumeral(k)}、`), true)).toEqual([
      '第十一条 责任限制',
      '一、任何一方在本协议项下的全部责任以【金额】为限，但第十一条第三款另有规定的除外。',
      '二、下列损失不在赔偿范围内：',
      '（一）间接损失；',
      '（二）利润损失，但第（一）项所述者除外。',
      '三、第十一条不限制任何一方因欺诈承担的责任，也不影响第三条。',
    ]);
  });

  it('第十一条 with （一） paragraphs', () => {
    const lines = styled(zhArticles((k) => `（${zhNumeral(k)}）`), true);
    expect(lines[0]).toBe('第十一条 责任限制');
    expect(lines.slice(1, 3)).toEqual(['（一）任何一方在本协议项下的全部责任以【金额】为限，但第十一条第（三）项另有规定的除外。', '（二）下列损失不在赔偿范围内：']);
    expect(lines[3]).toBe('1.间接损失；');
  });

  it('第十一条 with 1. paragraphs', () => {
    const lines = styled(zhArticles((k) => `${k}.`), true);
    expect(lines[0]).toBe('第十一条 责任限制');
    expect(lines[1]).toMatch(/^1\.任何一方/);
    expect(lines[5]).toMatch(/^3\.第十一条不限制/);
  });

  it('第11条 in figures stays in figures, with 11.1 paragraphs', () => {
    const text = zhArticles((k) => `X.${k} `).replace(/第(.)条/g, (_, n: string) => `第${({ 一: 1, 二: 2, 三: 3 } as Record<string, number>)[n] ?? n}条`).replace('第十条', '第10条');
    const numbered = text.split('\n').map((l, i, all) => l.replace(/^X/, String(all.slice(0, i).filter((x) => x.startsWith('第')).length))).join('\n');
    const lines = styled(numbered, true);
    expect(lines[0]).toBe('第11条 责任限制');
    expect(lines[1]).toBe('11.1 任何一方在本协议项下的全部责任以【金额】为限，但第11.3条另有规定的除外。');
  });

  it('reads 二、 under 第二条 as a paragraph of article 2, not as article 2 itself', () => {
    const { sections } = segment(fromText(zhArticles((k) => `${zhNumeral(k)}、`)));
    expect(sections.map((s) => s.label)).toEqual(['1', '1(1)', '1(2)', '2', '2(1)', '2(2)', '3', '3(1)', '10', '10(1)']);
  });

  const en = (heading: (n: number) => string, para: (n: number, k: number) => string): string =>
    [
      'SERVICES AGREEMENT',
      ...[1, 2, 3, 10].flatMap((n) => [`${heading(n)} ${['', 'SERVICES', 'FEES', 'CONFIDENTIALITY'][n] ?? 'GENERAL'}`, `${para(n, 1)} The Provider shall perform the Services with reasonable care.`, `${para(n, 2)} The Customer shall pay each invoice within 30 days.`]),
    ].join('\n');

  it('ARTICLE XI, its paragraphs 11.1, citing Article XI and Section 11.3', () => {
    const roman = ['', 'I', 'II', 'III', '', '', '', '', '', '', 'X'];
    const lines = styled(en((n) => `ARTICLE ${roman[n]}`, (n, k) => `${n}.${k}`), false);
    expect(lines[0]).toBe('ARTICLE XI LIMITATION OF LIABILITY');
    // The draft puts a space after its paragraph numbers, and so does the fix.
    expect(lines[1]).toBe("11.1 Each party's total liability under this Agreement is limited to [amount], except as Section 11.3 provides.");
    expect(lines[5]).toBe('11.3 Nothing in Article XI limits liability for fraud or affects Article III.');
  });

  // A term several new sections use is defined once for all of them (defined-once.ts): the list is cited the draft's way too.
  const sharing = (text: string): string => {
    const clause = liability(false);
    const last = { level: 1 as const, label: '11.4', text: 'In Sections 9, 10 and 11, "Loss" means any loss; Sections 11.1 and 11.2 apply.' };
    return clauseLines(inDraftStyle(fromText(text), { ...clause, paragraphs: [...clause.paragraphs, last] })).at(-1)!.text;
  };

  it('cites the sections a shared definition is for as the draft cites articles', () => {
    const roman = ['', 'I', 'II', 'III', '', '', '', '', '', '', 'X'];
    expect(sharing(en((n) => `ARTICLE ${roman[n]}`, (n, k) => `${n}.${k}`))).toBe('11.4 In Articles IX, X and XI, "Loss" means any loss; Sections 11.1 and 11.2 apply.');
    expect(sharing(en((n) => `Clause ${n}`, (n, k) => `${n}.${k}`))).toBe('11.4 In Clauses 9, 10 and 11, "Loss" means any loss; Clauses 11.1 and 11.2 apply.');
    expect(sharing(en((n) => `Article ${n}.`, (_, k) => `(${'abc'[k - 1]})`))).toBe('(d) In Articles 9, 10 and 11, "Loss" means any loss; Articles 11(a) and 11(b) apply.');
  });

  it('Article 11 with (a) paragraphs, its sub-clauses (i)', () => {
    const lines = styled(en((n) => `Article ${n}.`, (_, k) => `(${'abc'[k - 1]})`), false);
    // The draft's stop after its article numbers, kept.
    expect(lines[0]).toBe('Article 11. LIMITATION OF LIABILITY');
    expect(lines.slice(1, 4).map((l) => l.split(' ')[0])).toEqual(['(a)', '(b)', '(i)']);
    expect(lines[1]).toContain('except as Article 11(c) provides');
  });

  it('Clause 11, citing Clause 11.3', () => {
    const lines = styled(en((n) => `Clause ${n}`, (n, k) => `${n}.${k}`), false);
    expect(lines[0]).toBe('Clause 11 LIMITATION OF LIABILITY');
    expect(lines[1]).toContain('except as Clause 11.3 provides');
    expect(lines[5]).toContain('Nothing in Clause 11 limits');
  });

  it('a draft numbered "5." / "5.1" keeps our numbering as it is', () => {
    const text = en((n) => `${n}.`, (n, k) => `${n}.${k}`);
    expect(draftNumbering(fromText(text))).toBeUndefined();
    expect(styled(text, false)[0]).toBe('11.\tLimitation of Liability');
  });

  it('a Chinese fix into an English draft (or the reverse) keeps our numbering', () => {
    expect(styled(en((n) => `Clause ${n}`, (n, k) => `${n}.${k}`), true)[0]).toBe('11.\t责任限制');
  });
});
