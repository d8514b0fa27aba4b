// Definitions the dismissed points of the drafting draws showed were misread (issue 12): a term
// defined for one party or thing at a time ('"Core IP" of a Party shall mean'), and clauses run
// into numbered headings with a colon, which are no glossary. Each with a near miss that still fires.
import { undefinedTerms } from '../../../../src/core/review/rules/defined-terms';
import { unusedTerms } from '../../../../src/core/review/rules/unused-terms';
import { findDefinitions } from '../../../../src/core/review/definitions';
import { makeContext } from './make-context';

const PARTIES = 'This Research Agreement is made between Talvik Optics Oy ("Talvik") and Brenmoor Labs Inc. ("Brenmoor").';
const PLAIN = '12. No optics, lab, core or site work beyond this text is covered.';
const draft = (text: string[]) => makeContext([PARTIES, ...text, PLAIN].join('\n'));
const terms = (text: string[]) => findDefinitions(draft(text).doc, draft(text).sentences).map((d) => d.term);

describe('a term defined for one party or thing at a time', () => {
  const defining = (between: string) => [
    `1.1 "Core Know-How"${between} shall mean the know-how that party held before the Start Date.`,
    '1.2 "Start Date" means the date both parties sign this Agreement.',
    '3. Each party keeps its Core Know-How, and neither party may use the Core Know-How of the other outside the study.',
    '4. Talvik may license the Talvik Core Know-How to its distributors.',
  ];

  it('reads "X" of a Party shall mean, "X", with respect to a Party, means, as definitions', () => {
    expect(terms(defining(' of a Party'))).toContain('Core Know-How');
    expect(terms(defining(', with respect to either Party,'))).toContain('Core Know-How');
    expect(undefinedTerms(draft(defining(' of a Party'))).map((f) => f.message)).toEqual([]);
    // Near miss: a sentence that only mentions the term, with no verb of meaning after the party phrase.
    const mention = defining(' of a Party');
    mention[0] = '1.1 The "Core Know-How" of a Party is listed in Schedule 2 and shall stay with that party.';
    expect(terms(mention)).not.toContain('Core Know-How');
  });
});

describe('a clause run into its numbered heading with a colon', () => {
  const clauses = (waiver: string) => [
    '7.1 Surviving Duties: Any expiry of this Agreement shall not end the duties of confidence in clause 5.',
    '7.2 Remedies Kept: The right of a party to end this Agreement is not its only remedy for breach.',
    `9.4 No Waiver: ${waiver}`,
    '9.5 Whole Agreement: This Agreement embodies all that the parties agreed about the study.',
  ];

  it('is no glossary entry, so its heading is not reported as a term defined and never used; a meaning with a relative clause still is', () => {
    const msgs = unusedTerms(draft(clauses('A waiver by either party of any term shall not waive any later breach.'))).map((f) => f.message).join(' ');
    for (const heading of ['Surviving Duties', 'Remedies Kept', 'No Waiver', 'Whole Agreement']) expect(msgs).not.toContain(heading);
    // Near miss: a meaning whose verb sits in a relative clause is still a glossary entry.
    const glossary = clauses('any term that shall not be waived except in writing.');
    glossary[0] = '7.1 Study Data: the data that shall be collected under clause 4.';
    glossary[1] = '7.2 Study Site: the laboratory where the samples are kept.';
    glossary[3] = '9.5 Lab Report: a report which is not confidential.';
    const found = terms(glossary);
    for (const t of ['Study Data', 'Study Site', 'No Waiver', 'Lab Report']) expect(found).toContain(t);
  });
});
