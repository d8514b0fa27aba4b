// A change of our control that ends our licence, lets the licensor end it, or keeps it only with the
// licensor's consent. Raised for the licensee; quiet where only the licensor's control is meant and
// for the licensor.
import { controlEndsLicence, DEEMED } from '../../../../src/core/review/rules/control-ends-licence';
import type { RoleId } from '../../../../src/core/scenarios';
import { loadLibraryDir } from '../../../../src/cli/library-files';
import { makeContext } from './make-context';

const OPENING = 'This Know-How Licence Agreement is made between Corvane Photonics Inc. (the "Licensor") and Suzhou Lingxi Display Co., Ltd. (the "Licensee").';
const run = (term: string, role: RoleId = 'licensee') =>
  controlEndsLicence(makeContext([OPENING, term].join('\n'), { scenario: 'technology-license', role })).map((f) => `${f.rule} ${f.severity}`);
const FIRES = ['one-sided.control-ends-licence medium'];

describe('a change of our control that costs our licence', () => {
  it.each([
    'If the Licensee undergoes a change of control, the Licensor may terminate this Agreement by written notice with immediate effect.',
    'Upon a Change of Control of the Licensee, the licences granted under Clause 2 shall automatically terminate.',
    'Following a change in control of either Party, the continued licence rights of that Party are subject to the written consent of the other Party.',
  ])('fires for the licensee: %s', (term) => {
    expect(run(term)).toEqual(FIRES);
  });
  it('fires on the Chinese wording', () => {
    const zh = ['技术许可合同', '许可方：科瑞光电有限公司', '被许可方：苏州灵犀显示有限公司', '第八条 被许可方发生控制权变更的，许可方有权以书面通知立即终止本合同。'].join('\n');
    expect(controlEndsLicence(makeContext(zh, { scenario: 'technology-license', role: 'licensee' })).map((f) => f.rule)).toEqual(['one-sided.control-ends-licence']);
  });
  it('stays quiet where only the licensor changes hands, or nothing ends', () => {
    expect(run('If the Licensor undergoes a change of control, the Licensee may terminate this Agreement by written notice.')).toEqual([]);
    expect(run('The Licensee shall notify the Licensor in writing within thirty (30) days after any change of control of the Licensee.')).toEqual([]);
    const zh = ['技术许可合同', '许可方：科瑞光电有限公司', '被许可方：苏州灵犀显示有限公司', '第八条 许可方发生控制权变更的，被许可方有权终止本合同。'].join('\n');
    expect(controlEndsLicence(makeContext(zh, { scenario: 'technology-license', role: 'licensee' }))).toEqual([]);
  });
  it('stays quiet where the licence ends for another cause and a change of control only limits that right', () => {
    expect(
      run(
        'The Licensor may terminate this Agreement on written notice if the Licensee sells any competing product in the Territory, whether directly or through an Affiliate, a distributor or any other third party acting on its behalf; provided that where the sale is made solely by a business that the Licensee acquires in a change of control, the Licensor shall not have that right.',
      ),
    ).toEqual([]);
  });
  it('stays quiet where the change of our control only lets us end the licence', () => {
    expect(run('If the Licensee undergoes a change of control, the Licensee may terminate this Agreement by written notice.')).toEqual([]);
    const zh = ['技术许可合同', '许可方：科瑞光电有限公司', '被许可方：苏州灵犀显示有限公司', '第八条 被许可方发生控制权变更的，被许可方有权终止本合同。'].join('\n');
    expect(controlEndsLicence(makeContext(zh, { scenario: 'technology-license', role: 'licensee' }))).toEqual([]);
  });
  it('offers the termination clause that ends the licence only for cause', () => {
    const loaded = loadLibraryDir();
    if (!loaded.ok) throw new Error('the built-in clause library does not load');
    const term = 'Upon a Change of Control of the Licensee, the licences granted under Clause 2 shall automatically terminate.';
    const [f] = controlEndsLicence(makeContext([OPENING, term].join('\n'), { scenario: 'technology-license', role: 'licensee', library: loaded.library }));
    expect(f?.fix).toMatchObject({ clause: 'termination', variant: 'for-cause-sell-off' });
  });
  it('stays quiet for the licensor', () => {
    expect(run('If the Licensee undergoes a change of control, the Licensor may terminate this Agreement by written notice with immediate effect.', 'licensor')).toEqual([]);
  });
});

describe('the reading of "is deemed an assignment"', () => {
  it('reads the usual wordings', () => {
    for (const s of ['is deemed to be an assignment', 'shall be treated as a transfer', 'constitutes an assignment', 'is considered an assignment']) expect(DEEMED.test(s)).toBe(true);
    expect(DEEMED.test('is not an assignment')).toBe(false);
  });
  it('stays linear on a long run of spaces after "is"', () => {
    const text = `is${' '.repeat(40_000)}x`;
    const start = Date.now();
    DEEMED.test(text);
    expect(Date.now() - start).toBeLessThan(200);
  });
});
