import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from './run';

describe('clausewright build', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cw-build-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const file = (name: string, content: string) => {
    const p = path.join(dir, name);
    writeFileSync(p, content);
    return p;
  };

  it('builds a preset by its id, as text by default', async () => {
    const { code, out } = await run('build', '--scenario', 'sample-testing');
    expect(code).toBe(0);
    expect(out).toMatch(/^SAMPLE EVALUATION AGREEMENT\n\nThis Sample Evaluation Agreement \(this "Agreement"\) is made on the date of the last signature below between Voltcell Energy/);
    expect(out).toContain('\n1. Definitions\n');
    expect(out).not.toMatch(/\{\{|\}\}/);
  });

  it('builds a preset for the other side with --side', async () => {
    const provider = await run('build', '--scenario', 'sample-testing');
    const evaluator = await run('build', '--scenario', 'sample-testing', '--side', 'evaluator');
    expect(evaluator.code).toBe(0);
    expect(evaluator.out).not.toMatch(/\{\{|\}\}/);
    // The evaluator's terms choose other variants than the provider's (e.g. a fallback on test data).
    expect(evaluator.out).not.toEqual(provider.out);
  });

  it('refuses a side that is not in the scenario, and --side with a questionnaire file', async () => {
    const wrong = await run('build', '--scenario', 'sample-testing', '--side', 'licensor');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('provider, evaluator');
    expect(wrong.out).toBe('');
    const withFile = await run('build', '--scenario', file('answers-side.json', '{}'), '--side', 'evaluator');
    expect(withFile.code).toBe(2);
    expect(withFile.err).toContain('ourRole');
  });

  it('builds from a questionnaire file, in markdown, with warnings on stderr', async () => {
    const answers = file(
      'deal.json',
      JSON.stringify({
        scenario: 'exclusive-partnership',
        exclusivity: { exclusive: true, months: 24 },
        territory: { countries: ['Chile'], regions: [], china: 'with-hk-macau' },
      }),
    );
    const { code, out, err } = await run('build', '--scenario', answers, '--format', 'markdown');
    expect(code).toBe(0);
    expect(out).toMatch(/^# Distribution Agreement\n/);
    expect(out).toContain('"Territory" means Mainland China, the Hong Kong Special Administrative Region and the Macau Special Administrative Region; and Chile.');
    expect(err).toContain('warning: The deal is exclusive but sets no minimum quantity');
  });

  it("never uses the preset's example parties silently", async () => {
    const preset = await run('build', '--scenario', 'technology-license');
    expect(preset.code).toBe(0);
    expect(preset.err).toMatch(/^note: the parties are the preset's examples \(.+ and .+\), not real companies\./m);
    const oneParty = file('one-party.json', JSON.stringify({ scenario: 'technology-license', parties: { us: { name: 'Harbourline Robotics Pte. Ltd.', shortName: 'Harbourline', jurisdiction: 'Singapore' } } }));
    expect((await run('build', '--scenario', oneParty)).err).toContain("the parties are the preset's examples");
    const both = file(
      'both-parties.json',
      JSON.stringify({
        scenario: 'technology-license',
        parties: {
          us: { name: 'Harbourline Robotics Pte. Ltd.', shortName: 'Harbourline', jurisdiction: 'Singapore' },
          them: { name: 'Kestrel Motion GmbH', shortName: 'Kestrel', jurisdiction: 'Germany' },
        },
      }),
    );
    const real = await run('build', '--scenario', both);
    expect(real.code).toBe(0);
    expect(real.out).toContain('Harbourline Robotics Pte. Ltd.');
    expect(real.err).not.toContain('example');
  });

  it('rejects a malformed questionnaire with exit 2, naming the field, and writes nothing', async () => {
    const answers = file('bad.json', JSON.stringify({ scenario: 'sample-testing', returnDays: 'thirty', parties: { us: { name: 'Voltcell Energy Technology Co., Ltd.', shortName: 'voltcell', jurisdiction: 'China' } } }));
    const { code, out, err } = await run('build', '--scenario', answers);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(
      `${answers}: parties.us.shortName: Give each party a short name, such as 'Voltcell': it starts with a capital letter and is at most 30 characters.\n` +
        `${answers}: returnDays: Give the number of days, from 1 to 365, within which samples and materials must be returned or destroyed after the deal ends.\n`,
    );
  });

  it('rejects a file that is not JSON, or not there, with exit 2', async () => {
    const broken = file('broken.json', '{ "scenario": "sample-testing", ');
    const notJson = await run('build', '--scenario', broken);
    expect(notJson.code).toBe(2);
    expect(notJson.out).toBe('');
    expect(notJson.err).toMatch(new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: the file is not valid JSON \\(`));
    const missing = await run('build', '--scenario', path.join(dir, 'nowhere.json'));
    expect(missing).toEqual({ code: 2, out: '', err: `${path.join(dir, 'nowhere.json')}: the file cannot be read (ENOENT).\n` });
  });

  it('says plainly what is not available or not understood', async () => {
    expect(await run('build', '--scenario', 'sample-testing', '--out', path.join(dir, 'terms.txt'))).toEqual({
      code: 2,
      out: '',
      err: `clausewright build: --out writes a .docx file ("${path.join(dir, 'terms.txt')}" is not one); text and markdown go to standard output.\n`,
    });
    expect((await run('build', '--scenario', 'sample-testing', '--format', 'pdf')).err).toBe(
      'clausewright build: --format takes text or markdown, not "pdf".\n',
    );
    expect((await run('build', '--scenario', 'distribution')).err).toBe(
      'clausewright build: "distribution" is neither a scenario id (see `clausewright scenarios`) nor a .json questionnaire file.\n',
    );
    expect((await run('build')).code).toBe(2);
  });

  describe('in Chinese or in both languages', () => {
    it('asks which text prevails before building a bilingual agreement, with what each choice means, and exits 2', async () => {
      const { code, err } = await run('build', '--scenario', 'sample-testing', '--language', 'bilingual');
      expect(code).toBe(2);
      expect(err).toContain('art. 466');
      expect(err).toContain('--prevailing en|zh|equal');
    });

    it('builds English and Chinese line by line, and refuses an unknown language', async () => {
      const { code, out } = await run('build', '--scenario', 'sample-testing', '--language', 'bilingual', '--prevailing', 'zh');
      expect(code).toBe(0);
      expect(out).toMatch(/^SAMPLE EVALUATION AGREEMENT\n样品评估协议\n/);
      expect(out).toContain('the Chinese version prevails');
      expect(out).toContain('以中文文本为准');
      expect((await run('build', '--scenario', 'sample-testing', '--language', 'fr')).code).toBe(2);
    });

    it('builds Chinese terms alone', async () => {
      const { code, out } = await run('build', '--scenario', 'pre-deal-disclosure', '--language', 'zh');
      expect(code).toBe(0);
      expect(out).toContain('本协议以中文订立');
      expect(out).not.toContain('Section ');
    });
  });
});
