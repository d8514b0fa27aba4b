import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { loadLibraryDir } from '../../src/cli/library-files';
import { run } from './run';

const PUBLISHED = path.join(__dirname, '../../schema/answers.schema.json');

describe('clausewright schema answers', () => {
  const library = loadLibraryDir();
  if (!library.ok) throw new Error('the clause library does not load');

  async function schema(): Promise<Record<string, unknown>> {
    const { code, out } = await run('schema', 'answers');
    expect(code).toBe(0);
    return JSON.parse(out) as Record<string, unknown>;
  }

  it('accepts every scenario preset as a questionnaire file', async () => {
    const validate = new Ajv2020({ allErrors: true, formats: { email: /^[^\s@]+@[^\s@]+$/ } }).compile(await schema());
    for (const s of library.library.scenarios) {
      const ok = validate({ ...s.defaults, scenario: s.id });
      expect({ scenario: s.id, errors: validate.errors ?? null, ok }).toEqual({ scenario: s.id, errors: null, ok: true });
    }
    // Only the scenario is required: the preset fills in the rest.
    expect(validate({ scenario: 'technology-license' })).toBe(true);
  });

  it('rejects a malformed file, naming what is wrong', async () => {
    const validate = new Ajv2020({ allErrors: true, formats: { email: /^[^\s@]+@[^\s@]+$/ } }).compile(await schema());
    const bad = {
      scenario: 'distribution',
      returnDays: 'thirty days',
      parties: { us: { name: 'Voltcell Energy Technology Co., Ltd.', shortName: 'voltcell', jurisdiction: 'China' } },
      governingLaw: 'mars',
      effortsStandard: 'best',
    };
    expect(validate(bad)).toBe(false);
    const where = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`).sort();
    expect(where).toEqual([
      ' additionalProperties',
      '/governingLaw enum',
      '/parties/us/shortName pattern',
      '/returnDays type',
      '/scenario enum',
    ]);
  });

  it('is published in schema/ as the command prints it', async () => {
    expect(JSON.parse(readFileSync(PUBLISHED, 'utf8'))).toEqual(await schema());
  });

  it('refuses a schema it does not know', async () => {
    const { code, err } = await run('schema', 'playbook');
    expect(code).toBe(2);
    expect(err).toBe('clausewright schema: unknown schema "playbook"; the only one is: answers\n');
  });
});
