// A text that starts part way through an agreement: its gaps may be in the part not given, so the
// missing checks say so once instead of calling each term missing. A whole agreement, or one whose
// clauses start late but that names its parties, is checked as before.
import { missingTerms } from '../../../../src/core/review/rules/missing';
import { makeContext } from './make-context';

const playbook = { required: ['governing-law', 'dispute-resolution'] as const, recommended: [] } as never;
const run = (text: string) =>
  missingTerms(makeContext(text, { scenario: 'custom-development', role: 'customer', playbook })).map((f) => `${f.severity} ${f.message}`);
const clauses = [
  '12.3. NOTICES. Any notice under this Agreement shall be in writing and delivered by hand or by courier to the address of the other party.',
  '12.4. INTELLECTUAL PROPERTY. The Consultant acknowledges that all work product she creates for the Company is the property of the Company.',
];

describe('an excerpt of an agreement', () => {
  it('says once that the terms may be in the part not given', () => {
    expect(run(clauses.join('\n'))).toEqual(['info Missing terms not checked: this text starts at clause 12.3, part way through an agreement']);
  });
  it('still calls terms missing in a whole agreement whose numbering starts late', () => {
    // Near miss: the same clauses after an opening that names the parties.
    const whole = ['This Consulting Agreement is made between Qinlan Sports Co., Ltd. (the "Company") and Jane Harbour (the "Consultant").', ...clauses].join('\n');
    expect(run(whole).map((m) => m.split(' ')[0])).toEqual(['medium', 'medium']);
  });
});
