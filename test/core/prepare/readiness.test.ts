import { assess, EMPTY_READINESS, gate, type Readiness } from '../../../src/core/prepare';
import { t } from '../../../src/core/i18n';

const r = (patch: Partial<Readiness>): Readiness => ({ ...EMPTY_READINESS, market: 'Norway', productLine: 'marine LFP battery modules', ipOrganised: 'yes', ...patch });
const keys = (advice: { key: string }[]) => advice.map((a) => a.key);

describe('the readiness check: which agreement first, what it covers, what is at risk, what to collect', () => {
  it('nothing sent, nothing under way, nothing signed: pre-deal disclosure terms before anything is sent', () => {
    const a = assess(r({ signed: 'nothing' }));
    expect(a.first).toBe('pre-deal-disclosure');
    expect(keys(a.why)).toEqual(['prepare.first.ndaBeforeSending']);
    expect(a.then).toEqual([]);
    expect(a.cover).toEqual(['confidentiality', 'purpose-limitation', 'no-reverse-engineering', 'no-implied-license', 'return-or-destroy', 'disclosure-record']);
    expect(a.priorDisclosure).toBe(false);
    expect(a.risks).toEqual([]);
    expect(a.collect).toEqual([]);
  });

  it('samples already shipped and tests running with nothing signed: disclosure terms now, covering what was sent, then sample terms', () => {
    const a = assess(r({ sent: ['information', 'samples'], underway: ['samples', 'testing'], signed: 'nothing' }));
    expect(a.first).toBe('pre-deal-disclosure');
    expect(keys(a.why)).toEqual(['prepare.first.ndaNowPrior']);
    expect(a.then).toEqual(['sample-testing']);
    expect(a.cover).toContain('prior-disclosures');
    expect(a.cover).toContain('sample-ownership');
    expect(a.priorDisclosure).toBe(true);
    expect(keys(a.risks)).toEqual(['prepare.risk.informationSent', 'prepare.risk.samplesSent', 'prepare.risk.testing']);
    expect(keys(a.collect)).toEqual(['prepare.collect.what', 'prepare.collect.when', 'prepare.collect.whom', 'prepare.collect.samples', 'prepare.collect.record']);
  });

  it('an unanswered "what is signed" is treated as nothing signed: the boundary comes first', () => {
    const a = assess(r({ underway: ['joint-development'] }));
    expect(a.first).toBe('pre-deal-disclosure');
    expect(keys(a.why)).toEqual(['prepare.first.ndaBeforeActivity']);
    expect(a.then).toEqual(['joint-development']);
    expect(keys(a.risks)).toEqual(['prepare.risk.jointDevelopment']);
  });

  it('an NDA signed and joint development and exclusivity talks under way: the development agreement next, then the distribution terms', () => {
    const a = assess(r({ underway: ['exclusivity', 'joint-development'], signed: 'nda' }));
    expect(a.first).toBe('joint-development');
    expect(a.then).toEqual(['exclusive-partnership']);
    expect(keys(a.why)).toEqual(['prepare.first.afterNda']);
    expect(a.cover).toEqual(['background-ip', 'foreground-ip', 'improvements', 'joint-ownership', 'disclosure-record']);
    expect(keys(a.risks)).toEqual(['prepare.risk.jointDevelopment', 'prepare.risk.exclusivity']);
  });

  it('an NDA signed and sample testing under way: sample terms covering ownership, test data and return', () => {
    const a = assess(r({ underway: ['testing'], signed: 'nda' }));
    expect(a.first).toBe('sample-testing');
    expect(a.cover).toEqual(['sample-ownership', 'no-reverse-engineering', 'test-data', 'return-or-destroy', 'disclosure-record']);
  });

  it('an NDA signed and nothing more under way: no further agreement yet', () => {
    const a = assess(r({ signed: 'nda' }));
    expect(a.first).toBeNull();
    expect(keys(a.why)).toEqual(['prepare.first.ndaEnough']);
    expect(a.cover).toEqual([]);
  });

  it('an NDA signed after something went out unprotected: the next terms still cover the earlier disclosures', () => {
    const a = assess(r({ sent: ['information'], underway: ['exclusivity'], signed: 'nda' }));
    expect(a.first).toBe('exclusive-partnership');
    expect(a.cover).toEqual(['exclusivity', 'territory', 'prior-disclosures', 'disclosure-record']);
    expect(a.priorDisclosure).toBe(true);
  });

  it('the deal terms signed: no agreement to add, but what was sent before is still a risk to record', () => {
    const a = assess(r({ sent: ['samples'], underway: ['testing'], signed: 'deal-terms' }));
    expect(a.first).toBeNull();
    expect(keys(a.why)).toEqual(['prepare.first.dealTermsSigned']);
    expect(keys(a.risks)).toEqual(['prepare.risk.samplesSent']);
    expect(keys(a.collect)).toContain('prepare.collect.samples');
  });

  it('market and product line lead to the patents and territory to check; unorganised IP is a risk and a task', () => {
    const a = assess(r({ ipOrganised: 'partly', signed: 'nothing' }));
    expect(a.prepare).toEqual([
      { key: 'prepare.plan.patentsInMarket', params: { market: 'Norway', productLine: 'marine LFP battery modules' } },
      { key: 'prepare.plan.organiseIp', params: { productLine: 'marine LFP battery modules' } },
      { key: 'prepare.plan.territory', params: { market: 'Norway' } },
    ]);
    expect(keys(a.risks)).toEqual(['prepare.risk.ipUnorganised']);
    expect(t('en', 'prepare.plan.patentsInMarket', a.prepare[0]?.params)).toBe(
      'Check that the patents for marine LFP battery modules are filed, or can still be filed, in Norway before drawings or samples go there.',
    );
  });

  it('unanswered market, product line and IP questions each ask to be answered', () => {
    const a = assess({ ...EMPTY_READINESS });
    expect(keys(a.prepare)).toEqual(['prepare.plan.marketUnknown', 'prepare.plan.productUnknown', 'prepare.plan.ipUnknown']);
  });
});

describe('the NDA gate', () => {
  it('does not stand before a licence, custom development or the disclosure terms themselves', () => {
    for (const s of ['technology-license', 'custom-development', 'pre-deal-disclosure'] as const) expect(gate(s, { sent: [], signed: 'nothing' })).toEqual({ status: 'not-gated' });
  });

  it('asks whether an NDA or the terms are signed when that is not known', () => {
    expect(gate('sample-testing', { sent: [] })).toEqual({ status: 'ask' });
  });

  it('opens once an NDA or the deal terms are signed', () => {
    expect(gate('joint-development', { sent: ['information'], signed: 'nda' })).toEqual({ status: 'open' });
    expect(gate('exclusive-partnership', { sent: [], signed: 'deal-terms' })).toEqual({ status: 'open' });
  });

  it('with nothing signed, recommends pre-deal disclosure terms first and says why, for each gated deal', () => {
    for (const s of ['sample-testing', 'joint-development', 'exclusive-partnership'] as const) {
      const g = gate(s, { sent: [], signed: 'nothing' });
      expect(g).toEqual({ status: 'disclosure-first', recommend: 'pre-deal-disclosure', why: [{ key: `prepare.gate.why.${s}` }], priorDisclosure: false });
    }
  });

  it('with samples already sent, the recommended terms must cover the earlier disclosures', () => {
    const g = gate('sample-testing', { sent: ['samples'], signed: 'nothing' });
    expect(g.status === 'disclosure-first' && g.priorDisclosure).toBe(true);
    expect(g.status === 'disclosure-first' && g.why.map((w) => w.key)).toEqual(['prepare.gate.why.sample-testing', 'prepare.gate.whyPrior']);
  });
});
