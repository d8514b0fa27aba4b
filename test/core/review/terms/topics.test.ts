// The ownership topics and the missing check read the same terms: a clause the term reader reads as
// saying who holds the results, the improvements or the background settles its topic, so the review
// never lists it beside "Nothing says who owns …".
import { fromText, review } from '../../../../src/core/review';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from '../rules/make-context';
import { library as LIBRARY, playbooks as PLAYBOOKS } from '../../../support/review-as-side';

const JDA = [
  'This Joint Development Agreement is made between Lindqvist Energy AB (the "Technology Owner") and Hexi Power Co., Ltd. (the "Co-Developer").',
  '1. Development. The Parties shall jointly develop a battery management system for stationary storage under the Development Plan.',
  '2. Confidentiality. Each Party shall keep the Confidential Information of the other Party confidential and use it only for the development.',
];

function reviewed(role: RoleId, ...ip: string[]) {
  const result = review(fromText([...JDA, ...ip].join('\n')), { scenario: 'joint-development', role, library: LIBRARY, playbooks: PLAYBOOKS, locale: 'en' });
  const present = new Set(result.topics.filter((t) => t.present).map((t) => t.id));
  const missing = new Set(result.findings.filter((f) => f.kind === 'missing' && f.severity !== 'info').map((f) => f.topic));
  return { present, missing, ipTerms: result.findings.some((f) => f.kind === 'missing' && f.wording?.message.key === 'review.rule.missing.ip-terms.message') };
}

describe('ownership topics from the terms', () => {
  // "belongs to" in the present tense is a wording topic detection does not read for improvements.
  const improvements = '3. Improvements. Any enhancement that a Party makes to the Licensed Technology belongs to the Technology Owner.';
  const results = '4. Results. Each Party shall own the inventions it makes in performing the Development Plan.';
  const background = '5. Background. All know-how that a Party brought to the project before the Effective Date shall belong to that Party.';

  it.each<RoleId>(['technology-owner', 'co-developer'])('does not call settled topics missing (%s)', (role) => {
    const r = reviewed(role, improvements, results, background);
    for (const topic of ['improvements', 'foreground-ip', 'background-ip'] as const) {
      expect(r.present.has(topic)).toBe(true);
      expect(r.missing.has(topic)).toBe(false);
    }
  });
  it('still calls a topic missing where no clause settles it', () => {
    const r = reviewed('co-developer', results);
    expect(r.present.has('improvements')).toBe(false);
    expect(r.missing.has('improvements') || r.ipTerms).toBe(true);
  });
  it('takes "remain with" for a term only where a party follows', () => {
    const venture = '5. Property. Title to all Venture property, including intellectual property, will remain in the name of the Venture.';
    expect(makeContext([...JDA, venture].join('\n'), { scenario: 'joint-development', role: 'co-developer' }).topics['background-ip'].present).toBe(false);
    const kept = '5. Background. All intellectual property a Party brings to the project shall remain with the Technology Owner.';
    expect(makeContext([...JDA, kept].join('\n'), { scenario: 'joint-development', role: 'co-developer' }).topics['background-ip'].present).toBe(true);
  });
  it('makes improvements present from a clause that assigns them, and not from a party keeping its own', () => {
    const assigned = '3. Improvements. Every enhancement the Co-Developer makes to the Licensed Technology shall automatically vest in the Technology Owner.';
    const ctx = makeContext([...JDA, assigned].join('\n'), { scenario: 'joint-development', role: 'co-developer' });
    expect(ctx.topics['improvements'].present).toBe(true);
    expect(ctx.topics['improvements'].evidence[0]?.text).toMatch(/automatically vest/);
    // Keeping its own technology "and any modifications thereof" settles who holds them, but passes nothing.
    const kept = '3. Technology. The Technology Owner shall retain all right, title and interest in the Licensed Technology and any modifications thereof.';
    const own = makeContext([...JDA, kept].join('\n'), { scenario: 'joint-development', role: 'co-developer' });
    expect(own.topics['improvements'].present).toBe(false);
    expect(reviewed('co-developer', kept).missing.has('improvements')).toBe(false);
  });
  it('makes feedback present from a clause that says who holds it, in any wording of ownership', () => {
    const suggestions = '6. Suggestions. Any suggestions the Co-Developer makes about the Licensed Technology belong to the Technology Owner.';
    const ctx = makeContext([...JDA, suggestions].join('\n'), { scenario: 'joint-development', role: 'co-developer' });
    expect(ctx.topics['feedback'].present).toBe(true);
    expect(ctx.topics['feedback'].evidence[0]?.text).toMatch(/belong to/);
    const asked = '6. Suggestions. The Co-Developer may send suggestions about the Licensed Technology to the Technology Owner.';
    expect(makeContext([...JDA, asked].join('\n'), { scenario: 'joint-development', role: 'co-developer' }).topics['feedback'].present).toBe(false);
  });
  it('makes background IP present from the term, with its clause as evidence', () => {
    const ctx = makeContext([...JDA, background].join('\n'), { scenario: 'joint-development', role: 'co-developer' });
    expect(ctx.topics['background-ip'].present).toBe(true);
    expect(ctx.topics['background-ip'].evidence[0]?.text).toMatch(/brought to the project/);
  });
});
