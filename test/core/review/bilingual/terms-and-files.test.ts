import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DocModel } from '../../../../src/core/document';
import { fromText, review } from '../../../../src/core/review';
import { readDocx } from '../../../../src/io';
import { makeDocx, para } from '../../../fixtures/io/make-docx';

// A mutual confidentiality agreement written for these tests in English and in Chinese, section for
// section, as two files; each planted difference changes one provision of the Chinese.
const DIR = path.join(__dirname, '../../../fixtures/bilingual');
const EN = readFileSync(path.join(DIR, 'nda.en.txt'), 'utf8');
const ZH = readFileSync(path.join(DIR, 'nda.zh.txt'), 'utf8');
const BILINGUAL = /^discrepancy\.bilingual-/;

/** The Chinese with one provision (found by its section number) rewritten. */
function plant(section: string, change: (text: string) => string): string {
  const lines = ZH.split('\n');
  const i = lines.findIndex((l) => l.startsWith(`${section} `));
  if (i < 0) throw new Error(`no section ${section}`);
  const changed = change(lines[i]!);
  if (changed === lines[i]) throw new Error(`section ${section} unchanged`);
  lines[i] = changed;
  return lines.join('\n');
}

const found = (doc: DocModel, counterpart?: DocModel) =>
  review(doc, { scenario: 'pre-deal-disclosure', role: 'discloser', ...(counterpart ? { counterpart } : {}) }).findings.filter((f) => BILINGUAL.test(f.rule));

/** The English and the Chinese laid out English line, Chinese line, as one document. */
function alternating(zh: string): DocModel {
  const en = EN.split('\n');
  return fromText(zh.split('\n').flatMap((line, i) => [en[i]!, line]).join('\n'));
}

const PLANTED: [string, string, (t: string) => string, string][] = [
  ['days changed', '4.1', (t) => t.replace('30日内', '15日内'), 'discrepancy.bilingual-figures'],
  ['a prohibition turned into a permission', '2.2', (t) => t.replace('不得', '可以'), 'discrepancy.bilingual-negation'],
  ['a defined term rendered another way', '2.1', (t) => t.replaceAll('保密信息', '机密信息'), 'discrepancy.bilingual-terms'],
  ['another defined term in its place', '2.1', (t) => t.replace('接收方', '披露方'), 'discrepancy.bilingual-terms'],
  ['the Chinese made to prevail', '7.1', (t) => t.replace('以英文文本为准', '以中文文本为准'), 'discrepancy.bilingual-prevailing'],
];

describe('defined terms between the English and Chinese texts', () => {
  it('reads the renderings the draft itself defines and finds nothing in the clean twin', () => {
    expect(found(alternating(ZH))).toEqual([]);
  });

  it('finds a defined term rendered two ways in the Chinese, naming both renderings', () => {
    const [f, ...rest] = found(alternating(plant('2.1', (t) => t.replaceAll('保密信息', '机密信息'))));
    expect(rest).toEqual([]);
    expect(f!.rule).toBe('discrepancy.bilingual-terms');
    expect(f!.message).toBe('The Chinese text renders "Confidential Information" as 机密信息 here, where its definitions render it as 保密信息');
    expect(f!.evidence.map((e) => e.text.slice(0, 3))).toEqual(['2.1', '2.1']);
    expect(f!.why).toContain('the English text would govern');
  });

  it('finds a Chinese defined term that stands for a different English one', () => {
    const [f, ...rest] = found(alternating(plant('2.1', (t) => t.replace('接收方', '披露方'))));
    expect(rest).toEqual([]);
    expect(f!.message).toBe('Where the English says "Receiving Party", the Chinese says 披露方, its rendering of "Disclosing Party"');
  });

  it('says it in Chinese for a Chinese reader', () => {
    const doc = alternating(plant('2.1', (t) => t.replaceAll('保密信息', '机密信息')));
    const [f] = review(doc, { scenario: 'pre-deal-disclosure', role: 'discloser', locale: 'zh-CN' }).findings.filter((x) => BILINGUAL.test(x.rule));
    expect(f!.message).toBe('英文“Confidential Information”在此处的中文译作“机密信息”，而定义条款译为“保密信息”');
  });

  it('leaves a term the Chinese carries by a pronoun, and a near word that changes the head noun', () => {
    // 其 for the Receiving Party; 披露后 is "after disclosure", not a form of 披露方.
    expect(found(alternating(plant('2.3', (t) => t.replace('接收方知悉', '其知悉').replace('通知披露方', '通知披露后的一方'))))).toEqual([]);
  });
});

describe('the English and the Chinese as two files', () => {
  const en = fromText(EN);
  const zh = fromText(ZH);

  it('pairs them by section number and finds nothing in the clean twin, whichever file is reviewed', () => {
    expect(found(en, zh)).toEqual([]);
    expect(found(zh, en)).toEqual([]);
  });

  it.each(PLANTED)('finds %s, quoting this file first and the other file second', (_name, section, change, rule) => {
    const changed = fromText(plant(section, change));
    const here = found(en, changed);
    expect(here.map((f) => f.rule)).toEqual([rule]);
    expect(here[0]!.evidence.map((e) => e.counterpart ?? false)).toEqual([false, true]);
    expect(here[0]!.evidence[1]!.text).toBe(changed.paragraphs[here[0]!.evidence[1]!.paragraph]!.text.slice(0, 300));
    // Reviewing the Chinese file against the English: the same difference, the Chinese quoted first.
    const there = found(changed, en);
    expect(there.map((f) => f.rule)).toEqual([rule]);
    expect(there[0]!.evidence.map((e) => e.counterpart ?? false)).toEqual([false, true]);
  });

  it('reads two .docx files, the Chinese numbering its articles 第N条', async () => {
    const docx = async (text: string) => readDocx(await makeDocx({ body: text.split('\n').filter(Boolean).map((l) => para(l)).join('') }));
    const articles = plant('4.1', (t) => t.replace('30日内', '15日内')).replace(/^(\d)\. /gm, (_m, n: string) => `第${'一二三四五六七'[Number(n) - 1]}条 `);
    const here = found(await docx(EN), await docx(articles));
    expect(here.map((f) => f.rule)).toEqual(['discrepancy.bilingual-figures']);
    expect(here[0]!.message).toContain('English only: 30');
  });

  it('pairs nothing when both files are in the same language', () => {
    expect(found(en, fromText(EN.replace('30 days', '15 days')))).toEqual([]);
  });
});
