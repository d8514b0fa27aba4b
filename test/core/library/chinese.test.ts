import { describeLibraryIssue, parseLibrary, type LibrarySourceFile } from '../../../src/core/library';
import { numbersOf } from '../../../src/core/library/chinese';
import { fixtureLibraryFiles } from './support';

/** A return-of-information clause in both languages, as a library author would write it. */
const TEXT = `Within {{returnDays}} days after this Agreement ends, the Receiving Party shall return or destroy the Confidential Information and, within thirty (30) days after a written request, confirm in writing that it has done so.

The Receiving Party may keep:
(a) one archival copy, to show what it received; and
(b) copies held in automatic electronic backups, until they are overwritten in the ordinary course.`;

const TEXT_ZH = `本协议终止后{{returnDays}}日内，接收方应当返还或销毁保密信息，并应当在收到书面要求后30日内书面确认其已履行该义务。

接收方可以保留：
(a) 一份存档副本，用于证明其所接收的内容；以及
(b) 自动电子备份中的副本，直至该等副本在正常运作中被覆盖。`;

function clause(textZh: string, terms = ['Confidential Information', 'Receiving Party'], nameZh: string | null = '双方信息'): LibrarySourceFile {
  return {
    path: 'clauses/return-or-destroy.yaml',
    data: {
      id: 'return-or-destroy',
      topic: 'return-or-destroy',
      title: 'Return or Destruction',
      titleZh: '返还或销毁',
      version: '1.0.0',
      order: 600,
      variants: [
        {
          id: 'information',
          ...(nameZh ? { nameZh } : {}),
          stance: 'balanced',
          terms,
          text: TEXT,
          textZh,
          note: {
            en: { what: 'Information goes back or is destroyed.', when: 'Always.', risk: 'Copies stay out.' },
            zh: { what: '信息返还或销毁。', when: '一律适用。', risk: '副本流落在外。' },
          },
        },
      ],
    },
  };
}

function described(files: LibrarySourceFile[], locale: 'en' | 'zh-CN' = 'en'): string[] {
  const result = parseLibrary(files);
  return result.ok ? [] : result.issues.map((i) => describeLibraryIssue(i, locale));
}

const at = 'clauses/return-or-destroy.yaml, clause "return-or-destroy", variant "information", field "textZh"';

function withGlossary(change: (terms: Record<string, string>) => void): LibrarySourceFile[] {
  return fixtureLibraryFiles().map((f) => {
    if (f.path !== 'glossary.yaml') return f;
    const data = structuredClone(f.data) as { terms: Record<string, string> };
    change(data.terms);
    return { ...f, data };
  });
}

describe('Chinese text in the library', () => {
  it('accepts a variant whose Chinese matches its English, and keeps the glossary and titles', () => {
    const result = parseLibrary([...fixtureLibraryFiles(), clause(TEXT_ZH)]);
    if (!result.ok) throw new Error(result.issues.map((i) => describeLibraryIssue(i)).join('\n'));
    expect(result.library.glossary?.['Receiving Party']).toBe('接收方');
    const c = result.library.clauses.find((x) => x.id === 'return-or-destroy');
    expect(c?.titleZh).toBe('返还或销毁');
    expect(c?.variants[0]?.textZh).toBe(TEXT_ZH);
  });

  it('reports a variant with Chinese text but no Chinese name', () => {
    expect(described([...fixtureLibraryFiles(), clause(TEXT_ZH, undefined, null)])).toEqual([
      'clauses/return-or-destroy.yaml, clause "return-or-destroy", variant "information", field "nameZh": the variant has Chinese text but no Chinese name (nameZh), which the Chinese library and build plan show.',
    ]);
  });

  it('reports a deadline that differs between the texts', () => {
    expect(described([...fixtureLibraryFiles(), clause(TEXT_ZH.replace('30日内', '15日内'))])).toEqual([
      `${at}: the numbers in the Chinese text differ from the English. Missing from the Chinese: 30; only in the Chinese: 15.`,
    ]);
  });

  it('reports a placeholder written out as a figure', () => {
    expect(described([...fixtureLibraryFiles(), clause(TEXT_ZH.replace('{{returnDays}}日内', '10日内'))])).toEqual([
      `${at}: the Chinese text must have the same placeholders and references as the English. Missing from the Chinese: {{returnDays}}; only in the Chinese: -.`,
      `${at}: the numbers in the Chinese text differ from the English. Missing from the Chinese: -; only in the Chinese: 10.`,
    ]);
  });

  it('reports sub-clauses run into their paragraph, in Chinese too', () => {
    const runOn = TEXT_ZH.replace('\n(a) ', '').replace('\n(b) ', '');
    expect(described([...fixtureLibraryFiles(), clause(runOn)], 'zh-CN')).toEqual([
      'clauses/return-or-destroy.yaml，条款“return-or-destroy”，版本“information”，字段“textZh”：中文文本的段落和“(a)”分项必须与英文一致（英文：¶ ¶ (a) (b)；中文：¶ ¶）。',
    ]);
  });

  it('reports a defined term rendered other than as the glossary says', () => {
    expect(described([...fixtureLibraryFiles(), clause(TEXT_ZH.replace('保密信息', '机密资料'))])).toEqual([
      `${at}: the Chinese text does not use "保密信息", the glossary's rendering of "Confidential Information", which the terms list names.`,
    ]);
  });

  it('reports a listed term and a defined term with Chinese that the glossary lacks', () => {
    const files = withGlossary((terms) => {
      delete terms['Receiving Party'];
    });
    // The library's own clauses with Chinese are reported too; this test looks at its two files.
    const ours = described([...files, clause(TEXT_ZH)]).filter((x) => /^(definitions|clauses\/return-or-destroy)\.yaml/.test(x));
    expect(ours).toEqual([
      'definitions.yaml, field "terms: Receiving Party": "Receiving Party" has no Chinese rendering in glossary.yaml.',
      `${at}: "Receiving Party" has no Chinese rendering in glossary.yaml.`,
    ]);
  });

  it('reports two terms given the same Chinese rendering', () => {
    const files = withGlossary((terms) => {
      terms['Disclosing Party'] = '接收方';
    });
    expect(described(files)).toEqual([
      'glossary.yaml, field "terms.Receiving Party": "Receiving Party" and "Disclosing Party" are both rendered "接收方"; give each defined term its own Chinese rendering.',
    ]);
  });

  it('requires a glossary once there is Chinese text', () => {
    const files = fixtureLibraryFiles().filter((f) => f.path !== 'glossary.yaml');
    expect(described([...files, clause(TEXT_ZH)])).toEqual(['glossary.yaml: the library has Chinese text but no glossary.yaml; add one that gives each defined term its Chinese rendering.']);
  });

  it('reports a broken glossary once, not again for every term', () => {
    const files = fixtureLibraryFiles().map((f) => (f.path === 'glossary.yaml' ? { ...f, data: { terms: { 'confidential information': '保密信息' } } } : f));
    expect(described([...files, clause(TEXT_ZH)])).toEqual([expect.stringMatching(/^glossary\.yaml, field "terms\.confidential information": a defined term is capitalised words/)]);
  });

  it('checks the Chinese frame and answer wording against the English, field by field', () => {
    const files = fixtureLibraryFiles().map((f) => {
      if (f.path !== 'library.yaml') return f;
      const data = structuredClone(f.data) as { agreement: { preamble: string[] }; agreementZh?: { preamble: string[] }; values: object; valuesZh?: object };
      const zh = structuredClone(data.agreementZh ?? data.agreement);
      zh.preamble = ['本协议由{{partyA}}与{{partyB}}签订。', '双方约定如下。'];
      data.agreementZh = zh;
      data.valuesZh = { ...structuredClone(data.values), china: undefined };
      return { ...f, data };
    });
    expect(described(files)).toEqual([
      expect.stringMatching(/^library\.yaml, field "valuesZh\.china": this field is missing\.$/),
    ]);
    const fixed = files.map((f) => {
      if (f.path !== 'library.yaml') return f;
      const data = structuredClone(f.data) as { values: { china: object }; valuesZh: { china?: object } };
      data.valuesZh.china = data.values.china;
      return { ...f, data };
    });
    expect(described(fixed)).toEqual(['library.yaml, field "agreementZh.preamble": the English has 1 paragraphs here and the Chinese 2; give one Chinese paragraph for each English one.']);
  });
});

describe('numbersOf', () => {
  it('reads figures however they are written around', () => {
    expect(numbersOf('within thirty (30) days, more than 50% and 1,000 units under Regulation (EU) 2016/679')).toEqual(['30', '50', '1000', '2016', '679']);
    expect(numbersOf('３０日内，超过50%，1,000件，第2016/679号条例')).toEqual(['30', '50', '1000', '2016', '679']);
    expect(numbersOf('within {{returnDays}} days')).toEqual([]);
  });
});
