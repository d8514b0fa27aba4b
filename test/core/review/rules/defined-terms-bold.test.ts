// Drafts that define their terms in bold without quotes (issue 12): "**Programme** means ...", a short
// name in bold in a bracket. Markdown marks the bold in the text; a .docx gives it as the paragraph's
// emphasis. With those read, the undefined-term rule judges the draft, and a thing it writes only as
// "the Pilot", never in lower case, is asked for; bold stress and bold headings define nothing.
import type { DocModel } from '../../../../src/core/document';
import { findDefinitions } from '../../../../src/core/review/definitions';
import { segment } from '../../../../src/core/review/segment';
import { undefinedTerms } from '../../../../src/core/review/rules/defined-terms';
import { makeContext } from './make-context';

const terms = (text: string[]) => makeContext(text.join('\n')).definitions.map((d) => d.term);

describe('terms defined in Markdown bold', () => {
  it('reads a bold term opening its paragraph with a verb of meaning, and a bold short name in a bracket', () => {
    const text = [
      'MUTUAL NON-DISCLOSURE AGREEMENT',
      '**Orrin Analytics NV**, a company registered in Ghent, acting through its director (**Orrin**)',
      'and Marrow Capital BV, acting through its managing partner (the **Fund**)',
      '1. **Confidential Information** is all information either party gives the other about its business.',
      '2. **Affiliate** shall mean any entity that controls or is controlled by a party.',
    ];
    expect(terms(text).sort()).toEqual(['Affiliate', 'Confidential Information', 'Fund', 'Orrin']);
  });

  it('reads a term in bold italics or underlined emphasis opening its paragraph before a verb of meaning, where the draft writes it again', () => {
    const text = [
      '3. Software you receive',
      '*_Runtime Modules_*are compiled libraries for the sensor, which you may use only with it.',
      '__Sample Code__ means the example programs in the kit.',
      '*_Sample Code_* must stay unchanged in every copy.',
      '*_Build Scripts_* are the files that compile the kit.',
      'You may not sell the Runtime Modules apart from the sensor.',
    ];
    // "Build Scripts", never written again, is a lead-in naming what its paragraph covers.
    expect(terms(text).sort()).toEqual(['Runtime Modules', 'Sample Code']);
  });

  it('reads no term from a bold heading, bold stress or a bold word that opens a rule', () => {
    const text = [
      '1. **CONFIDENTIALITY**',
      'The recipient shall **not** copy the information.',
      '**Notices** must be sent by courier to the address of the other party.',
      'Each party keeps its rights under **clause 4** (**Remedies**) in full.',
    ];
    expect(terms(text).filter((t) => t !== 'Remedies')).toEqual([]);
  });
});

describe('terms defined in Word bold', () => {
  const docx = (paragraphs: { text: string; bold?: string[] }[]): DocModel => ({
    paragraphs: paragraphs.map((p, index) => ({
      index,
      text: p.text,
      ...(p.bold ? { emphasis: p.bold.map((b) => ({ start: p.text.indexOf(b), end: p.text.indexOf(b) + b.length, bold: true as const })) } : {}),
    })),
  } as DocModel);
  const read = (doc: DocModel) => findDefinitions(doc, segment(doc).sentences).map((d) => d.term);

  it('reads a bold term opening its paragraph before "is", and a short name in bold brackets', () => {
    const doc = docx([
      { text: 'Orrin Analytics NV, a company registered in Ghent (Orrin), and Marrow Capital BV', bold: ['(Orrin)'] },
      { text: 'Programme is the joint study of sensor data the parties run in 2027.', bold: ['Programme'] },
      { text: 'Each party shall use the information only for the Programme.' },
    ]);
    expect(read(doc).sort()).toEqual(['Orrin', 'Programme']);
  });

  it('reads nothing from bold that is stress or a heading', () => {
    const doc = docx([
      { text: 'Confidentiality', bold: ['Confidentiality'] },
      { text: 'The recipient shall not copy the information.', bold: ['not'] },
      { text: 'Notices must be sent by courier.', bold: ['Notices'] },
    ]);
    expect(read(doc)).toEqual([]);
  });
});

describe('a thing written only as "the Pilot"', () => {
  const draft = (uses: string[]) => [
    'This Agreement is made between Orrin Analytics NV (**Orrin**) and Marrow Capital BV (**Marrow**).',
    '1. **Confidential Information** is all information either party gives the other about its business.',
    ...uses,
  ];
  const undefinedIn = (text: string[]) => undefinedTerms(makeContext(text.join('\n'))).map((f) => f.message);

  it('is asked for where the draft uses it three times, always after "the", and defines it nowhere', () => {
    const uses = [
      '2. Each party shall use Confidential Information only for the Pilot.',
      '3. Neither party shall publish results of the Pilot without consent.',
      '4. Marrow may end its part in the Pilot on notice, and Orrin shall then return all papers it received for the Pilot.',
    ];
    // Medium: "only for the Pilot" sets what the information may be used for (scope-base.ts).
    expect(undefinedIn(draft(uses))).toEqual(['Undefined terms that set the scope or a deadline: "Pilot"']);
  });

  it('is quiet on a name written without the article, and on a plural after it', () => {
    const uses = [
      '2. Each party shall use Confidential Information only for work with Veltra.',
      '3. Neither party shall publish results of the Netherlands study or the Veltra study without consent.',
      '4. Marrow may end its part in the study on notice, and Orrin shall then return papers received in the Netherlands and from the Netherlands office, and papers of Veltra.',
    ];
    expect(undefinedIn(draft(uses))).toEqual([]);
  });
});
