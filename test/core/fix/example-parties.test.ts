import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { draftParties, fixesFor, fixText } from '../../../src/core/fix';
import { t } from '../../../src/core/i18n';
import { buildContext, fromText, review } from '../../../src/core/review';
import { languageOf } from '../../../src/core/review/bilingual/pairs';
import { hasCjk } from '../../../src/core/review/zh/cjk';
import type { RoleId, ScenarioId } from '../../../src/core/scenarios';
import { exampleParties, RAW_PLACEHOLDER } from '../../fixtures/review/fix-guards';
import { library, playbooks } from '../../support/review-as-side';

const EXAMPLES = exampleParties(library);

/** The text of every fix the review of a draft offers, for our side. */
function fixesOf(text: string, scenario: ScenarioId, role: RoleId, locale: 'en' | 'zh-CN' = 'en', companyName = ''): string[] {
  const doc = fromText(text);
  const result = review(doc, { library, playbooks, scenario, role, locale });
  const fixes = fixesFor(library, result, doc, { locale, companyName });
  return result.findings.filter((f) => f.fix).map((f) => {
    const clause = fixes(f.fix!);
    expect(clause).not.toBeNull();
    return fixText(clause!);
  });
}

/** No example company the draft does not itself name appears in any of its fixes, nor any raw placeholder. */
function expectOwnParties(draft: string, fixes: string[]): void {
  const foreign = EXAMPLES.filter((name) => !draft.includes(name));
  for (const fix of fixes) {
    for (const name of foreign) expect(fix).not.toContain(name);
    expect(fix).not.toMatch(RAW_PLACEHOLDER);
  }
}

const fixture = (name: string) => readFileSync(path.resolve(__dirname, '../../fixtures/review', name), 'utf8');
const COMMITTED: [string, ScenarioId][] = [
  ['sample-testing-draft.txt', 'sample-testing'],
  ['drafts/sample-evaluation-automaker.txt', 'sample-testing'],
  ['drafts/exclusive-distribution-distributor.txt', 'exclusive-partnership'],
  ['drafts/joint-development-integrator.txt', 'joint-development'],
  ['drafts/nda-investor.txt', 'pre-deal-disclosure'],
];

describe('fixes name the draft’s own parties, never a preset’s example company', () => {
  it('knows the example companies it guards against', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(library.scenarios.length * 4);
  });

  it.each(COMMITTED)('%s, from either side', (file, scenario) => {
    const draft = fixture(file);
    const roles = library.scenarios.find((s) => s.id === scenario)!.roles.map((r) => r.id as RoleId);
    let count = 0;
    for (const role of roles) {
      const fixes = fixesOf(draft, scenario, role);
      count += fixes.length;
      expectOwnParties(draft, fixes);
    }
    expect(count).toBeGreaterThan(0);
  });

  it('fills the parties by the names the draft defines, and a missing fact as a plain blank', () => {
    const draft = fixture('sample-testing-draft.txt');
    const fixes = fixesOf(draft, 'sample-testing', 'provider').join('\n');
    // The draft calls its parties the "Provider" and the "Evaluator".
    expect(fixes).toMatch(/\bProvider\b/);
    expect(fixes).toMatch(/\bEvaluator\b/);
    expect(fixes).not.toContain(t('en', 'fix.blank.A'));
    // The draft gives no deadline for returning samples: the fix shows where one goes.
    expect(fixes).toContain(`Within ${t('en', 'fix.blank.returnDays')} days`);
  });

  it('numbers each clause the draft lacks as a new section of its own after the draft\'s last, and keeps a clause\'s number', () => {
    const draft = fixture('sample-testing-draft.txt');
    const doc = fromText(draft);
    const result = review(doc, { library, playbooks, scenario: 'sample-testing', role: 'provider' });
    const fixes = fixesFor(library, result, doc);
    const missing = [...new Map(result.findings.filter((f) => f.kind === 'missing' && f.fix).map((f) => [f.fix!.clause, f.fix!])).values()];
    expect(missing.length).toBeGreaterThanOrEqual(2);
    const numbers = missing.map((fix) => fixes(fix)!.paragraphs[0]!.label);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(fixes(missing[0]!)!.paragraphs[0]!.label).toBe(numbers[0]);
  });

  it('uses the short names a draft defines for company parties (the workspace sample draft)', () => {
    const draft = readFileSync(path.resolve(__dirname, '../../../src/workspace/sample/joint-development-draft.txt'), 'utf8');
    const fixes = fixesOf(draft, 'joint-development', 'technology-owner');
    expectOwnParties(draft, fixes);
    expect(fixes.join('\n')).toMatch(/\bQingtai\b/);
  });

  it('tells two companies the draft never labels by role apart only by our company name, else leaves blanks', () => {
    const draft = [
      'JOINT DEVELOPMENT AGREEMENT',
      'This Joint Development Agreement is made on 12 May 2025 between Hunan Lithos Cathode Co., Ltd., a company incorporated in the People\'s Republic of China ("Lithos"), and Norrvolt Batteries AB, a company incorporated in Sweden ("Norrvolt").',
      '1. Joint Work',
      '1.1 Lithos and Norrvolt shall jointly develop a high-nickel cathode for Norrvolt\'s cells under the work plan in Schedule 1.',
      '2. Confidentiality',
      '2.1 Each party shall keep the other party\'s Confidential Information confidential and use it only for the joint work.',
      '3. Governing Law',
      '3.1 This Agreement is governed by the laws of Sweden.',
    ].join('\n\n');
    const blind = fixesOf(draft, 'joint-development', 'technology-owner').join('\n');
    expect(blind).toContain(t('en', 'fix.blank.A'));
    expect(blind).not.toMatch(/\b(?:Lithos|Norrvolt)\b/);
    const ours = fixesOf(draft, 'joint-development', 'technology-owner', 'en', 'Norrvolt Batteries AB');
    expectOwnParties(draft, ours);
    const text = ours.join('\n');
    expect(text).not.toContain(t('en', 'fix.blank.A'));
    expect(text).toMatch(/\bNorrvolt\b/);
    expect(text).toMatch(/\bLithos\b/);
    // We own the technology: our company is the side that shares it (A), theirs the other.
    const { ctx } = buildContext(fromText(draft), { scenario: 'joint-development', role: 'technology-owner' });
    expect(draftParties(ctx, 'Norrvolt Batteries AB')).toEqual({ A: 'Norrvolt', B: 'Lithos' });
    expect(draftParties({ ...ctx, role: 'co-developer' }, 'Norrvolt Batteries AB')).toEqual({ A: 'Lithos', B: 'Norrvolt' });
  });

  it('writes an English draft’s fixes in English, blanks too, whatever language the user reads', () => {
    const fixes = fixesOf(fixture('sample-testing-draft.txt'), 'sample-testing', 'provider', 'zh-CN').join('\n');
    expect(fixes).toContain(t('en', 'fix.blank.returnDays'));
    expect(hasCjk(fixes)).toBe(false);
  });

  it('writes a Chinese draft’s fixes from the library’s Chinese text, its blanks and section references in Chinese, for an English reader', () => {
    const draft = readFileSync(path.resolve(__dirname, '../../fixtures/zh/sample-testing.txt'), 'utf8');
    const fixes = fixesOf(draft, 'sample-testing', 'evaluator', 'en');
    expect(fixes.length).toBeGreaterThan(1);
    for (const fix of fixes) {
      // Every paragraph is Chinese: no English clause text and no English blank.
      for (const p of fix.split('\n').filter((l) => l.trim())) expect(languageOf(p)).toBe('zh');
      expect(fix).not.toMatch(/\[(?:name|number|description) of/);
      expect(fix).not.toMatch(/\bSection\b|"[A-Z]/);
    }
    // A term our clause uses and the draft does not define is defined in Chinese, for the section it lands in.
    expect(fixes.join('\n')).toMatch(/在第[\d.]{1,8}条中，“[^”]{1,12}”指/);
  });
});

const realDir = path.resolve(__dirname, '../../../../shared/corpus/realdrafts-dev');
const real = existsSync(path.join(realDir, 'expect.json'));
if (!real) console.warn(`Skipping the real drafts: ${realDir} is absent.`);

(real ? describe : describe.skip)('fixes for the real drafts of ../shared/corpus/realdrafts-dev', () => {
  const docs = real
    ? (JSON.parse(readFileSync(path.join(realDir, 'expect.json'), 'utf8')) as { documents: { file: string; scenario: ScenarioId; side: RoleId }[] }).documents
    : [];

  it('covers all of them', () => expect(docs.length).toBe(18));

  it.each(docs.map((d) => [d.file, d] as const))('%s', (_file, d) => {
    const draft = readFileSync(path.join(realDir, 'docs', d.file), 'utf8');
    expectOwnParties(draft, fixesOf(draft, d.scenario, d.side));
  });
});
