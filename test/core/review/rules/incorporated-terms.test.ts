// A cover page, order form or statement of work that makes the agreement with terms kept elsewhere:
// the missing checks say once that those terms are not in this file, instead of calling each term
// missing. A text that holds its terms, or only attaches schedules, is checked as before.
import { missingTerms } from '../../../../src/core/review/rules/missing';
import { makeContext } from './make-context';

const playbook = { required: ['confidentiality', 'governing-law', 'dispute-resolution'] as const, recommended: [] } as never;
const run = (text: string) =>
  missingTerms(makeContext(text, { scenario: 'pre-deal-disclosure', role: 'discloser', playbook })).map((f) => `${f.severity} ${f.message}`);
const fields = ['Purpose: assessing a possible joint offering of battery management software.', 'Effective Date: 1 March 2027.', 'Term: two years from the Effective Date.'];
const ELSEWHERE = 'info Missing terms not checked: this text incorporates terms that are not in this file';

describe('terms incorporated from elsewhere', () => {
  it('says once that a cover page incorporating published standard terms has them elsewhere', () => {
    const cover = ['This Agreement consists of this Cover Page and the Standard Terms, Version 2.0, posted at example.org/terms/nda.', ...fields].join('\n');
    expect(run(cover)).toEqual([ELSEWHERE]);
  });
  it('reads terms incorporated "by this reference"', () => {
    const cover = ['By signing this Order Form, the parties enter into an agreement that incorporates the General Terms (Version 3) by this reference.', ...fields].join('\n');
    expect(run(cover)).toEqual([ELSEWHERE]);
  });
  it('reads a statement of work under a master agreement', () => {
    const sow = ['This Statement of Work No. 4 incorporates the Master Services Agreement dated 2 May 2026 between Hexa Robotics Ltd and Lumen Data Inc.', ...fields].join('\n');
    expect(run(sow)).toEqual([ELSEWHERE]);
  });
  it('still calls terms missing where the terms are attached to the text', () => {
    // Near miss: the standard terms travel with the cover page, so they are in the file.
    const cover = ['This Agreement consists of this Cover Page and the Standard Terms attached as Exhibit A, also posted at example.org/terms/nda.', ...fields].join('\n');
    expect(run(cover).map((m) => m.split(' ')[0])).toEqual(['high', 'medium', 'medium']);
  });
  it('still calls terms missing where only schedules are incorporated by reference', () => {
    // Near miss: a short agreement that makes its own schedules part of it.
    const nda = ['This Agreement incorporates the Schedules by this reference.', ...fields].join('\n');
    expect(run(nda).map((m) => m.split(' ')[0])).toEqual(['high', 'medium', 'medium']);
  });
  it('still calls terms missing in a long text that prints the terms after its cover page', () => {
    // Near miss: the same opening, then thousands of words of terms.
    const long = ['This Agreement consists of this Cover Page and the Standard Terms posted at example.org/terms/nda.', ...fields, ...Array.from({ length: 80 }, (_, i) => `${i + 1}. The Recipient will keep the schedules, drawings and test reports of the Discloser in a locked place.`)].join('\n');
    expect(run(long)).not.toContain(ELSEWHERE);
  });
});
