import { plan, presetAnswers, render, toText, type Answers } from '../../../src/core/agreement';
import { SCENARIO_IDS, type RoleId, type ScenarioId } from '../../../src/core/scenarios';
import { realLibrary } from './real-library';

// Where the clauses every signable deal needs beyond its IP terms go (counsel's priorities per deal),
// and which variant each posture and side gets.
const library = realLibrary();

const variantOf = (a: Answers, clause: string) => plan(library, a).clauses.find((c) => c.clause.id === clause)?.variant.id;
const preset = (scenario: ScenarioId, role?: RoleId, posture: Answers['posture'] = 'balanced') => ({ ...presetAnswers(library, scenario, role), posture });
const builtIn = (clause: string) => SCENARIO_IDS.filter((s) => variantOf(preset(s), clause) !== undefined);

describe('force majeure', () => {
  it('is in every deal that delivers goods, work or technology over time, not in the disclosure agreement', () => {
    expect(builtIn('force-majeure')).toEqual(['sample-testing', 'joint-development', 'exclusive-partnership', 'technology-license', 'custom-development']);
  });

  it('names export licences and new sanctions as force majeure, and never excuses payment', () => {
    const text = toText(render(library, plan(library, preset('exclusive-partnership')), preset('exclusive-partnership')));
    expect(text).toMatch(/"Force Majeure Event" means .*the refusal, suspension or revocation of an export licence, and the imposition after the Effective Date of sanctions/);
    expect(text).toContain('This Section does not excuse a delay or failure to pay any amount when due.');
    expect(text).toMatch(/for more than 90 consecutive days, either Party may terminate this Agreement/);
  });

  it('is balanced by default; at the maximal posture it protects the side that asks for it, and no other', () => {
    expect(variantOf(preset('exclusive-partnership'), 'force-majeure')).toBe('mutual');
    expect(variantOf(preset('exclusive-partnership', 'supplier', 'maximal'), 'force-majeure')).toBe('supplier-protective');
    expect(variantOf(preset('exclusive-partnership', 'distributor', 'maximal'), 'force-majeure')).toBe('buyer-protective');
    expect(variantOf(preset('custom-development', 'customer', 'maximal'), 'force-majeure')).toBe('buyer-protective');
    expect(variantOf(preset('technology-license', 'licensee', 'maximal'), 'force-majeure')).toBe('mutual');
  });
});

describe('anti-bribery and compliance', () => {
  it('is in every deal but the disclosure agreement, and lets the other side terminate at once for a bribe', () => {
    expect(builtIn('anti-bribery')).toEqual(['sample-testing', 'joint-development', 'exclusive-partnership', 'technology-license', 'custom-development']);
    const text = toText(render(library, plan(library, preset('joint-development')), preset('joint-development')));
    expect(text).toMatch(/with all laws against bribery and corruption that apply to it, including the Foreign Corrupt Practices Act of 1977 of the United States, the United Kingdom's Bribery Act 2010, and the Anti-Unfair Competition Law/);
    expect(text).toMatch(/policies and procedures, including training of the staff concerned, that are adequate to prevent/);
    expect(text).toMatch(/the other Party may terminate this Agreement with immediate effect by written notice, without liability for that termination/);
  });

  it('at the maximal posture, adds assurances and an audit for the supplier or licensor whose reseller deals with customers, and for no one else', () => {
    expect(variantOf(preset('exclusive-partnership', 'supplier', 'maximal'), 'anti-bribery')).toBe('intermediary-assurances');
    expect(variantOf(preset('technology-license', 'licensor', 'maximal'), 'anti-bribery')).toBe('intermediary-assurances');
    expect(variantOf(preset('exclusive-partnership', 'distributor', 'maximal'), 'anti-bribery')).toBe('mutual');
    expect(variantOf(preset('exclusive-partnership', 'supplier'), 'anti-bribery')).toBe('mutual');
  });
});

describe('data protection', () => {
  it('is in joint development, distribution and custom development, where staff and devices in use exchange personal data', () => {
    expect(builtIn('data-protection')).toEqual(['joint-development', 'exclusive-partnership', 'custom-development']);
    const text = toText(render(library, plan(library, preset('custom-development')), preset('custom-development')));
    expect(text).toContain('is a separate controller, or personal information handler, of the Personal Data that it processes');
    expect(text).toMatch(/a safeguard under Chapter V of that regulation/);
    expect(text).toMatch(/one of the conditions in article 38 of the Personal Information Protection Law of the People's Republic of China/);
    expect(text).toMatch(/shall notify the other Party in writing within 48 hours after becoming aware of it/);
  });

  it('at the maximal posture, makes the device maker answer for its telemetry when we distribute or commission its products', () => {
    expect(variantOf(preset('exclusive-partnership', 'distributor', 'maximal'), 'data-protection')).toBe('device-maker-accountable');
    expect(variantOf(preset('custom-development', 'customer', 'maximal'), 'data-protection')).toBe('device-maker-accountable');
    expect(variantOf(preset('custom-development', 'developer', 'maximal'), 'data-protection')).toBe('separate-controllers');
  });
});
