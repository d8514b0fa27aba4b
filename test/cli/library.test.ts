import { run } from './run';
import { TOPIC_IDS } from '../../src/core/topics';
import { FRAME_TOPIC_IDS } from '../../src/core/library';

describe('clausewright library', () => {
  it('lists every clause with its topic, version and variants', async () => {
    const { code, out } = await run('library');
    expect(code).toBe(0);
    expect(out).toMatch(/^Clausewright core clause library \d+\.\d+\.\d+: \d+ clauses, \d+ variants\n/);
    expect(out).toMatch(/\ndispute-resolution +dispute-resolution +\d+\.\d+\.\d+ +arbitration \(balanced\), arbitration-domestic \(balanced\), courts \(balanced\)\n/);
  });

  it('gives one JSON object with --json', async () => {
    const { code, out } = await run('library', '--json');
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as { version: number; library: { id: string }; clauses: { id: string; topic: string; variants: { id: string; stance: string }[] }[] };
    expect(parsed.version).toBe(1);
    expect(parsed.library.id).toBe('clausewright-core');
    expect(parsed.clauses.find((c) => c.id === 'confidentiality')?.variants).toEqual([
      { id: 'mutual', stance: 'balanced' },
      { id: 'one-way-protective', stance: 'protective' },
      { id: 'nda-preserved', stance: 'protective' },
    ]);
    // Review topics, or the frame topics every agreement carries (commercial terms, liability...).
    for (const c of parsed.clauses) expect([...TOPIC_IDS, ...FRAME_TOPIC_IDS]).toContain(c.topic);
  });

  it('takes no other option', async () => {
    expect(await run('library', '--all')).toEqual({
      code: 2,
      out: '',
      err: 'clausewright library: unknown option "--all"; the only option is --json.\n',
    });
  });
});
