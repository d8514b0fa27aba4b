import { resolveAnswers, territoryWords, plan, presetAnswers, questionsFor, render, toText, QUESTIONS, type Answers, type Question, type ScheduleFact } from '../../../src/core/agreement';
import { termMatcher } from '../../../src/core/library';
import { SCENARIO_IDS, SCENARIO_ROLES, type ScenarioId } from '../../../src/core/scenarios';
import { realLibrary } from './real-library';

const library = realLibrary();
const cases = SCENARIO_IDS.flatMap((scenario) => SCENARIO_ROLES[scenario].map((role) => [scenario, role] as const));

/** What the schedules hold, as a deal team would write it; each deal prints only the facts its schedules ask for. */
const PARTICULARS: Record<ScheduleFact, string> = {
  sampleQuantity: '20 cells, delivered in one batch',
  sampleSpecification: 'model VC-280, revision C; lithium iron phosphate; rated capacity 280 Ah; nominal voltage 3.2 V; prismatic aluminium case of 174 x 72 x 207 mm',
  testPlan: 'capacity and internal resistance at 25 °C under IEC 62620; cycle life at 0.5C charge and discharge, 25 °C, 1,000 cycles; thermal abuse at 130 °C for 30 minutes under IEC 62619',
  workPackages: 'WP1 power stage design, by the first party; WP2 control firmware, by the second party; WP3 prototype tests, by both',
  contributions: 'first party: two power electronics engineers and its test laboratory; second party: two firmware engineers and 10 battery modules',
  milestones: 'M1 design freeze, 3 months after the Effective Date; M2 prototype delivered, 6 months after the Effective Date; M3 tests complete, 9 months after the Effective Date',
  budget: 'EUR 400,000 in total, of which WP1 EUR 180,000, WP2 EUR 150,000 and WP3 EUR 70,000; prototype materials are shared equally',
  productList: 'ST-600-BF bifacial module, 600 W; ST-600-BF-B bifacial module with black frame, 600 W',
  prices: 'ST-600-BF: USD 92 per module; ST-600-BF-B: USD 95 per module',
  licensedPatents: 'CN 202310456789.1, method for preparing a lithium iron phosphate cathode; EP 4123456, cathode material and battery',
  licensedKnowHow: 'cathode calcination process parameters, recorded in process manual PM-12 revision 4; line control software LC-3 version 2.1',
  specification: 'battery management controller for 48 V packs of 13 to 16 cells in series, with passive cell balancing and a CAN 2.0B interface',
  fees: 'EUR 60,000 on acceptance of M1; EUR 90,000 on acceptance of M2',
  acceptanceCriteria: 'passes test procedure TP-7 at 25 °C with no critical fault over 72 hours of operation',
};

/** The schedules each deal's text names, in order (the presets carry no disclosure record). */
const SCHEDULES: Record<ScenarioId, string[]> = {
  'sample-testing': ['samples-and-tests'],
  'joint-development': ['project-plan'],
  'exclusive-partnership': ['products-and-prices'],
  'technology-license': ['licensed-technology'],
  'custom-development': ['specification'],
  'pre-deal-disclosure': [],
};

/** Signing facts for both companies and the schedules' particulars, so nothing is left for counsel to fill in. */
function withFacts(answers: Answers): Answers {
  const facts = (n: number) => ({
    address: `${n} Harbour Road, Suite ${n}00`,
    registration: `REG-${n}0${n}0${n}`,
    signatory: n === 1 ? 'Li Wei' : 'Anna Berg',
    signatoryTitle: n === 1 ? 'Legal Representative' : 'Managing Director',
    email: n === 1 ? 'legal@first.example' : 'contracts@second.example',
  });
  return { ...answers, parties: { us: { ...answers.parties.us, ...facts(1) }, them: { ...answers.parties.them, ...facts(2) } }, particulars: PARTICULARS };
}

/** The sections that make each deal signable, beyond the IP terms its playbook asks for. */
const FRAME = ['warranties', 'liability', 'termination', 'survival', 'governing-law', 'dispute-resolution', 'general-provisions'];
const DEAL: Record<ScenarioId, string[]> = {
  'sample-testing': ['commercial-terms', 'dangerous-goods', 'technology-export', 'force-majeure', 'anti-bribery'],
  'joint-development': ['commercial-terms', 'technology-export', 'force-majeure', 'anti-bribery', 'data-protection'],
  'exclusive-partnership': ['commercial-terms', 'indemnities', 'exclusivity', 'force-majeure', 'anti-bribery', 'data-protection'],
  'technology-license': ['commercial-terms', 'indemnities', 'licence-grant', 'royalties', 'technology-export', 'force-majeure', 'anti-bribery'],
  'custom-development': ['commercial-terms', 'indemnities', 'technology-export', 'force-majeure', 'anti-bribery', 'data-protection'],
  'pre-deal-disclosure': ['technology-export'],
};

describe.each(cases)('%s, built for the %s', (scenario, role) => {
  const answers = withFacts(presetAnswers(library, scenario, role));
  const terms = render(library, plan(library, answers), answers);
  const text = toText(terms);

  it('holds every section the deal needs to be signed, with recitals and both signature blocks', () => {
    const ids = terms.clauses.map((c) => c.clauseId);
    expect([...FRAME, ...DEAL[scenario]].filter((id) => !ids.includes(id))).toEqual([]);
    expect(terms.recitals?.paragraphs.length).toBeGreaterThan(1);
    expect(terms.signing?.blocks.map((b) => b.heading)).toEqual([
      `For and on behalf of ${terms.parties.A.name}`,
      `For and on behalf of ${terms.parties.B.name}`,
    ]);
    expect(text).toContain(`whose registered office is at ${answers.parties.us.address}`);
    expect(text).toContain(`Name: ${answers.parties.them.signatory}`);
  });

  it('chooses no protective variant that protects the other side', () => {
    const protecting = plan(library, { ...answers, posture: 'maximal' }).clauses.filter((c) => c.variant.stance === 'protective');
    expect(protecting.filter((c) => !c.variant.applies?.roles?.includes(role)).map((c) => `${c.clause.id}/${c.variant.id}`)).toEqual([]);
  });

  it('defines every term it uses and uses every term it defines', () => {
    const matcher = termMatcher(library.definitions.map((d) => d.term));
    const body = [...(terms.recitals?.paragraphs.map((p) => p.text) ?? []), ...terms.clauses.slice(1).flatMap((c) => c.paragraphs.map((p) => p.text))];
    const used = new Set(body.flatMap((t) => matcher.used(t)));
    for (const d of terms.definitions) for (const t of matcher.used(d.text)) if (t !== d.term) used.add(t);
    expect(terms.definitions.map((d) => d.term)).toEqual([...used].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('refers only to sections it has, and leaves no placeholder or blank once the facts are given', () => {
    const numbers = new Set(terms.clauses.map((c) => c.number));
    const refs = [...text.matchAll(/\bSections? (\d+)\b/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.filter((n) => !numbers.has(n))).toEqual([]);
    expect(text).not.toMatch(/\{\{|\}\}/);
    expect(text.match(/\[[^\]]*\]/g)).toBeNull();
  });

  it('ends with exactly the schedules its text names, numbered in the order named, each filled from the answers', () => {
    expect(terms.schedules?.map((x) => x.id) ?? []).toEqual(SCHEDULES[scenario]);
    const numbers = terms.schedules?.map((x) => /^Schedule (\d+): /.exec(x.title)?.[1]) ?? [];
    expect(numbers).toEqual(numbers.map((_, i) => String(i + 1)));
    // Every "Schedule N" in the sections is a schedule the agreement has, and every schedule is referred to.
    const sections = terms.clauses.flatMap((c) => c.paragraphs.map((p) => p.text)).join('\n');
    const named = [...new Set([...sections.matchAll(/\bSchedules? (\d+)\b/g)].map((m) => m[1]))].sort();
    expect(named).toEqual(numbers);
    const frame = library.agreement!.schedules!;
    for (const schedule of terms.schedules ?? []) {
      const facts = frame.particulars.find((x) => x.id === schedule.id)!.rows.flatMap((r) => (r.fact ? [PARTICULARS[r.fact]] : []));
      expect(facts.length).toBeGreaterThan(0);
      expect(facts.filter((f) => !schedule.rows.some((r) => r[1] === f.charAt(0).toUpperCase() + f.slice(1)))).toEqual([]);
    }
  });

  it('shows a visible blank for each schedule fact not given', () => {
    const bare = render(library, plan(library, presetAnswers(library, scenario, role)), presetAnswers(library, scenario, role));
    const frame = library.agreement!.schedules!;
    for (const schedule of bare.schedules ?? []) {
      const blanks = frame.particulars.find((x) => x.id === schedule.id)!.rows.flatMap((r) => (r.blank ? [r.blank] : []));
      expect(blanks.filter((b) => !schedule.rows.some((r) => r[1] === b))).toEqual([]);
      expect(toText(bare)).toContain(blanks[0]);
    }
  });

  it('puts the field and the territory in the text', () => {
    expect(text).toContain(answers.field);
    expect(text).toContain(territoryWords(answers, library.values!));
  });
});

/** A different answer to each question, valid for any preset. */
const CHANGE: Record<Question, (a: Answers) => Partial<Answers>> = {
  purpose: () => ({ purpose: 'assessing a joint bid for a grid storage tender' }),
  samples: () => ({ samples: 'five engineering samples of the HX-9 controller board' }),
  field: () => ({ field: 'marine propulsion systems' }),
  products: () => ({ products: 'HX-9 controller boards' }),
  territory: () => ({ territory: { countries: ['Japan'], regions: [], china: 'not-included' } }),
  exclusivity: (a) => ({ exclusivity: a.exclusivity.exclusive ? { exclusive: false } : { exclusive: true, months: 12 } }),
  foregroundModel: (a) => ({ foregroundModel: a.foregroundModel === 'joint' ? 'generating-party' : 'joint' }),
  improvementsModel: (a) => ({ improvementsModel: a.improvementsModel === 'generating-party' ? 'owner-of-improved' : 'generating-party' }),
  returnDays: (a) => ({ returnDays: a.returnDays + 7 }),
  termMonths: (a) => ({ termMonths: a.termMonths + 1 }),
  survivalYears: (a) => ({ survivalYears: a.survivalYears + 1 }),
  royaltyPercent: (a) => ({ royaltyPercent: a.royaltyPercent === undefined ? 3 : undefined }),
  governingLaw: (a) => ({ governingLaw: a.governingLaw === 'england' ? 'singapore' : 'england' }),
  forum: (a) => ({ forum: a.forum === 'hkiac' ? 'siac' : 'hkiac' }),
  liabilityCap: () => ({ liabilityCap: 'JPY 30,000,000' }),
  lithiumCells: (a) => ({ lithiumCells: !a.lithiumCells }),
  productRegimes: (a) => ({ productRegimes: a.productRegimes?.includes('medical-devices') ? [] : [...(a.productRegimes ?? []), 'medical-devices'] }),
  russiaReexport: (a) => ({ russiaReexport: a.russiaReexport === 'always' ? undefined : 'always' }),
  posture: (a) => ({ posture: a.posture === 'maximal' ? 'balanced' : 'maximal' }),
};

describe('every question', () => {
  const build = (a: Answers) => toText(render(library, plan(library, a), a));
  const changed = (base: Answers, q: Question): Answers => {
    const next = { ...base, ...CHANGE[q](base) } as Answers & Record<string, unknown>;
    for (const k of Object.keys(next)) if (next[k] === undefined) delete next[k];
    if (next.foregroundModel !== 'one-party-licence-back') delete next.resultsOwner;
    return next;
  };

  it.each(cases)('asked for %s (%s) changes the agreement, and no question left unasked would', (scenario, role) => {
    const base = presetAnswers(library, scenario, role);
    const before = build(base);
    const asked = questionsFor(scenario, role);
    expect(asked.filter((q) => build(changed(base, q)) === before)).toEqual([]);
    expect(QUESTIONS.filter((q) => !asked.includes(q) && build(changed(base, q)) !== before)).toEqual([]);
  });

  it('can build a royalty-free licence from a questionnaire that answers null to the royalty', () => {
    const result = resolveAnswers(library, { scenario: 'technology-license', royaltyPercent: null });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.answers.royaltyPercent).toBeUndefined();
    const terms = render(library, plan(library, result.answers), result.answers);
    expect(terms.clauses.map((c) => c.clauseId)).not.toContain('royalties');
    expect(toText(terms)).not.toMatch(/royalty of|Net Sales/);
  });
});
