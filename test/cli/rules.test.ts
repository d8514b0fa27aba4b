import { RULE_IDS } from '../../src/core/review';
import { run } from './run';

describe('clausewright rules', () => {
  it('lists every finding rule with its kind, topic, weight and whether it runs by default', async () => {
    const { code, out } = await run('rules');
    expect(code).toBe(0);
    expect(out).toContain('one-sided.residuals  A residuals clause: they may use what their people remember\n  one-sided · residual knowledge · High · on\n');
    expect(out).toContain('drafting.shall-style  "Shall" where no party\'s duty is meant (style; off by default)\n  drafting · topic of its clause · Low · off by default\n');
    expect(out).toContain('missing  A term our side needs for this deal is missing (per the playbook)\n  missing · topic of the missing term · High · on\n');
  });

  it('gives the same as JSON: every id --disable and --enable accept, once', async () => {
    const { out } = await run('rules', '--json');
    const { rules } = JSON.parse(out) as { rules: { id: string; kind: string; severity: string; default: string; title: string }[] };
    expect(rules.map((r) => r.id)).toEqual([...RULE_IDS]);
    expect(rules.filter((r) => r.default === 'off').map((r) => r.id)).toEqual(['drafting.shall-style']);
    for (const r of rules) expect(r.id === r.kind || r.id.startsWith(`${r.kind}.`)).toBe(true);
  });
});
