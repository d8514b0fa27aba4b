// The signature page says which name signs in which role. Where the opening leaves a party's role
// unsaid, or names a person who signs as a party only loosely, the block completes it, and a surname
// the terms call a person by ("Mr. Delaney may …") is that person. A clear opening is never overridden.
import type { DocModel } from '../../../../src/core/document';
import { buildContext } from '../../../../src/core/review/engine';
import { signatureBlocks } from '../../../../src/core/review/rules/signature-blocks';
import { fromText } from '../../../../src/core/review/text';
import { partyRefs } from '../../../../src/core/review/rules/side';
import { terminationAtWill } from '../../../../src/core/review/rules/termination-at-will';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const atWill = 'Northstar may terminate this Agreement at any time for any reason upon thirty (30) days\' written notice to Brightline.';
const unlabelled = 'This Trademark License Agreement is made as of June 1, 2024 between Brightline Apparel, Inc., a Delaware corporation, and Northstar Media LLC, a California limited liability company.';
const signaturePage = [
  'IN WITNESS WHEREOF, the parties have caused this Agreement to be executed by their duly authorized representatives.',
  'LICENSOR:',
  'NORTHSTAR MEDIA LLC',
  'By: ______________________',
  'Name: Dana Whitfield',
  'Title: Managing Member',
  'LICENSEE:',
  'BRIGHTLINE APPAREL, INC.',
  'By: ______________________',
  'Name: Oliver Grant',
  'Title: Chief Executive Officer',
];
const review = (lines: string[], role: RoleId) => terminationAtWill(makeContext(lines.join('\n'), { scenario: 'technology-license', role })).map((f) => f.rule);

describe('a signature page', () => {
  it('reads each role heading with the company that signs under it and its signer', () => {
    const ctx = makeContext([unlabelled, atWill, ...signaturePage].join('\n'), { scenario: 'technology-license', role: 'licensee' });
    expect(signatureBlocks(ctx.sentences, (l) => /^licen[sc]/i.test(l))).toEqual([
      { label: 'LICENSOR', entity: 'NORTHSTAR MEDIA LLC', signer: 'Dana Whitfield', forOther: true },
      { label: 'LICENSEE', entity: 'BRIGHTLINE APPAREL, INC.', signer: 'Oliver Grant', forOther: true },
    ]);
  });

  it('places two parties the opening gives no role, so the licensor\'s right to end at will is raised for the licensee', () => {
    expect(review([unlabelled, atWill, ...signaturePage], 'licensee')).toEqual(['one-sided.termination-at-will']);
    expect(review([unlabelled, atWill, ...signaturePage], 'licensor')).toEqual([]);
    // Without the page, nothing tells which company licenses: quiet.
    expect(review([unlabelled, atWill], 'licensee')).toEqual([]);
  });

  it('reads a signature table column by column, each party under its own heading', () => {
    // Word reads the table row by row: both headings, then both company names, then both "By:" lines.
    const text = fromText([unlabelled, atWill].join('\n'));
    const cells = [['LICENSOR', 'LICENSEE'], ['NORTHSTAR MEDIA LLC', 'BRIGHTLINE APPAREL, INC.'], ['By: ______________', 'By: ______________']];
    const start = text.paragraphs.length;
    const table = cells.flatMap((row, r) => row.map((t, c) => ({ index: start + r * 2 + c, text: t, table: { table: 0, row: r, cell: c } })));
    const doc: DocModel = { ...text, paragraphs: [...text.paragraphs, ...table] };
    const ctx = buildContext(doc, { scenario: 'technology-license', role: 'licensee' }).ctx;
    expect(partyRefs(ctx, 'Northstar and Brightline').map((r) => r.side)).toEqual(['A', 'B']);
    expect(terminationAtWill(ctx).map((f) => f.rule)).toEqual(['one-sided.termination-at-will']);
  });

  it('places nobody by a role heading with no signature line under it', () => {
    const headings = ['LICENSOR:', 'NORTHSTAR MEDIA LLC', 'Northstar Media LLC warrants that it owns the Licensed Marks.'];
    expect(review([unlabelled, atWill, ...headings], 'licensee')).toEqual([]);
  });

  it('never overrides the role the opening gives', () => {
    const labelled =
      'This Trademark License Agreement is made between Brightline Apparel, Inc. (the "Licensor") and Northstar Media LLC (the "Licensee").';
    const ctx = makeContext([labelled, atWill, ...signaturePage].join('\n'), { scenario: 'technology-license', role: 'licensee' });
    expect(partyRefs(ctx, 'Northstar Media LLC').map((r) => r.side)).toEqual(['B']);
  });

  it('takes a person who signs in person under a role heading for that party, surname and all', () => {
    const loose = 'This Name and Likeness License Agreement is made between Brightline Apparel, Inc. ("Licensee") and the athlete who signs below.';
    const terms = ['Mr. Delaney may terminate this Agreement at any time for any reason upon written notice to Licensee.'];
    const page = ['LICENSEE', 'BRIGHTLINE APPAREL, INC.', 'By: ______________________', 'Title: President', 'LICENSOR', 'Signature: ______________________', 'Name: Marcus Delaney'];
    expect(review([loose, ...terms, ...page], 'licensee')).toEqual(['one-sided.termination-at-will']);
    expect(review([loose, ...terms, ...page], 'licensor')).toEqual([]);
    // A signer with a title, or on a "By:" line under a company's blank, signs for a company, not in person: the surname is nobody's.
    const titled = [...page.slice(0, 6), 'Name: Marcus Delaney', 'Title: Manager'];
    expect(review([loose, ...terms, ...titled], 'licensee')).toEqual([]);
    const forCompany = [...page.slice(0, 4), 'LICENSOR', '[LICENSOR NAME]', 'By: ______________________', 'Name: Marcus Delaney'];
    expect(review([loose, ...terms, ...forCompany], 'licensee')).toEqual([]);
  });
});
