import { plan, presetAnswers, render, resolveAnswers, toMarkdown, toText, type Answers } from '../../../src/core/agreement';
import { disclosureFirstAnswers, EMPTY_READINESS, gate, withDealFacts, type DealFacts, type Readiness } from '../../../src/core/prepare';
import { fromText, review, type Playbooks } from '../../../src/core/review';
import { realLibrary } from '../agreement/real-library';
import { CELLS, DRAWINGS } from './support';

const library = realLibrary();
const playbooks: Playbooks = Object.fromEntries(library.scenarios.map((s) => [s.id, s.playbook as Playbooks[typeof s.id]]));

const readiness = (patch: Partial<Readiness>): Readiness => ({ ...EMPTY_READINESS, market: 'Norway', productLine: 'marine LFP battery modules', ...patch });

function build(answers: Answers) {
  const resolved = resolveAnswers(library, answers);
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.issues));
  const p = plan(library, resolved.answers);
  return { plan: p, terms: render(library, p, resolved.answers), variants: Object.fromEntries(p.clauses.map((c) => [c.clause.id, c.variant.id])) };
}

/** The sample-testing deal the user was about to build, as a provider. */
const sampleDeal = presetAnswers(library, 'sample-testing', 'provider');

describe('what the built terms include after the gate', () => {
  it('samples already sent, nothing signed: the gate recommends disclosure terms that bring the earlier disclosures and the record in', () => {
    const facts: DealFacts = { readiness: readiness({ sent: ['samples', 'information'], underway: ['testing'], signed: 'nothing' }), disclosures: [DRAWINGS, CELLS] };
    expect(gate('sample-testing', facts.readiness).status).toBe('disclosure-first');
    const answers = disclosureFirstAnswers(library, sampleDeal, facts);
    expect(answers).toMatchObject({ scenario: 'pre-deal-disclosure', ourRole: 'discloser', priorDisclosure: true, parties: sampleDeal.parties, purpose: sampleDeal.purpose });
    const { terms, variants } = build(answers);
    expect(variants['disclosure-procedure']).toBe('marked-with-prior');
    expect(variants['disclosure-record']).toBe('prior-recorded');
    const text = toText(terms);
    expect(text).toContain('whether or not it was marked or identified as confidential when disclosed');
    expect(text).toMatch(/Each item that the Disclosure Record lists with a date before the Effective Date, and any other information, samples or materials that Voltcell disclosed or provided to Nordhavn/);
    expect(text).not.toContain('Each Party shall disclose technical information only after the Effective Date');
    expect(terms.definitions.map((d) => d.term)).toContain('Disclosure Record');

    // The record is the schedule, by date: the cells shipped first, then the drawings with their fingerprint.
    expect(terms.schedules).toHaveLength(1);
    const [schedule] = terms.schedules ?? [];
    expect(schedule?.title).toBe('Schedule 1: Disclosure Record');
    expect(schedule?.intro[0]).toMatch(/^Each item that Voltcell has disclosed or provided/);
    expect(schedule?.rows.map((r) => [r[0], r[1], r[2], r[3], r[7], r[8]])).toEqual([
      ['1', CELLS.item, 'Batch of samples', 'Restricted', '2026-10-20', ''],
      ['2', DRAWINGS.item, 'File', 'Confidential', '2026-11-02', DRAWINGS.sha256],
    ]);
    expect(toMarkdown(terms)).toContain(`| 2 | ${DRAWINGS.item} | File | Confidential |`);
  });

  it('the disclosure terms with the earlier disclosures pass our own review with no high or medium finding', () => {
    const facts: DealFacts = { readiness: readiness({ sent: ['samples'], signed: 'nothing' }), disclosures: [DRAWINGS, CELLS] };
    const answers = disclosureFirstAnswers(library, sampleDeal, facts);
    const { terms } = build(answers);
    const result = review(fromText(toText(terms)), { scenario: 'pre-deal-disclosure', role: 'discloser', library, playbooks });
    const serious = result.findings.filter((f) => f.severity === 'high' || f.severity === 'medium').map((f) => `${f.rule}: ${f.message} | ${f.evidence[0]?.text ?? ''}`);
    expect(serious).toEqual([]);
  });

  it('something sent but not yet recorded: the terms still bring it in, and let us list it within 30 days', () => {
    const answers = disclosureFirstAnswers(library, sampleDeal, { readiness: readiness({ sent: ['information'], signed: 'nothing' }), disclosures: [] });
    const { terms, variants } = build(answers);
    expect(variants['disclosure-record']).toBe('prior-unrecorded');
    expect(terms.schedules).toBeUndefined();
    expect(toText(terms)).toContain('Within 30 days after the Effective Date, Voltcell may give Nordhavn a written list');
  });

  it('nothing sent before signing, with a record of what will be sent: the record clause and schedule, and the usual disclosure procedure', () => {
    const answers = withDealFacts(sampleDeal, { readiness: readiness({ signed: 'nda', underway: ['testing'] }), disclosures: [DRAWINGS] });
    expect(gate('sample-testing', { sent: [], signed: 'nda' }).status).toBe('open');
    const { terms, variants } = build(answers);
    expect(variants['disclosure-record']).toBe('recorded');
    // The samples schedule comes first, as the arrangement names it first; the record follows it.
    expect(terms.schedules?.map((s) => s.title)).toEqual(['Schedule 1: Samples and Test Plan', 'Schedule 2: Disclosure Record']);
    expect(terms.schedules?.[1]?.rows).toHaveLength(1);
    expect(toText(terms)).not.toContain('before the Effective Date is Confidential Information as if disclosed after it, whether or not');
  });

  it('nothing sent and no record: no record clause and no schedule, as before', () => {
    const { terms, variants } = build(withDealFacts(sampleDeal, { readiness: readiness({ signed: 'nda' }), disclosures: [] }));
    expect(variants['disclosure-record']).toBeUndefined();
    expect(terms.schedules?.map((s) => s.id)).toEqual(['samples-and-tests']);
  });

  it('a firm posture keeps the protective disclosure procedure, which already reaches back before signing', () => {
    const answers = disclosureFirstAnswers(library, { ...sampleDeal, posture: 'firm' }, { readiness: readiness({ sent: ['samples'], signed: 'nothing' }), disclosures: [CELLS] });
    const { variants } = build(answers);
    expect(variants['disclosure-procedure']).toBe('discloser-protective');
    expect(variants['disclosure-record']).toBe('prior-recorded');
  });

  it('when we receive, our record of what we sent is not put into their terms', () => {
    const evaluator = presetAnswers(library, 'sample-testing', 'evaluator');
    expect(withDealFacts(evaluator, { readiness: readiness({ sent: ['samples'] }), disclosures: [CELLS] })).toBe(evaluator);
    expect(disclosureFirstAnswers(library, evaluator, { readiness: readiness({ sent: ['samples'] }), disclosures: [CELLS] }).ourRole).toBe('recipient');
  });

  it('a record item without its fingerprint, or a batch with one, is refused with the field named', () => {
    const { sha256: _, ...noHash } = DRAWINGS;
    const result = resolveAnswers(library, { ...sampleDeal, disclosures: [noHash, { ...CELLS, sha256: DRAWINGS.sha256 }, { ...CELLS, date: '20.10.2026' }, { ...CELLS, date: '2026-02-30' }] });
    expect(result.ok).toBe(false);
    expect(!result.ok && 'issues' in result && result.issues.map((i) => `${i.field} ${i.key}`)).toEqual([
      'disclosures[0].sha256 build.q.disclosure.sha256Needed',
      'disclosures[1].sha256 build.q.disclosure.sha256Batch',
      'disclosures[2].date build.q.disclosure.date',
      'disclosures[3].date build.q.disclosure.date',
    ]);
  });
});
