import { buildContext, findDefinitions, findParties, fromText, segment, sentenceSpans } from '../../../src/core/review';

const OPENING = [
  'MATERIAL EVALUATION AGREEMENT',
  '',
  'This Material Evaluation Agreement (the "Agreement") is made by and between Ningbo Cell Energy Co., Ltd., a company organised under the laws of the PRC (the "Provider"), and Nordvolt AB, a Swedish company (hereinafter "Evaluator").',
  '',
  'Article 2 Definitions',
  '"Samples" means the prototype battery cells described in Schedule 1.',
  '4.2 The Evaluator shall test the Samples at its site in Västerås. It shall not ship them elsewhere.',
  '(a) testing shall follow the protocol in Schedule 2;',
  'Section 3. Term',
].join('\n');

describe('plain text as a document', () => {
  const doc = fromText(OPENING);

  it('makes one paragraph per non-empty line and reads the list labels from the text', () => {
    expect(doc.paragraphs.map((p) => p.listLabel)).toEqual([undefined, undefined, 'Article 2', undefined, '4.2', '(a)', 'Section 3']);
    expect(doc.paragraphs[4]!.text.startsWith('4.2 The Evaluator')).toBe(true);
  });

  it('joins a hard-wrapped line that continues a sentence in lower case', () => {
    const wrapped = fromText('The Recipient shall return all Confidential Information\nwithin ten (10) days of the expiration of the Project.\nNo licence is granted.');
    expect(wrapped.paragraphs.map((p) => p.text)).toEqual([
      'The Recipient shall return all Confidential Information within ten (10) days of the expiration of the Project.',
      'No licence is granted.',
    ]);
  });

  it('joins a line cut after a word no sentence ends on, across a page break, into a capitalised name', () => {
    const cut = fromText('2.3 All Usage Data shall be owned jointly by Northwind and\n\n\nHelix, and Helix hereby assigns to Northwind its interest in it.\n2.4 Helix shall deliver monthly reports.');
    expect(cut.paragraphs.map((p) => p.text)).toEqual([
      '2.3 All Usage Data shall be owned jointly by Northwind and Helix, and Helix hereby assigns to Northwind its interest in it.',
      '2.4 Helix shall deliver monthly reports.',
    ]);
    // A new item after the cut stays its own paragraph.
    expect(fromText('The Supplier shall deliver the goods and\n(a) invoice them.').paragraphs).toHaveLength(2);
  });

  it('treats binary control characters as spaces, keeping offsets', () => {
    const junk = fromText('Governing\u0000law\u0007.');
    expect(junk.paragraphs[0]!.text).toBe('Governing law .');
  });
});

describe('sentences', () => {
  it('does not end a sentence at abbreviations, initials or section numbers', () => {
    const text =
      'Acme Inc. shall deliver the Samples, e.g. cells and modules, to the U.S. site referred to in Section 3. The Evaluator shall pay No. 5 of the invoices.';
    expect(sentenceSpans(text).map(([s, e]) => text.slice(s, e))).toEqual([
      'Acme Inc. shall deliver the Samples, e.g. cells and modules, to the U.S. site referred to in Section 3. The Evaluator shall pay No. 5 of the invoices.',
    ]);
  });

  it('ends sentences at a period before a capital and keeps offsets within the paragraph', () => {
    const text = '1.01. Licensor grants the licence. Licensee accepts it! Is that all? Yes.';
    const spans = sentenceSpans(text).map(([s, e]) => text.slice(s, e));
    expect(spans).toEqual(['1.01. Licensor grants the licence.', 'Licensee accepts it!', 'Is that all?', 'Yes.']);
  });

  it('takes the section from list labels Word gives, as shown', () => {
    const d = {
      paragraphs: [
        { index: 0, text: 'Confidentiality', listLabel: '5.', headingLevel: 1 },
        { index: 1, text: 'The Recipient shall keep the Samples secret.', listLabel: '5.1.' },
      ],
    };
    const s = segment(d).sentences;
    expect(s.map((x) => [x.section, x.heading])).toEqual([
      ['5', 'Confidentiality'],
      ['5.1', 'Confidentiality'],
    ]);
  });

  it('labels sentences with their section, including sub-clauses', () => {
    const { sentences, sections } = segment(fromText(OPENING));
    const testing = sentences.find((s) => s.text.startsWith('(a) testing'))!;
    expect(testing.section).toBe('4.2(a)');
    expect(sentences.find((s) => s.text.startsWith('It shall not ship'))!.section).toBe('4.2');
    expect(sections.map((s) => s.label)).toEqual(['2', '4.2', '4.2(a)', '3']);
  });

  it('starts a section where text taken from a PDF runs the next numbered clause into the same paragraph', () => {
    const page = [
      '11.8 Governing Law. This Agreement is governed by the laws of the State of New York. 11.9 Arbitration. Any dispute shall be settled by arbitration in New York.',
      'The tribunal has three arbitrators. 12.1 Notices. Notices shall be in writing. 14.1 Counterparts. This Agreement may be signed in counterparts.',
    ].join(' ');
    const { sentences } = segment(fromText(page));
    const sectionOf = (start: string) => sentences.find((s) => s.text.startsWith(start))!.section;
    expect(sectionOf('This Agreement is governed')).toBe('11.8');
    expect(sectionOf('Any dispute')).toBe('11.9');
    expect(sectionOf('The tribunal')).toBe('11.9');
    expect(sectionOf('Notices shall')).toBe('12.1');
    expect(sectionOf('This Agreement may be signed')).toBe('14.1');
  });

  it('starts a section at a title run in without a stop, in capitals or in title case', () => {
    const page = [
      '6. INSURANCE 6.1 The Distributor shall keep product liability insurance in force.',
      '7. BREACH / TERMINATION 7.1 Notice of Breach Each party shall notify the other of any breach.',
      '7.2 Remedy Period The breaching party has thirty (30) days from that notice to remedy the breach.',
      '8. ARBITRATION 8.1 Any dispute shall be settled by arbitration in Geneva. 9. COSTS Each party bears its own costs.',
    ].join(' ');
    const { sentences, sections } = segment(fromText(page));
    const sectionOf = (start: string) => sentences.find((s) => s.text.startsWith(start))!.section;
    expect(sectionOf('7. BREACH')).toBe('7.1');
    expect(sectionOf('7.2 Remedy')).toBe('7.2');
    expect(sectionOf('8. ARBITRATION')).toBe('8.1');
    expect(sectionOf('9. COSTS')).toBe('9');
    expect(sections.map((s) => s.heading)).toEqual([undefined, 'BREACH / TERMINATION', 'Remedy Period', 'ARBITRATION', 'COSTS']);
  });

  it('does not take a party name or an ordinary sentence after a number for a title', () => {
    const page = '4.1 Fees. The Customer shall pay the fees. 4.2 ACME shall invoice monthly. 4.3 The Customer shall pay within 30 days. 4.4 Late Payments interest accrues.';
    const { sentences } = segment(fromText(page));
    expect(new Set(sentences.map((s) => s.section))).toEqual(new Set(['4.1']));
  });

  it('does not start a section at a sentence that opens with a figure or a number out of sequence', () => {
    const page = '4.2 Fees. The Customer shall pay the fees. 30 Days. That is the period. 2.1 Definitions. Nothing here starts a section. 4.3. That is all.';
    const { sentences } = segment(fromText(page));
    expect(new Set(sentences.map((s) => s.section))).toEqual(new Set(['4.2']));
  });
});

describe('definitions and parties', () => {
  const doc = fromText(OPENING);
  const { sentences } = segment(doc);
  const definitions = findDefinitions(doc, sentences);

  it('finds "X" means, (the "X") and (hereinafter "X")', () => {
    expect(definitions.map((d) => d.term)).toEqual(expect.arrayContaining(['Agreement', 'Provider', 'Evaluator', 'Samples']));
    const samples = definitions.find((d) => d.term === 'Samples')!;
    expect(doc.paragraphs[samples.paragraph]!.text.slice(samples.start, samples.end)).toBe('Samples');
  });

  it('finds terms in bold Markdown inside quotes and unquoted terms that open a paragraph', () => {
    const d = fromText('“**Affiliate**” means an entity controlled by a party.\n1.2 Field of Use means stationary energy storage.\nThe Term means nothing here.');
    const defs = findDefinitions(d, segment(d).sentences);
    expect(defs.map((x) => x.term)).toEqual(['Affiliate', 'Field of Use']);
    expect(d.paragraphs[1]!.text.slice(defs[1]!.start, defs[1]!.end)).toBe('Field of Use');
  });

  it('does not take a quoted trade mark for a definition', () => {
    const d = fromText('The cells are sold under the mark "VOLTA" in Europe.');
    expect(findDefinitions(d, segment(d).sentences)).toEqual([]);
  });

  it('reads the parties and their short names from the opening', () => {
    expect(findParties(sentences, definitions)).toEqual([
      { name: 'Ningbo Cell Energy Co., Ltd.', shortName: 'Provider' },
      { name: 'Nordvolt AB', shortName: 'Evaluator' },
    ]);
  });

  it('keeps two parties joined by "and" apart and merges a name repeated in capitals', () => {
    const text = [
      'DEVELOPMENT AGREEMENT BETWEEN HUAXIN POWER CO., LTD. AND KESTREL MOTORS INC.',
      'This Development Agreement is made between Huaxin Power Co., Ltd. ("Huaxin") and Kestrel Motors Inc. ("Kestrel").',
    ].join('\n');
    const d = fromText(text);
    const { sentences: ss } = segment(d);
    expect(findParties(ss, findDefinitions(d, ss))).toEqual([
      { name: 'HUAXIN POWER CO., LTD.', shortName: 'Huaxin' },
      { name: 'KESTREL MOTORS INC.', shortName: 'Kestrel' },
    ]);
  });

  it('takes no descriptor of where and how a party is formed for a party, nor a registration number', () => {
    const text = [
      'RESELLER AGREEMENT',
      'This Reseller Agreement is made between Qingshan Sensor Technology Co., Ltd., a Chinese Limited Liability Company whose registered office is at 88 Keji Road, Hefei ("Qingshan"), Marlow Instruments Inc., a Delaware Corporation ("Marlow"), and Harwell Cells plc, a company registered in England and Wales (Registered Company No. 04411234) whose registered office is at Unit 4, Milton Park, Abingdon OX14 4RU ("Harwell").',
      'Brenner Messtechnik GmbH, a German GmbH, and Alpstein Optics AG, a Swiss AG, join as guarantors.',
    ].join('\n');
    const d = fromText(text);
    const { sentences: ss } = segment(d);
    expect(findParties(ss, findDefinitions(d, ss))).toEqual([
      { name: 'Qingshan Sensor Technology Co., Ltd.', shortName: 'Qingshan' },
      { name: 'Marlow Instruments Inc.', shortName: 'Marlow' },
      { name: 'Harwell Cells plc', shortName: 'Harwell' },
      { name: 'Brenner Messtechnik GmbH' },
      { name: 'Alpstein Optics AG' },
    ]);
  });

  it('reads definitions from a two-column table', () => {
    const d = {
      paragraphs: [
        { index: 0, text: 'Field', table: { table: 0, row: 1, cell: 0 } },
        { index: 1, text: 'stationary energy storage systems', table: { table: 0, row: 1, cell: 1 } },
      ],
    };
    expect(findDefinitions(d, segment(d).sentences).map((x) => x.term)).toEqual(['Field']);
  });

  it('does not read a signature block or a filled-in field as a definition', () => {
    const row = (r: number, a: string, b: string, at: number) => [
      { index: at, text: a, table: { table: 0, row: r, cell: 0 } },
      { index: at + 1, text: b, table: { table: 0, row: r, cell: 1 } },
    ];
    const d = { paragraphs: [...row(0, 'Print Name', '____________', 0), ...row(1, 'Signature', '', 2), ...row(2, 'Effective Date', '1 March 2024', 4)] };
    expect(findDefinitions(d, segment(d).sentences)).toEqual([]);
  });
});

describe('a cover page set out as a table (issue 12)', () => {
  const cell = (index: number, text: string, row: number, c: number) => ({ index, text, table: { table: 0, row, cell: c } });
  const cover = [
    cell(0, 'Discloser', 0, 0),
    cell(1, '{discloser_name_and_address}', 0, 1),
    cell(2, 'Purpose', 1, 0),
    cell(3, 'How Confidential Information may be used', 1, 0),
    cell(4, '{purpose}', 1, 1),
    cell(5, 'Effective Date', 2, 0),
    cell(6, '[ ]', 2, 1),
    cell(7, 'Notice Period', 3, 0),
    cell(8, '30 days', 3, 1),
  ];

  it('reads a row label the terms use as a term, with its describing line or a value to fill in', () => {
    const terms = [
      { index: 9, text: 'Recipient shall use Confidential Information solely for the Purpose and only after the Effective Date.' },
      { index: 10, text: 'The Discloser may end this NDA on written notice.' },
    ];
    const d = { paragraphs: [...cover, ...terms] };
    expect(findDefinitions(d, segment(d).sentences).map((x) => x.term).sort()).toEqual(['Discloser', 'Effective Date', 'Purpose']);
  });

  it('reads no label the terms do not use, and no second definition of a term the terms define', () => {
    const terms = [{ index: 9, text: '"Discloser" means the party identified on the Cover Page. The Discloser may end this NDA on notice.' }];
    const d = { paragraphs: [...cover, ...terms] };
    const found = findDefinitions(d, segment(d).sentences);
    expect(found.map((x) => x.term)).toEqual(['Discloser', 'Purpose']);
    expect(found[0]!.paragraph).toBe(9);
  });
});

describe('a signature table that names a party by its heading', () => {
  const cell = (index: number, text: string, row: number, c: number) => ({ index, text, table: { table: 1, row, cell: c } });
  const block = [cell(0, '', 0, 0), cell(1, 'RECIPIENT', 0, 1), cell(2, 'Signature', 1, 0), cell(3, '', 1, 1), cell(4, 'Print Name', 2, 0), cell(5, '{recipient_name}', 2, 1)];
  const terms = [{ index: 6, text: 'Recipient shall use the information it receives only to evaluate the proposed supply of drive units.' }];

  it('reads the heading over the column the recipient signs as the name the terms use', () => {
    const d = { paragraphs: [...block, ...terms] };
    expect(findDefinitions(d, segment(d).sentences).map((x) => x.term)).toEqual(['Recipient']);
  });

  it('reads no heading the terms do not use, and none over a table with no signature row', () => {
    const unused = { paragraphs: [...block, { index: 6, text: 'The information is used only to evaluate the proposed supply of drive units.' }] };
    expect(findDefinitions(unused, segment(unused).sentences)).toEqual([]);
    const price = [cell(0, '', 0, 0), cell(1, 'RECIPIENT', 0, 1), cell(2, 'Unit Price', 1, 0), cell(3, 'USD 40', 1, 1)];
    const noSignature = { paragraphs: [...price, { index: 4, text: terms[0]!.text }] };
    expect(findDefinitions(noSignature, segment(noSignature).sentences)).toEqual([]);
  });
});

describe('definition offsets', () => {
  it('point at the term itself when emphasis marks sit inside the quotes', () => {
    const text = 'In this Agreement, “**Supplier Materials**” means the cells and modules Voltcell delivers.';
    const { ctx } = buildContext(fromText(text));
    const d = ctx.definitions.find((x) => x.term === 'Supplier Materials')!;
    expect(text.slice(d.start, d.end)).toBe('Supplier Materials');
  });
});
