import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from './run';
import { TOPIC_IDS } from '../../src/core/topics';

const DRAFT = path.join(__dirname, '../fixtures/review/sample-testing-draft.txt');

/** The opening and first clause of a cross-licence among five companies, none placed on a side by role. */
const FIVE_PARTIES = [
  'PATENT CROSS-LICENSE AGREEMENT',
  'This Patent Cross-License Agreement is made among Aurora Semiconductor Ltd. ("Aurora"), Baltic Photonics AB ("Baltic"), Cedar Microsystems, Inc. ("Cedar"), Delta Optoelectronics GmbH ("Delta") and Qiming Robotics Co., Ltd. ("Qiming").',
  '1. Licence. Each Party hereby grants to each other Party a non-exclusive, worldwide licence under its Licensed Patents to make, use and sell Licensed Products.',
];

describe('clausewright review', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cw-review-'));
  const junk = path.join(dir, 'junk.txt');
  writeFileSync(junk, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0x14, 0xff, 0xfe]));
  const pdf = path.join(dir, 'draft.pdf');
  writeFileSync(pdf, '%PDF-1.7');

  it('prints one JSON line per file with every topic, and an error line for a file it cannot read', async () => {
    const { code, out } = await run('review', DRAFT, path.join(dir, 'missing.txt'), junk, '--json', '--side', 'provider');
    type Line = { version: number; file: string; scenario?: string; topics: { id: string }[]; findings: unknown[]; error?: string };
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as Line);
    expect(lines).toHaveLength(3);
    const [ok, missing, binary] = lines as [Line, Line, Line];
    expect(ok).toMatchObject({ version: 2, file: DRAFT, scenario: 'sample-testing' });
    expect(ok.topics.map((t) => t.id)).toEqual([...TOPIC_IDS]);
    // Version 2 lists liability after the 24 topics of version 1.
    expect(ok.topics.map((t) => t.id).slice(-2)).toEqual(['export-control', 'liability']);
    expect(Array.isArray(ok.findings)).toBe(true);
    expect(missing).toEqual({ version: 2, file: path.join(dir, 'missing.txt'), error: 'cannot read the file (ENOENT)' });
    expect(binary.error).toMatch(/not text/);
    expect(code).toBe(2);
  });

  it('exits 1 when a finding reaches --fail-on and 0 when none does', async () => {
    const strict = await run('review', DRAFT, '--scenario', 'sample-testing', '--side', 'provider', '--json', '--fail-on', 'info');
    const findings = (JSON.parse(strict.out) as { findings: unknown[] }).findings;
    // The draft has no ban on reverse engineering, which the provider's playbook requires.
    expect(findings.length).toBeGreaterThan(0);
    expect(strict.code).toBe(1);
    const lax = await run('review', DRAFT, '--scenario', 'sample-testing', '--side', 'provider', '--json');
    expect(lax.code).toBe(0);
  });

  it('without a side, reports the deal and topics, checks nothing side-dependent, names the sides and exits 2', async () => {
    const json = await run('review', DRAFT, '--json', '--fail-on', 'high');
    expect(json.code).toBe(2);
    const line = JSON.parse(json.out) as { scenario: string; topics: unknown[]; sides: string[]; error: string; findings: { kind: string }[] };
    expect(line.scenario).toBe('sample-testing');
    expect(line.topics).toHaveLength(25);
    expect(line.sides).toEqual(['provider', 'evaluator']);
    expect(line.error).toContain('--side, one of: provider, evaluator');
    expect(line.findings.filter((f) => f.kind === 'missing' || f.kind === 'one-sided')).toEqual([]);
    const human = await run('review', DRAFT);
    expect(human.code).toBe(2);
    expect(human.out).toContain('does not say which side is ours');
    expect(human.out).not.toContain('No findings');
  });

  it('names each finding\'s kind and fixing clause in words a lawyer reads, and keeps the ids in the JSON', async () => {
    const human = await run('review', DRAFT, '--scenario', 'sample-testing', '--side', 'provider');
    expect(human.out).toMatch(/^ {2}- \[(?:missing|unclear|one-sided|drafting)\] /m);
    expect(human.out).toMatch(/Fix: our clause “[A-Z][^”]+” \([A-Z][a-z]/);
    expect(human.out).not.toMatch(/Fix: clause [a-z-]+, variant/);
    const json = await run('review', DRAFT, '--scenario', 'sample-testing', '--side', 'provider', '--json');
    const line = JSON.parse(json.out) as { findings: { fix?: { clause: string; variant: string } }[] };
    expect(line.findings.some((f) => f.fix && /^[a-z-]+$/.test(f.fix.clause))).toBe(true);
  });

  it('switches rules off by id with --disable, and refuses an unknown rule', async () => {
    const all = await run('review', DRAFT, '--side', 'provider', '--json');
    const rules = (JSON.parse(all.out) as { findings: { rule: string }[] }).findings.map((f) => f.rule);
    expect(rules).toContain('missing');
    const off = await run('review', DRAFT, '--side', 'provider', '--json', '--disable', 'missing,drafting.shall');
    const left = (JSON.parse(off.out) as { findings: { rule: string }[] }).findings.map((f) => f.rule);
    expect(left).not.toContain('missing');
    expect(left).not.toContain('drafting.shall');
    expect(left.length).toBeGreaterThan(0);
    const bad = await run('review', DRAFT, '--side', 'provider', '--disable', 'no-such-rule');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('unknown rule "no-such-rule"');
  });

  it('takes where our company is established with --established, and refuses a code it does not know', async () => {
    expect((await run('review', DRAFT, '--side', 'provider', '--json', '--established', 'de')).code).not.toBe(2);
    const bad = await run('review', DRAFT, '--side', 'provider', '--established', 'Germany');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('unknown country code "GERMANY"');
  });

  it('takes our company\'s name with --our-party, so among five parties a grant-back to the others is ours to refuse', async () => {
    const five = path.join(dir, 'cross-licence.txt');
    writeFileSync(
      five,
      [
        ...FIVE_PARTIES,
        '2. Improvements. Qiming hereby grants to Aurora, Baltic, Cedar and Delta a perpetual, irrevocable, royalty-free licence under all improvements and translations of the Licensed Software made by Qiming.',
      ].join('\n'),
    );
    type Line = { findings: { rule: string }[]; parties?: { ours?: string } };
    const args = ['review', five, '--scenario', 'technology-license', '--side', 'licensee', '--json'];
    const named = JSON.parse((await run(...args, '--our-party', 'Qiming Robotics')).out) as Line;
    expect(named.findings.map((f) => f.rule)).toContain('one-sided.licence-back');
    expect(named.parties?.ours).toContain('Qiming Robotics');
    const unnamed = JSON.parse((await run(...args)).out) as Line;
    expect(unnamed.findings.map((f) => f.rule)).not.toContain('one-sided.licence-back');
    expect((await run('review', five, '--side', 'licensee', '--our-party')).code).toBe(2);
  });

  it('among five parties it cannot place, prints one hint on stderr to name ours with --our-party, in English or Chinese; none with --our-party, --json or two parties', async () => {
    const five = path.join(dir, 'cross-licence-hint.txt');
    writeFileSync(
      five,
      [
        ...FIVE_PARTIES,
        '2. Term. This Agreement lasts until the last of the Licensed Patents expires.',
      ].join('\n'),
    );
    const args = ['review', five, '--scenario', 'technology-license', '--side', 'licensee'];
    const hints = (err: string) => err.split('\n').filter((l) => l.includes('--our-party'));
    const human = await run(...args);
    expect(hints(human.err)).toEqual([`${five}: the draft names 5 parties the review could not place on our side or theirs; give our company's name as the draft writes it with --our-party NAME.`]);
    expect(human.out).not.toContain('--our-party');
    expect(hints((await run(...args, '--locale', 'zh-CN')).err)).toEqual([`${five}：合同所列当事方中有 5 个无法确定属于我方还是对方；请用 --our-party 名称 给出合同中我方公司的名称。`]);
    expect(hints((await run(...args, '--our-party', 'Qiming Robotics')).err)).toEqual([]);
    const json = await run(...args, '--json');
    expect(hints(json.err)).toEqual([]);
    expect(json.out).not.toContain('--our-party');
    const two = path.join(dir, 'two-party-licence.txt');
    writeFileSync(two, ['PATENT LICENSE AGREEMENT', 'This Patent License Agreement is made between Aurora Semiconductor Ltd. ("Aurora") and Qiming Robotics Co., Ltd. ("Qiming").', '1. Licence. Aurora grants to Qiming a non-exclusive licence under its Licensed Patents to make and sell Licensed Products.'].join('\n'));
    expect(hints((await run('review', two, '--scenario', 'technology-license', '--side', 'licensee')).err)).toEqual([]);
  });

  it('switches an opt-in rule on with --enable', async () => {
    const rulesOf = (out: string) => (JSON.parse(out) as { findings: { rule: string }[] }).findings.map((f) => f.rule);
    expect(rulesOf((await run('review', DRAFT, '--side', 'provider', '--json')).out)).not.toContain('drafting.shall-style');
    expect(rulesOf((await run('review', DRAFT, '--side', 'provider', '--json', '--enable', 'drafting.shall-style')).out)).toContain('drafting.shall-style');
  });

  it('gives each finding the section label of its quote, in the JSON line too', async () => {
    const { out } = await run('review', DRAFT, '--side', 'provider', '--json');
    const findings = (JSON.parse(out) as { findings: { section?: string; evidence: unknown[] }[] }).findings;
    const quoted = findings.filter((f) => f.evidence.length > 0);
    expect(quoted.length).toBeGreaterThan(0);
    expect(quoted.filter((f) => f.section).length).toBeGreaterThan(0);
    for (const f of quoted) if (f.section) expect(f.section).toMatch(/^\d+(?:\.\d+)*$|^[A-Za-z0-9().]+$/);
  });

  it('gives each finding against a playbook position that position, in the JSON line and the human report', async () => {
    const { out } = await run('review', DRAFT, '--side', 'provider', '--json');
    const findings = (JSON.parse(out) as { findings: { rule: string; position?: { topic: string; want: string; acceptable: string } }[] }).findings;
    const placed = findings.filter((f) => f.position);
    expect(placed.length).toBeGreaterThan(0);
    for (const f of placed) expect(f.position!.want.length).toBeGreaterThan(0);
    const human = (await run('review', DRAFT, '--side', 'provider')).out;
    expect(human).toContain(`Our position: ${placed[0]!.position!.want} Acceptable: ${placed[0]!.position!.acceptable}`);
  });

  it('prints a human report with the scenario, its reason and the topics dealt with', async () => {
    const { code, out } = await run('review', DRAFT, '--side', 'provider');
    expect(code).toBe(0);
    expect(out).toContain('Scenario: sample testing');
    expect(out).toContain('the title "SAMPLE EVALUATION AGREEMENT"');
    expect(out).toMatch(/Topics dealt with: \d+ of 25/);
    // Which party the review took for ours, for the reader to check against the side given.
    expect(out).toContain('Read as: you are Shenzhen Anode Materials Co., Ltd. (Provider); the other side is Rheinland Motors GmbH (Evaluator)');
  });

  it('says when the side given is not a side of the detected scenario', async () => {
    const { out } = await run('review', DRAFT, '--side', 'licensor');
    expect(out).toContain('"licensor" is not a side in sample testing');
  });

  it('refuses formats it cannot read yet, and bad options, with exit code 2', async () => {
    expect((await run('review', pdf)).code).toBe(2);
    const noFile = await run('review', '--json');
    expect(noFile.code).toBe(2);
    expect(noFile.err).toContain('give at least one file');
    const badScenario = await run('review', DRAFT, '--scenario', 'merger');
    expect(badScenario.code).toBe(2);
    expect(badScenario.err).toContain('sample-testing');
    expect((await run('review', DRAFT, '--scenario', 'sample-testing', '--side', 'licensor')).code).toBe(2);
    expect((await run('review', DRAFT, '--fail-on', 'critical')).code).toBe(2);
  });
});
