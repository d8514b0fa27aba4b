import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Catalog } from '../../src/core/i18n/define';
import { variantName } from '../../src/core/library/names';
import { realLibrary } from './agreement/real-library';

/**
 * The Chinese the user reads, checked for what a native reader would mark at once and a machine can
 * see: our side is 我方 and nothing else; quoted words stand in Chinese quotation marks “”, not ASCII
 * quotes or 「」 (ASCII quotes only inside a JSON fragment the user types); Chinese sentences take
 * full-width commas, semicolons, colons and brackets; defined terms read as the glossary renders them; and every
 * variant has a Chinese name rather than its id.
 */
const MESSAGES = path.join(__dirname, '../../src/core/i18n/messages');
const HAN = /[\u3400-\u9fff]/;

/** Every Chinese string of the message catalog, by area and key. */
function catalogStrings(): [string, string][] {
  return readdirSync(MESSAGES).flatMap((file) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const area = require(path.join(MESSAGES, file)) as Record<string, Catalog<string>>;
    return Object.values(area).flatMap((catalog) => Object.entries(catalog.zh).map(([key, text]) => [`${file}: ${key}`, text] as [string, string]));
  });
}

/** Every string in the library that has Chinese in it, by where it sits. */
function libraryStrings(): [string, string][] {
  const out: [string, string][] = [];
  const walk = (value: unknown, at: string): void => {
    if (typeof value === 'string') {
      if (HAN.test(value)) out.push([at, value]);
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${at}[${i}]`));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${at}.${k}`);
  };
  walk(realLibrary(), 'library');
  return out;
}

// Words for our side other than 我方: 你方 and 您方 address the reader's side, 本方, 己方 and 我司 are
// other voices for it. (贵组织, the reader's organisation, is not a side.)
const OTHER_VOICE = /你方|您方|本方|己方|我司|贵方/g;

/** ASCII-quoted spans that are not part of a JSON fragment ({"scenario": "sample-testing"}). */
function asciiQuoted(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/"([^"\n]{0,80})"/g)) {
    const json = text[m.index + m[0].length] === ':' || /[:{,[]\s*$/.test(text.slice(0, m.index));
    if (!json) found.push(m[0]);
  }
  return found;
}

/**
 * ASCII brackets holding Chinese ("[目的]", "(在十日内)") and ASCII colons beside it ("如下: 甲方"):
 * Chinese text takes （）, 【】 and ：. A bracket holding only Latin letters or digits is a label or a
 * citation ("(a)", "第 3(1)(b) 条"); a colon inside quotation marks or a {{placeholder}} is syntax the user types.
 */
function asciiAroundChinese(text: string): string[] {
  const unquoted = text.replace(/“[^”\n]{0,80}”/g, '“”').replace(/\{\{[^{}\n]{0,80}\}\}/g, '{{}}');
  const brackets = [...unquoted.matchAll(/[([][^()[\]\n]{0,80}[)\]]/g)].map((m) => m[0]).filter((m) => HAN.test(m));
  const colons = [...unquoted.matchAll(/[\u3400-\u9fff]\s{0,2}:|:\s{0,2}[\u3400-\u9fff]/g)].map((m) => m[0]);
  return [...brackets, ...colons];
}

// Renderings of defined terms other than the glossary's (clause-library/glossary.yaml), as a reader
// might meet them: 关联公司 for 关联方 (Affiliate), 背景技术 for 背景知识产权 (Background IP) ...
const OFF_GLOSSARY: Record<string, readonly string[]> = {
  关联方: ['关联公司', '关联企业'],
  背景知识产权: ['背景技术'],
  保密信息: ['机密信息', '秘密信息'],
  接收方: ['接受方', '受领方'],
  生效日: ['生效日期'],
};

const catalog = catalogStrings();
const library = libraryStrings();
const both = [...catalog, ...library];

describe('the Chinese the user reads', () => {
  it('reads the whole catalog and the library', () => {
    // A guard against the checks below passing over nothing.
    expect(catalog.length).toBeGreaterThan(1000);
    expect(library.length).toBeGreaterThan(500);
  });

  it('speaks for our side as 我方 only', () => {
    expect(both.filter(([, text]) => text.match(OTHER_VOICE)).map(([at, text]) => `${at}: ${text.match(OTHER_VOICE)!.join(', ')}`)).toEqual([]);
    expect(catalog.filter(([, text]) => text.includes('我方')).length).toBeGreaterThan(100);
  });

  it('quotes in Chinese quotation marks, never ASCII quotes or 「」', () => {
    expect(both.flatMap(([at, text]) => asciiQuoted(text).map((q) => `${at}: ${q}`))).toEqual([]);
    expect(both.filter(([, text]) => /[「」]/.test(text)).map(([at]) => at)).toEqual([]);
  });

  it('lets a JSON fragment keep its quotes', () => {
    expect(asciiQuoted('例如 {"scenario": "sample-testing", "ourRole": "provider"}。')).toEqual([]);
    expect(asciiQuoted('（"lithiumCells": true 或 false）')).toEqual([]);
    expect(asciiQuoted('不能是"{value}"。')).toEqual(['"{value}"']);
    expect(asciiQuoted('请用 "ourRole" 说明')).toEqual(['"ourRole"']);
  });

  it('punctuates Chinese sentences with full-width commas and semicolons', () => {
    const ascii = /[\u3400-\u9fff][,;]|[,;][\u3400-\u9fff]/;
    expect(both.filter(([, text]) => ascii.test(text)).map(([at, text]) => `${at}: ${ascii.exec(text)![0]}`)).toEqual([]);
  });

  it('puts Chinese words in full-width brackets and after full-width colons', () => {
    // A command's usage line marks what may be left out in [ ], as every command line does.
    const found = both.filter(([at]) => !at.includes('cli.help.')).flatMap(([at, text]) => asciiAroundChinese(text).map((m) => `${at}: ${m}`));
    expect(found).toEqual([]);
  });

  it('tells ASCII brackets and colons around Chinese from labels, citations and typed syntax', () => {
    expect(asciiAroundChinese('[目的]')).toEqual(['[目的]']);
    expect(asciiAroundChinese('应当(在十日内)返还')).toEqual(['(在十日内)']);
    expect(asciiAroundChinese('如下: 甲方')).toEqual(['下:']);
    expect(asciiAroundChinese('应当:甲方')).toEqual(['当:']);
    // A sub-clause label, a statute's citation, a field typed as "名称: 值" and a time stay as they are.
    expect(asciiAroundChinese('下列情形：\n(a) 非因违反本协议')).toEqual([]);
    expect(asciiAroundChinese('《商业秘密指令》第 3(1)(b) 条')).toEqual([]);
    expect(asciiAroundChinese('（“名称: 值”格式的多行）')).toEqual([]);
    expect(asciiAroundChinese('于 12:00 前')).toEqual([]);
    expect(asciiAroundChinese('请改用 {{ref:条款编号}}')).toEqual([]);
  });

  it('renders defined terms as the glossary does', () => {
    const glossary = Object.values(realLibrary().glossary ?? {});
    for (const rendering of Object.keys(OFF_GLOSSARY)) expect(glossary).toContain(rendering);
    const off = Object.values(OFF_GLOSSARY).flat();
    expect(both.filter(([, text]) => off.some((w) => text.includes(w))).map(([at, text]) => `${at}: ${off.filter((w) => text.includes(w)).join(', ')}`)).toEqual([]);
  });

  it('names every variant in Chinese, not by its id', () => {
    const unnamed = realLibrary().clauses.flatMap((c) =>
      c.variants.filter((v) => !v.nameZh || !HAN.test(variantName(v, 'zh-CN'))).map((v) => `${c.id}/${v.id}`),
    );
    expect(unnamed).toEqual([]);
  });
});
