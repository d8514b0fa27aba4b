// Labels followed by a colon in the forms real drafts take: a boilerplate clause run into its heading
// is no definition; a bulleted or numbered list of "Term: meaning" entries is; a blank date field and a
// party named after its role define their labels. Near misses beside each.
import { undefinedTerms } from '../../../../src/core/review/rules/defined-terms';
import { unusedTerms } from '../../../../src/core/review/rules/unused-terms';
import { undefinedResults } from '../../../../src/core/review/rules/undefined-results';
import { makeContext } from './make-context';

const unused = (text: string[]) => unusedTerms(makeContext(text.join('\n'))).map((f) => f.message);
const terms = (text: string[]) => makeContext(text.join('\n')).definitions.map((d) => d.term);
const undefinedOnes = (text: string[]) => undefinedTerms(makeContext(text.join('\n'))).map((f) => f.message);

describe('boilerplate run into its heading', () => {
  it('does not read "(c) Integration: This Agreement expresses ..." as a defined term', () => {
    const general = [
      'This Beta Agreement is made between Fjord Render Ltd ("Company") and the applicant ("Tester").',
      '11. General Provisions',
      '(a) Relationship: Neither party is the partner or agent of the other party.',
      '(b) Integration: This Agreement expresses the complete understanding of the parties about the beta test.',
      '(c) Waiver: A party that does not enforce a right keeps it for later breaches.',
      '(d) Counterparts: This Agreement may be signed in counterparts.',
    ];
    expect(unused(general).join(' ')).not.toMatch(/Integration|Counterparts/);
  });
});

describe('a bulleted list of definitions', () => {
  const list = [
    'This Data Access Agreement is made between Northfield Biobank ("Northfield") and the applicant institution (the "Applicant").',
    '*   3.1 The data the Applicant generates falls into these categories:',
    '*   3.1.1 Results Data: data and scripts that underlie the Findings;',
    '*   3.1.2 Findings: the conclusions the Applicant draws from the Approved Project;',
    '*   3.1.3 Other Data: any other data the Applicant derives from the samples.',
    '*   3.2 The Applicant owns its Findings, the Results Data and the Other Data, and reports on the Approved Project each year.',
  ];
  it('reads each entry as a definition', () => {
    expect(terms(list)).toEqual(expect.arrayContaining(['Results Data', 'Findings', 'Other Data']));
    expect(undefinedOnes(list).join(' ')).not.toMatch(/Results Data|Findings|Other Data/);
  });
  it('does not read "the Results Data" as an undefined bare "Results"', () => {
    expect(undefinedResults(makeContext(list.join('\n'))).map((f) => f.rule)).toEqual([]);
    // Near miss: the bare word, with nothing defined that begins with it.
    const bare = list.map((l) => l.replace(/Results Data/g, 'Results'));
    expect(undefinedResults(makeContext([...bare.slice(0, 2), ...bare.slice(3)].join('\n'))).map((f) => f.rule)).toEqual(['ambiguous.undefined-term']);
  });
});

describe('fields that name their term', () => {
  it('reads a blank "Effective Date: ____" field and a party named after its role', () => {
    const form = [
      'CONFIDENTIALITY AND INVENTION ASSIGNMENT AGREEMENT',
      'Effective Date: ______________',
      '1. Parties',
      '• Licensor: HALDEN INTERACTIVE LTD.',
      '• Licensees: any person who uses the game code for noncommercial purposes.',
      '2. The Licensor grants the Licensees a licence from the Effective Date to study and modify the game code.',
    ];
    expect(terms(form)).toEqual(expect.arrayContaining(['Effective Date', 'Licensor']));
    expect(undefinedOnes(form)).toEqual([]);
    // Near miss: a label whose value is neither a blank, a date nor a company is not a definition on its own.
    expect(terms(form.map((l) => l.replace('HALDEN INTERACTIVE LTD.', 'see the signature page')))).not.toContain('Licensor');
  });
});

describe('a term defined without quotes after "for the purposes of this Agreement"', () => {
  const draft = (definition: string) => [
    'This Evaluation Agreement is made between Hollin Assays Ltd ("Provider") and Sandmere University ("Recipient").',
    '1. Recipient shall keep the Study Results in confidence and use them only to evaluate the reagents.',
    definition,
    '3. Recipient shall return the Study Results, with any other results, to Provider at the end of the evaluation.',
  ];
  it('reads the lead-in as a definition of the term after it', () => {
    const lead = draft('2. For the purposes of this Agreement, Study Results include all readings, images and notes the Recipient makes with the reagents.');
    expect(terms(lead)).toContain('Study Results');
    expect(undefinedOnes(lead).join(' ')).not.toMatch(/Study Results/);
  });
  it('still flags the term where a sentence only describes it, with no lead-in', () => {
    const bare = draft('2. Study Results stay with the Recipient until the evaluation ends.');
    expect(undefinedOnes(bare).join(' ')).toMatch(/Study Results/);
  });
});

describe('clause headings in capitals run into their text', () => {
  const licence = (labels: [string, string, string]) => [
    'This Software Licence is made between Corvane Systems Ltd ("Licensor") and the person who installs the Software ("You").',
    `4. ${labels[0]}: The Software is provided as it stands, and Licensor gives no warranty for any use.`,
    `5. ${labels[1]}: The licence ends when You delete every copy of the Software.`,
    `6. ${labels[2]}: Any use of the Software outside the country where You installed it needs Licensor's consent.`,
    '7. You may not sublicense the Software.',
  ];
  it('reads them as headings, not as terms defined and never used', () => {
    const caps = licence(['NO WARRANTY', 'END OF THIS LICENCE', 'EXPORT CONTROL']);
    expect(terms(caps)).not.toEqual(expect.arrayContaining(['NO WARRANTY']));
    expect(unused(caps).join(' ')).not.toMatch(/WARRANTY|LICENCE|EXPORT/);
  });
  it('still reads a label in capitals as a term where the draft writes it as one elsewhere', () => {
    const used = [
      'This Software Licence is made between Corvane Systems Ltd ("Licensor") and the person who installs the Software ("You").',
      '1. WARRANTY PERIOD: the ninety days after You first install the Software.',
      '2. LICENCE FEE: the sum stated on the order, paid once.',
      '3. SUPPORT HOURS: nine in the morning to six in the evening on working days in Dublin.',
      '4. Licensor shall fix defects reported in the Warranty Period, during Support Hours, once the Licence Fee is paid.',
    ];
    expect(terms(used)).toEqual(expect.arrayContaining(['WARRANTY PERIOD', 'LICENCE FEE', 'SUPPORT HOURS']));
  });
  it('still reads a list of labels in ordinary capitals as defined terms, and flags the one never used', () => {
    const titled = licence(['Warranty Period', 'Licence Term', 'Export Control']);
    expect(unused(titled).join(' ')).toMatch(/Warranty Period/);
  });
});
