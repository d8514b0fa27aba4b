// Openings of published forms the party reader misread: a vendor that contracts through one of two
// companies depending on where the customer is, a reseller form whose partner's name is a blank,
// and a reStructuredText file whose change notes come before the parties. Names and wording invented.
import { fromText, review } from '../../../src/core/review';
import { partyRefs } from '../../../src/core/review/rules/side';
import { makeContext } from './rules/make-context';

const sides = (refs: { text: string; side?: string }[]) => refs.map((r) => `${r.text}:${r.side ?? '?'}`);

describe('alternative contracting companies of one party', () => {
  const text = [
    'SDK LICENSE AGREEMENT',
    'This is an agreement between your company or, if you have no company, you as an individual ("you" or "Licensee"), and Korvel Devices Inc., if Licensee is located in North America, or Korvel Semiconductor GmbH, if Licensee is located elsewhere ("Korvel").',
    '1. License. Korvel grants you a non-exclusive license to use the SDK solely with Korvel chips. You may not distribute the SDK on its own.',
    '2. Modifications. Your modifications to the Licensed Software, and all rights associated with them, will be the property of Korvel.',
    '3. Indemnity. You shall defend and indemnify Korvel against all claims related to your use of the SDK.',
    '4. Law. This Agreement is governed by the laws of Germany.',
  ].join('\n');

  it('reads the two companies joined by "or" as one party, named by the bracket after the second', () => {
    const ctx = makeContext(text, { scenario: 'technology-license', role: 'licensee' });
    expect(ctx.parties).toEqual([{ name: 'Korvel Semiconductor GmbH', shortName: 'Korvel', aliases: ['Korvel Devices Inc.'] }]);
    expect(sides(partyRefs(ctx, 'Korvel grants you a license'))).toEqual(['Korvel:A', 'you:B']);
    // Joined by "and", two companies are two parties.
    const two = makeContext(
      [
        'LICENSE AGREEMENT',
        'This Agreement is made between Korvel Devices Inc. ("Korvel") and Lianhe Robotics Co., Ltd. ("Lianhe").',
        '1. License. Korvel grants Lianhe a non-exclusive license to use the SDK.',
      ].join('\n'),
    );
    expect(two.parties.map((p) => p.name)).toEqual(['Korvel Devices Inc.', 'Lianhe Robotics Co., Ltd.']);
  });

  it('so the licensee is the reader, and what it gives up is raised', () => {
    const r = review(fromText(text), { scenario: 'technology-license', role: 'licensee' });
    expect(r.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['one-sided.assignment', 'one-sided.one-way-indemnity']));
  });
});

describe('a reseller form in reStructuredText', () => {
  const text = [
    '.. _reseller_agreement:',
    '',
    '==================',
    'Reseller Agreement',
    '==================',
    '',
    '.. v3: new commission table',
    '.. v4: shorter notice period',
    '.. v4a: typo in section 2',
    '.. v5: trademark rules added',
    '.. v5a: minor wording',
    '.. v6: partner levels',
    '.. note:: Version 6 - 2024-03-01',
    '',
    '| BETWEEN:',
    '|  Varda Software S.A., having its registered office at Rue des Champs 4, Namur,',
    '|  Belgium (hereinafter referred to as "VARDA")',
    '| AND:',
    '|  ____________________________________, a company having its registered office at',
    '|  ____________________________________________________________.',
    '|  (hereinafter referred to as "PARTNER")',
    '',
    '1 Appointment',
    '=============',
    'VARDA appoints PARTNER as a non-exclusive reseller of the Varda Suite. PARTNER will market the Varda Suite to its customers and PARTNER shall resell it only under the Varda subscription terms.',
    'VARDA will promote its "Official Partners" on its website.',
    '',
    '2 Liability',
    '===========',
    'In no event will VARDA be liable for any indirect or consequential damages or lost profits.',
  ].join('\n');

  it('reads the parties past the change notes, the blank partner named by its term', () => {
    const ctx = makeContext(text, { scenario: 'exclusive-partnership', role: 'distributor' });
    expect(ctx.parties.map((p) => [p.name, p.shortName])).toEqual([
      ['Varda Software S.A.', 'VARDA'],
      ['PARTNER', 'PARTNER'],
    ]);
    // A person's name left blank, with no company described after it, makes no party of its term.
    const person = makeContext('CONSULTING TERMS\nConsultant Name: ______________ ("Consultant")\n1. Services\nConsultant shall perform the services. Consultant will keep all information confidential.');
    expect(person.parties).toEqual([]);
  });

  it('places the partner as the reseller: promoting its partners is not marketing for the other side', () => {
    const ctx = makeContext(text, { scenario: 'exclusive-partnership', role: 'distributor' });
    expect(sides(partyRefs(ctx, 'VARDA appoints PARTNER'))).toEqual(['VARDA:A', 'PARTNER:B']);
  });
});
