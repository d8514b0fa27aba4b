import { run } from './run';

describe('clausewright scenarios', () => {
  it('lists the presets with their ids and our roles in plain words', async () => {
    const { code, out } = await run('scenarios');
    expect(code).toBe(0);
    expect(out).toContain('sample-testing  Sample testing and evaluation\n');
    expect(out).toContain('  --side evaluator: We test their samples\n');
    expect(out.trimEnd().split('\n').pop()).toBe('Build a preset with: clausewright build --scenario ID');
  });

  it('gives ids, titles, roles and playbooks with --json', async () => {
    const { out } = await run('scenarios', '--json');
    const parsed = JSON.parse(out) as { scenarios: { id: string; roles: { id: string }[]; playbook: Record<string, { required: string[] }> }[] };
    expect(parsed.scenarios.map((s) => s.id)).toEqual([
      'sample-testing',
      'joint-development',
      'exclusive-partnership',
      'technology-license',
      'custom-development',
      'pre-deal-disclosure',
    ]);
    expect(parsed.scenarios[0]?.playbook.provider?.required).toEqual([
      'confidentiality', 'purpose-limitation', 'no-reverse-engineering', 'sample-ownership', 'test-data', 'feedback', 'return-or-destroy',
      'no-implied-license', 'residuals', 'improvements', 'survival', 'governing-law', 'dispute-resolution', 'export-control',
    ]);
  });
});
