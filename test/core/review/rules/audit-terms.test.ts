// An audit of us by the other side without notice, at any time, at our cost whatever it finds, or with
// no limit on how often. Medium for the first three, low for the last; quiet for the auditor, for our
// own right to audit them, and where the usual limits are all there.
import { auditTerms } from '../../../../src/core/review/rules/audit-terms';
import type { RoleId } from '../../../../src/core/scenarios';
import { loadLibraryDir } from '../../../../src/cli/library-files';
import { makeContext } from './make-context';

const OPENING = 'This Firmware Licence Agreement is made between Tellurian Microdevices Inc. (the "Licensor") and Ningbo Hexing Instruments Co., Ltd. (the "Licensee").';
const run = (term: string, role: RoleId = 'licensee') =>
  auditTerms(makeContext([OPENING, term].join('\n'), { scenario: 'technology-license', role })).map((f) => `${f.rule} ${f.severity}`);

describe('an audit of us without the usual limits', () => {
  it.each([
    'Representatives of the Licensor may enter the Licensee\'s premises and audit the Licensee\'s records and stock of Licensed Products at any time, announced or unannounced.',
    'The Licensor may audit the books and records of the Licensee without prior notice to verify the royalties reported.',
    'Not more than once in any calendar year, on thirty (30) days\' written notice, the Licensor may audit the Licensee\'s records of Net Sales, and the Licensee shall bear all costs of each such audit.',
  ])('is medium without notice or at our cost: %s', (term) => {
    expect(run(term)).toEqual(['one-sided.audit-terms medium']);
  });
  it('is low where notice is given but nothing limits how often', () => {
    expect(run('The Licensor shall have the right, on fifteen (15) days\' prior written notice, to audit the Licensee\'s compliance with this Agreement during normal business hours.')).toEqual([
      'one-sided.audit-terms low',
    ]);
  });
  it('reads no unannounced audit into one the law gives a regulator, where the other side gives notice', () => {
    const term =
      'The Licensor, and any regulator that supervises the Licensor\'s products, may audit the Licensee\'s records that concern the Licensed Products. A regulator may make an unannounced audit without notice where the law allows it. The Licensor shall give the Licensee written notice of any other audit at least 15 days before it starts.';
    expect(run(term)).toEqual(['one-sided.audit-terms low']);
  });
  it('stays quiet with notice, a yearly limit and the cost on the auditor unless it finds a shortfall', () => {
    expect(
      run(
        'Once in any twelve-month period, on thirty (30) days\' written notice, the Licensor may audit the Licensee\'s records through an independent accountant at the Licensor\'s cost; if the audit shows an underpayment of more than five percent (5%), the Licensee shall reimburse the reasonable cost of that audit.',
      ),
    ).toEqual([]);
  });
  it('reads notice and cost only in the sentences that name the audit, not a cost of another duty beside it', () => {
    expect(
      run(
        'Once in each calendar year, on thirty (30) days\' written notice, the Licensor may audit the Licensee\'s records of Net Sales. The Licensee shall bear all costs of labelling the Licensed Products.',
      ),
    ).toEqual([]);
    expect(
      run(
        'Not more than once a year, during business hours, the Licensor may audit the Licensee\'s royalty records. The Licensee may change its product labels at any time.',
      ),
    ).toEqual([]);
  });
  it('stays quiet on a quality inspection of our plant and products, which is no audit of our records', () => {
    expect(run('The Licensor may inspect the Licensee\'s manufacturing plant and samples of the Licensed Products at any time to check their quality.')).toEqual([]);
  });
  it('stays quiet for our own right to audit them, and for the licensor', () => {
    expect(run('The Licensee may audit the Licensor\'s records of the support hours it invoices at any time without notice.')).toEqual([]);
    expect(run('The Licensor may audit the books and records of the Licensee without prior notice to verify the royalties reported.', 'licensor')).toEqual([]);
  });
  it('offers the library\'s audit clause with notice, a yearly limit and the cost on the auditor', () => {
    const loaded = loadLibraryDir();
    if (!loaded.ok) throw new Error('the built-in clause library does not load');
    const term = 'The Licensor may audit the books and records of the Licensee without prior notice to verify the royalties reported.';
    const [f] = auditTerms(makeContext([OPENING, term].join('\n'), { scenario: 'technology-license', role: 'licensee', library: loaded.library }));
    expect(f?.fix).toEqual({ clause: 'royalties', variant: 'audit-limits' });
  });
});
