import { plan, presetAnswers, render, resolveAnswers, toText, type Answers } from '../../../src/core/agreement';
import type { ScenarioId } from '../../../src/core/scenarios';
import { realLibrary } from './real-library';

const library = realLibrary();

function answers(input: Record<string, unknown>): Answers {
  const result = resolveAnswers(library, input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.answers;
}

const variantOf = (a: Answers, clause: string) => plan(library, a).clauses.find((c) => c.clause.id === clause)?.variant.id;
const warningsOf = (a: Answers) => plan(library, a).warnings;
const textOf = (a: Answers) => toText(render(library, plan(library, a), a));
const prc = { governingLaw: 'china', forum: 'cietac' } as const;

describe('law-aware drafting', () => {
  it('PRC law: a capture of the other side\'s improvements in a technology contract is warned about (Civil Code art. 850)', () => {
    const jda = answers({ scenario: 'joint-development', ...prc });
    expect(variantOf(jda, 'improvements')).toBe('owner-with-licence');
    expect(warningsOf(jda)).toContainEqual({ key: 'build.warn.law.prcCapture', params: { variant: 'owner-with-licence', variantZh: '归所有人，改进方可使用' }, clause: 'improvements' });
    // Each side owning its own improvements is not a capture: no warning.
    expect(warningsOf(answers({ scenario: 'joint-development', ...prc, improvementsModel: 'generating-party' })).map((w) => w.key)).not.toContain('build.warn.law.prcCapture');
    // Under New York law the same clause draws no PRC warning.
    expect(warningsOf(answers({ scenario: 'joint-development' })).map((w) => w.key)).not.toContain('build.warn.law.prcCapture');
  });

  it('PRC law: a one-way grant-back in a licence gives way to the reciprocal one (Civil Code arts. 850 and 875)', () => {
    expect(variantOf(answers({ scenario: 'technology-license' }), 'improvements')).toBe('reciprocal-grant-back');
    expect(variantOf(answers({ scenario: 'technology-license', posture: 'maximal' }), 'improvements')).toBe('licensee-grant-back');
    const prcMaximal = answers({ scenario: 'technology-license', posture: 'maximal', ...prc });
    expect(variantOf(prcMaximal, 'improvements')).toBe('reciprocal-grant-back');
    expect(warningsOf(prcMaximal).map((w) => w.key)).not.toContain('build.warn.law.prcGrantBack');
  });

  it('PRC law: the licensor\'s statutory warranties are fixed by agreement (Civil Code arts. 870 and 874)', () => {
    const licence = answers({ scenario: 'technology-license', ...prc });
    expect(variantOf(licence, 'warranties')).toBe('licence-prc-law');
    expect(textOf(licence)).toMatch(/For the purposes of articles 870 and 874 of the Civil Code of the People's Republic of China/);
    expect(variantOf(answers({ scenario: 'technology-license' }), 'warranties')).toBe('licence');
  });

  it('PRC law: a no-challenge restriction gives way to one without it, even at the maximal posture (SPC interpretation art. 10(6))', () => {
    // The library's own sample restriction no longer bars challenges to validity.
    const strict = library.clauses.find((c) => c.id === 'purpose-limitation')?.variants.find((v) => v.id === 'samples-strict');
    expect(strict?.text).not.toMatch(/opposition|invalidity/);
    // A library that still had one: replaced under PRC law, kept under Singapore law.
    const marked = {
      ...library,
      clauses: library.clauses.map((c) =>
        c.id === 'purpose-limitation' ? { ...c, variants: c.variants.map((v) => (v.id === 'samples-strict' ? { ...v, risks: ['no-challenge' as const] } : v)) } : c,
      ),
    };
    const chosen = (a: Answers) => plan(marked, a).clauses.find((c) => c.clause.id === 'purpose-limitation')?.variant.id;
    expect(chosen(answers({ scenario: 'sample-testing', posture: 'maximal' }))).toBe('samples-strict');
    expect(chosen(answers({ scenario: 'sample-testing', posture: 'maximal', ...prc }))).toBe('samples-balanced');
  });

  it('PRC law: the licensee non-compete gives way to the exclusivity without one (SPC interpretation art. 10(2))', () => {
    const exclusive = { exclusivity: { exclusive: true, months: 24 }, posture: 'maximal' };
    expect(variantOf(answers({ scenario: 'technology-license', ...exclusive }), 'exclusivity')).toBe('supplier-protective');
    expect(variantOf(answers({ scenario: 'technology-license', ...exclusive, ...prc }), 'exclusivity')).toBe('balanced');
  });

  it('EU territory: an improvement capture in a licence is outside the TTBER safe harbour, and is warned about', () => {
    const eu = answers({ scenario: 'technology-license', posture: 'maximal', territory: { countries: [], regions: ['eu'], china: 'not-included' } });
    expect(warningsOf(eu).map((w) => w.key)).toContain('build.warn.law.euExcluded');
    expect(warningsOf({ ...eu, territory: { countries: ['Japan'], regions: [], china: 'not-included' } }).map((w) => w.key)).not.toContain('build.warn.law.euExcluded');
  });

  it('German law with DIS arbitration: the forum reads in, and a capture in standard terms is warned about (BGB §307)', () => {
    const german = answers({ scenario: 'sample-testing', governingLaw: 'germany', forum: 'dis' });
    const text = textOf(german);
    expect(text).toContain('The laws of the Federal Republic of Germany govern this Agreement');
    expect(text).toContain('German Arbitration Institute (DIS)');
    expect(warningsOf(german).map((w) => w.key)).toEqual(expect.arrayContaining(['build.warn.law.germanCapture']));
    expect(warningsOf(german).map((w) => w.key)).not.toContain('build.warn.lawForumMismatch');
    expect(warningsOf(answers({ scenario: 'sample-testing', governingLaw: 'germany', forum: 'cietac' })).map((w) => w.key)).toContain('build.warn.lawForumMismatch');
  });

  it('English law: an option that is only a promise to negotiate is warned about (Walford v Miles)', () => {
    const customer = { ...presetAnswers(library, 'custom-development', 'customer'), posture: 'maximal' as const, foregroundModel: 'generating-party' as const };
    delete (customer as Partial<Answers>).resultsOwner;
    expect(variantOf(customer, 'results-use')).toBe('exclusive-option');
    expect(warningsOf(customer).map((w) => w.key)).toContain('build.warn.law.englishNegotiate');
    expect(warningsOf({ ...customer, governingLaw: 'singapore', forum: 'siac' }).map((w) => w.key)).not.toContain('build.warn.law.englishNegotiate');
  });
});

describe('blocking laws against foreign sanctions', () => {
  const keys = (a: Answers, lib = library) => plan(lib, a).warnings.map((w) => w.key);

  it('a party established in Mainland China: the export control clause gets the exception for laws that forbid complying with foreign sanctions (Anti-Foreign Sanctions Law art. 12)', () => {
    const outbound = answers({ scenario: 'sample-testing' });
    expect(variantOf(outbound, 'export-control')).toBe('mutual-blocking-laws');
    expect(textOf(outbound)).toMatch(/Nothing in this Section requires a Party to do, or to refrain from doing, anything that would breach a law of the country in which it is established that prohibits compliance with foreign sanctions/);
    expect(variantOf({ ...outbound, posture: 'maximal' }, 'export-control')).toBe('recipient-assurances-blocking-laws');
    // The Chinese company receiving, not sharing, is bound all the same: the law follows the party.
    const { us, them } = outbound.parties;
    expect(variantOf(answers({ scenario: 'sample-testing', parties: { us: them, them: us } }), 'export-control')).toBe('mutual-blocking-laws');
    expect(keys(outbound)).not.toContain('build.warn.law.prcBlocking');
  });

  it('no party in Mainland China (Hong Kong is not): the clause without the exception', () => {
    const hongKong = { ...answers({ scenario: 'sample-testing' }).parties.us, jurisdiction: 'the Hong Kong Special Administrative Region of China' };
    const a = answers({ scenario: 'sample-testing', parties: { us: hongKong } });
    expect(variantOf(a, 'export-control')).toBe('mutual');
    expect(textOf(a)).not.toContain('Anti-Foreign Sanctions Law');
  });

  it('a library whose only export control clause lacks the exception: the clause is kept and the build warns', () => {
    const without = {
      ...library,
      clauses: library.clauses.map((c) => (c.id === 'export-control' ? { ...c, variants: c.variants.filter((v) => !v.id.endsWith('blocking-laws')) } : c)),
    };
    const a = answers({ scenario: 'sample-testing' });
    expect(plan(without, a).clauses.find((c) => c.clause.id === 'export-control')?.variant.id).toBe('mutual');
    expect(keys(a, without)).toContain('build.warn.law.prcBlocking');
  });
});

describe('battery and outbound-technology facts', () => {
  it('lithium samples ship as dangerous goods, and tested cells are recycled where they are, not returned', () => {
    const lithium = answers({ scenario: 'sample-testing' });
    expect(variantOf(lithium, 'dangerous-goods')).toBe('samples');
    expect(textOf(lithium)).toMatch(/shall not return any Sample that has been tested, opened, damaged or found defective/);
    expect(warningsOf(lithium).map((w) => w.key)).toContain('build.warn.lithiumShipping');
    expect(variantOf(answers({ scenario: 'sample-testing', lithiumCells: false }), 'dangerous-goods')).toBeUndefined();
    // Lithium named in the samples but the question unanswered: the builder asks.
    expect(warningsOf(answers({ scenario: 'sample-testing', lithiumCells: null })).map((w) => w.key)).toContain('build.warn.lithiumUnanswered');
  });

  it.each<[ScenarioId, string]>([
    ['sample-testing', 'provider'],
    ['technology-license', 'licensor'],
    ['pre-deal-disclosure', 'discloser'],
  ])('%s: PRC technology export terms come in when the Chinese party shares abroad, and only then', (scenario) => {
    const outbound = answers({ scenario });
    expect(variantOf(outbound, 'technology-export')).toBe('prc-outbound');
    expect(warningsOf(outbound).map((w) => w.key).some((k) => k.startsWith('build.warn.prcExport'))).toBe(true);
    const { us, them } = outbound.parties;
    // The Chinese company receives instead of sharing: PRC export rules are not engaged.
    const inbound = answers({ scenario, parties: { us: them, them: us } });
    expect(variantOf(inbound, 'technology-export')).toBeUndefined();
  });

  it('battery technology from China: the warning names the 2025 cathode-technology restriction', () => {
    expect(warningsOf(answers({ scenario: 'sample-testing' })).map((w) => w.key)).toContain('build.warn.prcExportBattery');
    expect(warningsOf(answers({ scenario: 'pre-deal-disclosure' })).map((w) => w.key)).toContain('build.warn.prcExport');
  });
});

describe('courts for each governing law', () => {
  const LAWS = { 'new-york': 'new-york-courts', england: 'english-courts', singapore: 'singapore-courts', 'hong-kong': 'hong-kong-courts', china: 'china-courts', germany: 'german-courts', switzerland: 'swiss-courts', sweden: 'swedish-courts' } as const;

  it.each(Object.entries(LAWS))('%s law can send disputes to its own courts (%s), with no mismatch warning', (governingLaw, forum) => {
    const a = answers({ scenario: 'sample-testing', governingLaw, forum });
    expect(variantOf(a, 'dispute-resolution')).toBe('courts');
    expect(warningsOf(a).map((w) => w.key)).not.toContain('build.warn.lawForumMismatch');
    expect(textOf(a)).toContain(`${library.values!.forum[forum]} have exclusive jurisdiction to decide it`);
  });

  it('warns that a court judgment may not be enforced against the Chinese party, except from the courts of China or Hong Kong', () => {
    // The sample-testing preset's provider is established in China.
    const warned = (forum: string, governingLaw: string) => warningsOf(answers({ scenario: 'sample-testing', governingLaw, forum })).some((w) => w.key === 'build.warn.courtsAgainstChineseParty');
    expect(warned('german-courts', 'germany')).toBe(true);
    expect(warned('singapore-courts', 'singapore')).toBe(true);
    expect(warned('china-courts', 'china')).toBe(false);
    expect(warned('hong-kong-courts', 'hong-kong')).toBe(false);
    expect(warned('siac', 'singapore')).toBe(false);
  });
});
