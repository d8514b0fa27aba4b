import { plan, presetAnswers, renderIn, type Answers } from '../../../src/core/agreement';
import { SCENARIO_IDS } from '../../../src/core/scenarios';
import { realLibrary } from './real-library';

const library = realLibrary();

/** Deals whose return clause deals with samples, where the library defines Samples. */
const WITH_SAMPLES = new Set(['sample-testing', 'joint-development']);

describe('a clause is titled for what it covers in that deal', () => {
  it.each(SCENARIO_IDS)('%s: the return clause names Samples only where the deal has them, in English and Chinese', (scenario) => {
    const answers: Answers = { ...presetAnswers(library, scenario), language: 'bilingual', prevailingLanguage: 'en' };
    const built = renderIn(library, plan(library, answers), answers);
    const at = built.terms.clauses.findIndex((c) => c.clauseId === 'return-or-destroy');
    if (at < 0) return;
    const [en, zh] = [built.terms.clauses[at]!, built.zh!.clauses[at]!];
    const samples = en.paragraphs.some((p) => /\bSamples\b/.test(p.text));
    expect(samples).toBe(WITH_SAMPLES.has(scenario));
    expect(/Samples/.test(en.title)).toBe(samples);
    expect(/样品/.test(zh.title)).toBe(false);
    expect(zh.title).toMatch(/^返还或销毁/);
    if (!samples) expect([en.title, zh.title]).toEqual(['Return or Destruction of Confidential Information', '返还或销毁保密信息']);
  });
});
