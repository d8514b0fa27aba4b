import { plan, presetAnswers, refusal, render, renderIn, resolveAnswers, toBilingualText, toText, type Answers } from '../../../src/core/agreement';
import { fromText, OPT_IN_RULE_IDS, review, type Playbooks } from '../../../src/core/review';
import { realLibrary } from './real-library';

// The clauses for goods that change hands: who answers for the products' conformity, the EU ban on
// re-export to Russia, and the supplier's ban on reverse engineering what it distributes.
const library = realLibrary();
const playbooks: Playbooks = Object.fromEntries(library.scenarios.map((s) => [s.id, s.playbook as Playbooks[typeof s.id]]));

function answers(input: Record<string, unknown>): Answers {
  const result = resolveAnswers(library, input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.answers;
}

const chosen = (a: Answers) => plan(library, a).clauses.map((c) => `${c.clause.id}/${c.variant.id}`);
const warnings = (a: Answers) => plan(library, a).warnings.map((w) => w.key);
const textOf = (a: Answers) => toText(render(library, plan(library, a), a));

const GERMAN_SELLER = { name: 'Rheinzell Batterietechnik GmbH', shortName: 'Rheinzell', jurisdiction: 'Germany' };
const CHILEAN_BUYER = { name: 'Andes Solar Distribución S.A.', shortName: 'Andes Solar', jurisdiction: 'Chile' };
const JAPANESE_BUYER = { name: 'Kaname Energy K.K.', shortName: 'Kaname', jurisdiction: 'Japan' };
const FRENCH_BUYER = { name: 'Lumière Stockage SAS', shortName: 'Lumiere', jurisdiction: 'France' };
const CHINESE_SUPPLIER = { name: 'Voltcell Energy Technology Co., Ltd.', shortName: 'Voltcell', jurisdiction: "the People's Republic of China" };

/** Our own terms, reviewed for the side they were built for, give no medium or high finding and no drafting point. */
function expectOwnReviewClean(a: Answers) {
  const result = review(fromText(textOf(a)), { scenario: a.scenario, role: a.ourRole, library, playbooks, enabled: OPT_IN_RULE_IDS });
  const serious = result.findings.filter((f) => f.severity === 'high' || f.severity === 'medium' || f.kind === 'drafting');
  expect(serious.map((f) => `${f.severity} ${f.rule}: ${f.evidence[0]?.text ?? ''}`)).toEqual([]);
}

describe('product compliance', () => {
  it('says who is manufacturer and importer in distribution, only when the goods fall under product rules', () => {
    const preset = presetAnswers(library, 'exclusive-partnership');
    expect(chosen(preset)).toContain('product-compliance/distribution');
    expect(chosen({ ...preset, productRegimes: [] }).some((c) => c.startsWith('product-compliance/'))).toBe(false);
    expect(textOf(preset)).toMatch(/Suntrail is the manufacturer of the Products for the purposes of the Product Laws\./);
    expect(textOf(preset)).toMatch(/Andes Solar is their importer for the purposes of the Product Laws of that country/);
    expect(textOf(preset)).toMatch(/"Product Laws" means the laws and regulations on the safety, conformity, marking/);
  });

  it('adds the EU Battery Regulation duties for batteries sold in the EU, and not elsewhere', () => {
    const eu = answers({ scenario: 'exclusive-partnership', productRegimes: ['batteries'], territory: { countries: ['Germany', 'Austria'], regions: [], china: 'not-included' } });
    expect(chosen(eu)).toEqual(expect.arrayContaining(['product-compliance/distribution', 'battery-regulation/distribution']));
    expect(textOf(eu)).toMatch(/register in that member state's register of producers before it first supplies a Product there/);
    const viaRegion = answers({ scenario: 'exclusive-partnership', productRegimes: ['batteries'], territory: { countries: [], regions: ['eea'], china: 'not-included' } });
    expect(chosen(viaRegion)).toContain('battery-regulation/distribution');
    // The preset's territory is Chile, Peru and Argentina.
    expect(chosen(answers({ scenario: 'exclusive-partnership', productRegimes: ['batteries'] }))).not.toContain('battery-regulation/distribution');
  });

  it('keeps medical-device registrations with the manufacturer and sets the vigilance reports', () => {
    const devices = answers({ scenario: 'exclusive-partnership', productRegimes: ['medical-devices'] });
    expect(chosen(devices)).toEqual(expect.arrayContaining(['product-compliance/distribution', 'medical-devices/distribution']));
    const text = textOf(devices);
    expect(text).toMatch(/Andes Solar shall not apply for any such registration in its own name/);
    expect(text).toMatch(/within 3 Business Days after receiving it where the incident may be serious/);
    expect(chosen(answers({ scenario: 'custom-development', productRegimes: ['medical-devices'] }))).toEqual(
      expect.arrayContaining(['product-compliance/development', 'medical-devices/development']),
    );
  });

  it('keeps samples off the market, and medical-device samples away from people', () => {
    const preset = presetAnswers(library, 'sample-testing');
    expect(chosen(preset)).toContain('product-compliance/samples');
    expect(textOf(preset)).toMatch(/The Samples are supplied only for testing under this Agreement\. They are not placed on the market/);
    const devices = { ...preset, productRegimes: ['medical-devices' as const] };
    expect(chosen(devices)).toContain('product-compliance/samples-medical-devices');
    expect(textOf(devices)).toMatch(/shall not use any Sample on or in connection with a human being/);
  });

  it('asks which product rules apply when the goods look like batteries and the answer is missing', () => {
    const { productRegimes: _given, ...unanswered } = presetAnswers(library, 'sample-testing');
    expect(warnings(unanswered as Answers)).toContain('build.warn.productRegimesUnanswered');
    expect(warnings(presetAnswers(library, 'sample-testing'))).not.toContain('build.warn.productRegimesUnanswered');
  });
});

describe('no re-export to Russia (Regulation 833/2014 art. 12g)', () => {
  const sale = (us: object, them: object, extra: Record<string, unknown> = {}) =>
    answers({ scenario: 'exclusive-partnership', parties: { us, them }, ...extra });

  it('is required of an EU seller of listed goods to a buyer outside the EU and its partner countries', () => {
    const required = sale(GERMAN_SELLER, CHILEAN_BUYER, { russiaReexport: 'listed-goods' });
    expect(chosen(required)).toContain('russia-reexport/eu-article-12g');
    const text = textOf(required);
    expect(text).toMatch(/Andes Solar shall not sell, supply, transfer or export, directly or indirectly, to the Russian Federation or for use in the Russian Federation/);
    expect(text).toMatch(/common high priority items listed in Annex XL to that Regulation/);
    expect(text).toMatch(/Rheinzell may, despite any other provision of this Agreement, suspend its deliveries at once and terminate this Agreement/);
    // The same sale seen from the buyer's side: the law binds the seller, so the clause stays.
    expect(chosen(answers({ scenario: 'exclusive-partnership', ourRole: 'distributor', parties: { us: CHILEAN_BUYER, them: GERMAN_SELLER }, russiaReexport: 'listed-goods' }))).toContain(
      'russia-reexport/eu-article-12g',
    );
  });

  it('is not put in where the law does not require it, and says why', () => {
    for (const notRequired of [
      sale(GERMAN_SELLER, JAPANESE_BUYER, { russiaReexport: 'listed-goods' }),
      sale(GERMAN_SELLER, FRENCH_BUYER, { russiaReexport: 'listed-goods' }),
      sale(CHINESE_SUPPLIER, CHILEAN_BUYER, { russiaReexport: 'listed-goods' }),
    ]) {
      expect(chosen(notRequired)).not.toContain('russia-reexport/eu-article-12g');
      expect(warnings(notRequired)).toContain('build.warn.russiaNotRequired');
    }
  });

  it('is asked for when an EU seller sells outside the EU and no answer is given', () => {
    expect(warnings(sale(GERMAN_SELLER, CHILEAN_BUYER))).toContain('build.warn.russiaUnanswered');
    expect(chosen(sale(GERMAN_SELLER, CHILEAN_BUYER))).not.toContain('russia-reexport/eu-article-12g');
    expect(warnings(sale(CHINESE_SUPPLIER, CHILEAN_BUYER))).not.toContain('build.warn.russiaUnanswered');
  });

  it('goes in as our policy whenever we sell, never when we buy', () => {
    expect(chosen(sale(CHINESE_SUPPLIER, CHILEAN_BUYER, { russiaReexport: 'always' }))).toContain('russia-reexport/eu-article-12g');
    const buying = answers({ scenario: 'exclusive-partnership', ourRole: 'distributor', parties: { us: CHILEAN_BUYER, them: CHINESE_SUPPLIER }, russiaReexport: 'always' });
    expect(chosen(buying)).not.toContain('russia-reexport/eu-article-12g');
    expect(chosen(answers({ scenario: 'sample-testing', russiaReexport: 'always' }))).toContain('russia-reexport/eu-article-12g');
    expect(chosen(answers({ scenario: 'technology-license', russiaReexport: 'always' }))).not.toContain('russia-reexport/eu-article-12g');
  });
});

describe('the distribution supplier against reverse engineering', () => {
  it('bans the distributor from reverse engineering the products, for the supplier only', () => {
    const supplier = presetAnswers(library, 'exclusive-partnership');
    expect(chosen(supplier)).toContain('no-reverse-engineering/distributed-products');
    expect(chosen({ ...supplier, posture: 'maximal' })).toContain('no-reverse-engineering/distributed-products-strict');
    const text = textOf(supplier);
    expect(text).toMatch(/Andes Solar shall not, and shall not permit any third party acting for it to, reverse engineer, dismantle, decompile, disassemble or analyse the Products/);
    expect(text).toMatch(/does not limit the resale or ordinary use of the Products by Andes Solar or its customers/);
    const section = render(library, plan(library, supplier), supplier).clauses.find((c) => c.clauseId === 'no-reverse-engineering')!;
    expect(section.paragraphs.map((p) => p.text).join('\n')).not.toMatch(/\bSamples?\b/);
    expect(chosen(presetAnswers(library, 'exclusive-partnership', 'distributor')).some((c) => c.startsWith('no-reverse-engineering/'))).toBe(false);
  });
});

describe('every new clause', () => {
  const everything: Answers[] = [
    answers({ scenario: 'exclusive-partnership', parties: { us: GERMAN_SELLER, them: CHILEAN_BUYER }, russiaReexport: 'listed-goods', productRegimes: ['batteries', 'electrical', 'medical-devices'] }),
    answers({
      scenario: 'exclusive-partnership',
      posture: 'maximal',
      productRegimes: ['batteries', 'medical-devices'],
      territory: { countries: ['Germany', 'Poland'], regions: [], china: 'not-included' },
      russiaReexport: 'always',
    }),
    answers({ scenario: 'custom-development', productRegimes: ['medical-devices'], russiaReexport: 'always' }),
    answers({ scenario: 'sample-testing', productRegimes: ['medical-devices'], russiaReexport: 'always' }),
    answers({ scenario: 'sample-testing', productRegimes: ['electrical'], ourRole: 'evaluator', parties: { us: FRENCH_BUYER, them: CHINESE_SUPPLIER } }),
  ];

  it('is covered by these deals', () => {
    const used = new Set(everything.flatMap(chosen));
    for (const id of ['product-compliance', 'battery-regulation', 'medical-devices', 'russia-reexport', 'no-reverse-engineering']) {
      const clause = library.clauses.find((c) => c.id === id)!;
      const missing = clause.variants.filter((v) => v.applies?.scenarios?.some((s) => ['exclusive-partnership', 'custom-development', 'sample-testing'].includes(s)) && !v.applies.scenarios.includes('joint-development'));
      expect(missing.filter((v) => !used.has(`${id}/${v.id}`)).map((v) => v.id)).toEqual([]);
    }
  });

  it.each(everything.map((a, i) => [i, a] as const))('deal %i builds, in both languages, and passes our own review', (_, a) => {
    expect(refusal(plan(library, a))).toBeUndefined();
    expectOwnReviewClean(a);
    const built = renderIn(library, plan(library, a), { ...a, language: 'bilingual', prevailingLanguage: 'en' });
    expect(toBilingualText(built.terms, built.zh!)).toMatch(/产品合规/);
  });
});
