// A signature page typed in two columns and saved as plain text puts both parties' blocks on the same
// lines. Read column by column, each company signs under its own role heading, and a party the
// opening leaves unplaced takes the side its block gives; lines that only look like columns are left alone.
import { signatureBlocks } from '../../../../src/core/review/rules/signature-blocks';
import { unsquashed } from '../../../../src/core/review/rules/signature-columns';
import { partyRefs } from '../../../../src/core/review/rules/side';
import { terminationAtWill } from '../../../../src/core/review/rules/termination-at-will';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const opening =
  'This Software License Agreement is made as of 2 September 2024 between Tallis Robotics, Inc., a Delaware corporation, and Meridian Sensor Systems Ltd., a company incorporated in England and Wales.';
const atWill = 'Meridian may terminate this Agreement at any time for any reason upon sixty (60) days\' written notice to Tallis.';
const page = [
  'IN WITNESS WHEREOF, the parties have executed this Agreement by their authorized representatives as of the date first written above.',
  'LICENSOR:                                  LICENSEE:',
  'MERIDIAN SENSOR SYSTEMS LTD.               TALLIS ROBOTICS, INC.',
  'By: _________________________              By: _________________________',
  'Name: Priya Natarajan                      Name: Owen Castellano',
  'Title: Director                            Title: Chief Operating Officer',
];
const ctxOf = (lines: string[], role: RoleId = 'licensee') => makeContext(lines.join('\n'), { scenario: 'technology-license', role });

describe('a signature page in two columns on one line each', () => {
  it('is read as two blocks, the left column down, then the right', () => {
    const ctx = ctxOf([opening, atWill, ...page]);
    const read = unsquashed(ctx.sentences, ctx.doc.paragraphs);
    expect(read.slice(-10).map((s) => s.text)).toEqual([
      'LICENSOR:',
      'MERIDIAN SENSOR SYSTEMS LTD.',
      'By: _________________________',
      'Name: Priya Natarajan',
      'Title: Director',
      'LICENSEE:',
      'TALLIS ROBOTICS, INC.',
      'By: _________________________',
      'Name: Owen Castellano',
      'Title: Chief Operating Officer',
    ]);
    // Each part keeps its place in the line, for the quote.
    const right = read[read.length - 4]!;
    expect(ctx.doc.paragraphs[right.paragraph]!.text.slice(right.start, right.end)).toBe('TALLIS ROBOTICS, INC.');
    expect(signatureBlocks(read, (l) => /^licens(?:or|ee)$/i.test(l))).toEqual([
      { label: 'LICENSOR', entity: 'MERIDIAN SENSOR SYSTEMS LTD.', signer: 'Priya Natarajan', forOther: true },
      { label: 'LICENSEE', entity: 'TALLIS ROBOTICS, INC.', signer: 'Owen Castellano', forOther: true },
    ]);
  });

  it('places the two companies the opening leaves unplaced, so the licensor\'s right to end at will is raised for the licensee', () => {
    const ctx = ctxOf([opening, atWill, ...page]);
    expect(partyRefs(ctx, 'Meridian and Tallis').map((r) => r.side)).toEqual(['A', 'B']);
    expect(terminationAtWill(ctx).map((f) => f.rule)).toEqual(['one-sided.termination-at-will']);
    expect(terminationAtWill(ctxOf([opening, atWill, ...page], 'licensor'))).toEqual([]);
  });

  it('never overrides the opening', () => {
    const labelled = 'This Software License Agreement is made between Meridian Sensor Systems Ltd. (the "Licensee") and Tallis Robotics, Inc. (the "Licensor").';
    expect(partyRefs(ctxOf([labelled, atWill, ...page]), 'Meridian').map((r) => r.side)).toEqual(['B']);
  });

  it('leaves lines alone that have no signing line split between two columns', () => {
    const contents = ['1. Definitions                         3', '2. Grant of Licence                     5', 'By: _________________________'];
    const ctx = ctxOf([opening, ...contents]);
    expect(unsquashed(ctx.sentences, ctx.doc.paragraphs)).toBe(ctx.sentences);
  });
});
