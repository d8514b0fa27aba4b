import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildContext, fromText, OPT_IN_RULE_IDS, review, RULE_IDS } from '../../../src/core/review';
import { TOPIC_IDS } from '../../../src/core/topics';
import { severityRank } from '../../../src/core/findings';

const DRAFT = readFileSync(path.join(__dirname, '../../fixtures/review/sample-testing-draft.txt'), 'utf8');

describe('review', () => {
  it('lists every topic and sorts findings by severity with stable, unique ids', () => {
    const a = review(fromText(DRAFT), { role: 'provider' });
    const b = review(fromText(DRAFT), { role: 'provider' });
    expect(a.topics.map((t) => t.id)).toEqual([...TOPIC_IDS]);
    expect(a.findings.map((f) => f.id)).toEqual(b.findings.map((f) => f.id));
    expect(new Set(a.findings.map((f) => f.id)).size).toBe(a.findings.length);
    const ranks = a.findings.map((f) => severityRank(f.severity));
    expect(ranks).toEqual([...ranks].sort((x, y) => y - x));
  });

  it('detects the scenario from the title and says why', () => {
    const r = review(fromText(DRAFT));
    expect(r.scenario).toBe('sample-testing');
    expect(r.scenarioReason).toContain('SAMPLE EVALUATION AGREEMENT');
  });

  it('keeps a given scenario and explains nothing', () => {
    const r = review(fromText(DRAFT), { scenario: 'pre-deal-disclosure' });
    expect(r.scenario).toBe('pre-deal-disclosure');
    expect(r.scenarioReason).toBeUndefined();
  });

  it('detects the scenario from the text when the title is silent, in Chinese too', () => {
    const body = DRAFT.split('\n').slice(1).join('\n');
    const r = review(fromText(body), { locale: 'zh-CN' });
    expect(r.scenario).toBe('sample-testing');
    expect(r.scenarioReason).toMatch(/样品测试/);
  });

  it('says when the text speaks nearly as much for another deal, and asks', () => {
    // An evaluation with an option to take a licence: both deals are in the words.
    const text = [
      'Provider shall deliver the Samples to Acme within ten days after the Effective Date.',
      'Acme shall test the Samples only at its laboratory in Munich and shall return the Samples within thirty days after the tests.',
      'The results of the tests of the Samples belong to Provider.',
      'If Acme gives notice within sixty days after the tests, Provider shall grant Acme a licence under the Licensed Patents.',
      'The royalty under that licence is three per cent of the net sales of Licensed Products.',
    ].join('\n');
    const r = review(fromText(text));
    expect(r.scenario).toBe('sample-testing');
    expect(r.scenarioReason).toMatch(/^Read as sample testing because the text speaks of "the Samples", but it also speaks of "Licensed Patents", as a technology licence would: .*choose the kind of deal/);
    // A text that speaks for one deal only is read without doubt.
    expect(review(fromText(DRAFT.split('\n').slice(1).join('\n'))).scenarioReason).not.toMatch(/also speaks/);
  });

  it('takes the deal from the side given when nothing in the draft names it, and says so', () => {
    const text = [
      'OPERATION AND MAINTENANCE AGREEMENT',
      'This Agreement is made between Jiangsu Huaneng Power Co., Ltd. ("Owner") and Westbrook Energy Ltd. ("Operator").',
      'Operator shall operate and maintain the Plant in accordance with Good Industry Practice.',
      'Owner shall pay the Fees within thirty (30) days after receipt of each invoice.',
    ].join('\n');
    expect(review(fromText(text)).scenario).toBeNull();
    const r = review(fromText(text), { role: 'customer' });
    expect([r.scenario, r.role]).toEqual(['custom-development', 'customer']);
    expect(r.scenarioReason).toBe('Read as custom development, the kind of deal in which you are the customer: the title and the text do not name the deal.');
    // A side given against a deal the draft does name is not used to change it.
    expect(review(fromText(DRAFT), { role: 'customer' }).scenario).toBe('sample-testing');
  });

  it('reads the title the opening gives itself when no line is a title', () => {
    const text =
      'Exhibit 10.1 This Joint Development Agreement (the "Agreement") is entered into by Volta Cells Ltd. ("Volta") and Kestrel Motors Inc. ("Kestrel") as of 1 May 2024, and sets out how the parties will develop a solid-state cell together.';
    const r = review(fromText(text));
    expect(r.scenario).toBe('joint-development');
    expect(r.scenarioReason).toContain('"Joint Development Agreement"');
    // A title in capitals run into a preamble that says it again is quoted once.
    const caps = review(fromText('Exhibit 10.12 EXCLUSIVE DISTRIBUTOR AGREEMENT THIS EXCLUSIVE DISTRIBUTOR AGREEMENT (this "Agreement") is made by Volta Cells Ltd. and Kestrel Motors Inc.'));
    expect(caps.scenarioReason).toContain('the title "EXCLUSIVE DISTRIBUTOR AGREEMENT" says');
  });

  it('reads a strategic alliance as joint development, though the text speaks of a Disclosing Party', () => {
    const text = [
      'STRATEGIC ALLIANCE AGREEMENT',
      'The Parties shall integrate their heat-recovery technologies and develop a combined system for sale to customers.',
      'The Disclosing Party may require the return of its Confidential Information. The Receiving Party shall keep it secret.',
    ].join('\n');
    expect(review(fromText(text)).scenario).toBe('joint-development');
  });

  it('leaves the scenario open for a deal outside the six, and says so', () => {
    const text = 'ENDORSEMENT AGREEMENT\nThe Professional agrees to wear the Company\'s golf apparel at every tournament during the Term.';
    const r = review(fromText(text));
    expect(r.scenario).toBeNull();
    expect(r.scenarioReason).toMatch(/could not be told/);
  });

  it('does not call a term missing when another finding quotes it as vague', () => {
    const nda = [
      'CONFIDENTIALITY AGREEMENT',
      'This Agreement is made between Bluewater Growth Partners III, L.P. (the "Recipient") and Suzhou Lanxin Battery Technology Co., Ltd. (the "Company").',
      'The Recipient shall keep the Evaluation Material confidential and shall use it only for the Purpose.',
      "Upon the Company's written request, the Recipient shall return or destroy the Evaluation Material.",
    ].join('\n');
    const playbooks = { 'pre-deal-disclosure': { discloser: { required: ['return-or-destroy' as const], recommended: [] } } };
    const r = review(fromText(nda), { scenario: 'pre-deal-disclosure', role: 'discloser', playbooks });
    expect(r.findings.filter((f) => f.topic === 'return-or-destroy').map((f) => f.kind)).toEqual(['ambiguous']);
    // Without the vague clause the term is missing.
    const without = review(fromText(nda.split('\n').slice(0, 3).join('\n')), { scenario: 'pre-deal-disclosure', role: 'discloser', playbooks });
    expect(without.findings.filter((f) => f.topic === 'return-or-destroy').map((f) => f.kind)).toEqual(['missing']);
  });

  it('drops a role that is not a side of the scenario', () => {
    const { ctx } = buildContext(fromText(DRAFT), { scenario: 'sample-testing', role: 'licensor' });
    expect(ctx.role).toBeUndefined();
  });

  it('finds the parties, definitions and topics of the draft', () => {
    const { ctx } = buildContext(fromText(DRAFT));
    expect(ctx.parties.map((p) => p.shortName)).toEqual(['Provider', 'Evaluator']);
    expect(ctx.definitions.map((d) => d.term)).toEqual(expect.arrayContaining(['Samples', 'Purpose']));
    const present = TOPIC_IDS.filter((id) => ctx.topics[id].present);
    expect(present).toEqual(
      expect.arrayContaining(['confidentiality', 'purpose-limitation', 'sample-ownership', 'exclusivity', 'return-or-destroy', 'survival', 'governing-law']),
    );
    expect(present).not.toContain('no-reverse-engineering');
  });
});

describe('our side in terms we built', () => {
  const text = [
    'SAMPLE EVALUATION AGREEMENT',
    'This Sample Evaluation Agreement is made between Voltcell Energy Co., Ltd. ("Voltcell") and Nordhavn Mobility AB ("Nordhavn").',
    'Nordhavn shall use the Samples only to evaluate them for use in its battery packs.',
  ].join('\n\n');
  const built = (scenario: string, role: string) => ({
    ...fromText(text),
    properties: { ClausewrightScenario: scenario, ClausewrightRole: role },
  });

  it('is taken from the document properties when no side is given', () => {
    expect(review(built('sample-testing', 'evaluator'), { scenario: 'sample-testing' }).role).toBe('evaluator');
  });

  it('is asked of the caller once the scenario is known, when neither the reviewer nor the document gives it', () => {
    const asked: string[] = [];
    const result = review(fromText(text), { roleFor: (s) => (asked.push(s), s === 'sample-testing' ? 'provider' : undefined) });
    expect(asked).toEqual(['sample-testing']);
    expect(result.role).toBe('provider');
    expect(review(built('sample-testing', 'evaluator'), { roleFor: () => 'provider' }).role).toBe('evaluator');
  });

  it('gives way to a side the reviewer chose, and is ignored for another deal', () => {
    expect(review(built('sample-testing', 'evaluator'), { scenario: 'sample-testing', role: 'provider' }).role).toBe('provider');
    expect(review(built('pre-deal-disclosure', 'recipient'), { scenario: 'sample-testing' }).role).toBeUndefined();
    expect(review(fromText(text), { scenario: 'sample-testing' }).role).toBeUndefined();
  });
});

describe('rules switched on and off by the user and the organisation', () => {
  const text = [
    'SAMPLE EVALUATION AGREEMENT',
    'Provider shall have the right to inspect the Samples at the premises of Evaluator.',
    'This Agreement shall be governed by the laws of Singapore.',
    'Evaluator shall return all Samples and/or copies within thirty days after the end of the evaluation.',
  ].join('\n');
  const rules = (options: Parameters<typeof review>[1]) => new Set(review(fromText(text), { role: 'provider', ...options }).findings.map((f) => f.rule));
  const library = (review: { enable?: string[]; disable?: string[] }) => ({ clauses: [], review });

  it('names only rules the registry runs as opt-in', () => {
    expect(OPT_IN_RULE_IDS.length).toBeGreaterThan(0);
    for (const id of OPT_IN_RULE_IDS) expect(RULE_IDS).toContain(id);
  });

  it('leaves an opt-in rule off by default and runs it when the user or the library switches it on', () => {
    expect(rules({}).has('drafting.shall-style')).toBe(false);
    expect(rules({ enabled: ['drafting.shall-style'] }).has('drafting.shall-style')).toBe(true);
    expect(rules({ library: library({ enable: ['drafting.shall-style'] }) }).has('drafting.shall-style')).toBe(true);
  });

  it('lets the library switch a rule off, the user switch it back on, and the user\'s "off" win', () => {
    expect(rules({}).has('drafting.and-or')).toBe(true);
    expect(rules({ library: library({ disable: ['drafting.and-or'] }) }).has('drafting.and-or')).toBe(false);
    expect(rules({ library: library({ disable: ['drafting.and-or'] }), enabled: ['drafting.and-or'] }).has('drafting.and-or')).toBe(true);
    expect(rules({ library: library({ enable: ['drafting.shall-style'] }), disabled: ['drafting.shall-style'] }).has('drafting.shall-style')).toBe(false);
  });
});

describe('the topics beside the findings', () => {
  // A one-way NDA whose only improvements term is a taking by the discloser of whatever is made
  // with its information, which no word of the improvements detector names.
  const NDA = [
    'CONFIDENTIALITY AGREEMENT',
    'This Agreement is made between Helios Storage GmbH (the "Disclosing Party") and Jiangnan Cell Technology Co., Ltd. (the "Receiving Party").',
    '1. Confidential Information. "Confidential Information" means all technical and business information disclosed by the Disclosing Party to the Receiving Party.',
    '2. Ownership. All rights in anything made, conceived or developed with the use of the Confidential Information, no matter when or by whom, shall be the sole property of the Disclosing Party.',
  ].join('\n');

  it('lists a topic as present when a finding quotes the clause that deals with it', () => {
    const r = review(fromText(NDA), { scenario: 'pre-deal-disclosure', role: 'recipient' });
    const taking = r.findings.find((f) => f.kind === 'one-sided' && f.evidence.length > 0);
    expect(taking).toBeDefined();
    const topic = r.topics.find((t) => t.id === taking!.topic)!;
    expect(topic.present).toBe(true);
    expect(topic.evidence.map((e) => e.text)).toContain(taking!.evidence[0]!.text);
  });

  it('never quotes a one-sided or vague clause on a topic it lists as absent', () => {
    for (const role of ['recipient', 'discloser'] as const) {
      const r = review(fromText(`${NDA}\n3. Term. This Agreement ends on the completion of the discussions.`), { scenario: 'pre-deal-disclosure', role });
      const absent = new Set(r.topics.filter((t) => !t.present).map((t) => t.id));
      const quoting = r.findings.filter((f) => (f.kind === 'one-sided' || f.kind === 'ambiguous') && f.evidence.length > 0);
      expect(quoting.filter((f) => absent.has(f.topic))).toEqual([]);
    }
  });
});
