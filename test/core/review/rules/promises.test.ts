// Terms that promise something without giving it: a licence on terms still to be agreed, and
// confidentiality that protects only one side's information.
import { licenceToAgree } from '../../../../src/core/review/rules/licence-to-agree';
import { noCopies } from '../../../../src/core/review/rules/no-copies';
import { oneWayNda } from '../../../../src/core/review/rules/one-way-nda';
import type { Rule } from '../../../../src/core/review/context';
import type { RoleId, ScenarioId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const run = (rule: Rule, scenario: ScenarioId, role: RoleId, ...lines: string[]) =>
  rule(makeContext(lines.join('\n'), { scenario, role })).map((f) => `${f.rule} ${f.severity}`);

describe('a licence promised without its terms', () => {
  const jda = 'This Joint Development Agreement is made between Hexi Energy Co., Ltd. ("Hexi") and Northfield Cells Inc. ("Northfield").';
  it.each([
    'Where appropriate and to the extent required, each party undertakes to grant a royalty-free license to the other Party for the design of the Products.',
    'If either Party requires a license under the other Party\'s Background IP, the Parties shall negotiate in good faith to license such Background IP on commercially reasonable terms.',
  ])('fires for either side: %s', (line) => {
    expect(run(licenceToAgree, 'joint-development', 'technology-owner', jda, line)).toEqual(['ambiguous.licence-to-agree medium']);
    expect(run(licenceToAgree, 'joint-development', 'co-developer', jda, line)).toEqual(['ambiguous.licence-to-agree medium']);
  });
  it('quotes what happens when no terms are agreed', () => {
    const line = 'The Parties shall negotiate in good faith to license such Background IP on commercially reasonable terms. If the Parties cannot reach agreement within 90 days, either Party may refer the matter to the Steering Committee.';
    const [f] = licenceToAgree(makeContext(`${jda}\n${line}`, { scenario: 'joint-development', role: 'co-developer' }));
    expect(f?.evidence.map((e) => e.text).join(' ')).toContain('cannot reach agreement');
  });
  it('stays quiet on fees or a direct licence left to negotiation, which promise no licence of their own', () => {
    expect(run(licenceToAgree, 'joint-development', 'co-developer', jda, 'The parties agree to negotiate in good faith reasonable incremental runtime license fees for each additional processor.')).toEqual([]);
    expect(run(licenceToAgree, 'joint-development', 'co-developer', jda, 'If the licensee so requests, the licensor shall negotiate with the relevant sublicensee towards the grant of a direct license.')).toEqual([]);
  });
  it('stays quiet on a licence granted now with its terms', () => {
    expect(run(licenceToAgree, 'joint-development', 'co-developer', jda, 'Hexi hereby grants to Northfield a non-exclusive, royalty-free licence under the Hexi Background IP to develop the Products during the Term.')).toEqual([]);
  });
});

describe('a one-way NDA for the recipient', () => {
  const oneWay = [
    'NON-DISCLOSURE AGREEMENT between Kessler Ladetechnik GmbH (hereinafter referred to as the DISCLOSER) and Hexi Energy Co., Ltd. (hereinafter referred to as the DISCLOSEE).',
    'Whereas Kessler as the DISCLOSER will, in the course of the business dealings, provide confidential information to the DISCLOSEE.',
    'The DISCLOSEE shall keep all confidential information secret and shall not disclose it to any third party.',
  ];
  it('fires for the recipient, quoting where the discloser provides the information', () => {
    const found = oneWayNda(makeContext(oneWay.join('\n'), { scenario: 'pre-deal-disclosure', role: 'recipient' }));
    expect(found.map((f) => `${f.rule} ${f.severity}`)).toEqual(['one-sided.one-way-nda low']);
    expect(found[0]!.evidence[0]!.text).toContain('DISCLOSER will');
  });
  it('stays quiet where either party may disclose, and for the discloser', () => {
    expect(run(oneWayNda, 'pre-deal-disclosure', 'recipient', ...oneWay, 'Each party may disclose Confidential Information to the other under this Agreement.')).toEqual([]);
    expect(run(oneWayNda, 'pre-deal-disclosure', 'recipient', ...oneWay, '"Disclosing Party" means the party that discloses Confidential Information.')).toEqual([]);
    expect(run(oneWayNda, 'pre-deal-disclosure', 'discloser', ...oneWay)).toEqual([]);
  });
});

describe('no copies without consent, for the side that must work with the information', () => {
  const nda = 'This Manufacturing Agreement is made between Northfield Audio Inc. (the "Customer") and Hexi Electronics Co., Ltd. (the "Developer").\nEach party shall hold the other party\'s Confidential Information in confidence and shall not disclose it to any third party.';
  const ban = 'No party shall make any copies of the other party\'s Confidential Information except upon the other party\'s prior written approval.';
  it('fires for the developer', () => {
    expect(run(noCopies, 'custom-development', 'developer', nda, ban)).toEqual(['one-sided.no-copies low']);
  });
  it('stays quiet where copies reasonably necessary for the purpose are allowed', () => {
    const needed = 'The Developer shall not make copies of the Confidential Information without the Customer\'s prior written consent, except as reasonably necessary to perform this Agreement.';
    expect(run(noCopies, 'custom-development', 'developer', nda, needed)).toEqual([]);
  });
  it('stays quiet for the discloser, whom the ban protects', () => {
    const disclosure = 'This Agreement is made between Hexi Energy Co., Ltd. (the "Disclosing Party") and Northfield Systems GmbH (the "Receiving Party").\nThe Receiving Party shall hold the Confidential Information in confidence.';
    expect(run(noCopies, 'pre-deal-disclosure', 'discloser', disclosure, ban)).toEqual([]);
    expect(run(noCopies, 'pre-deal-disclosure', 'recipient', disclosure, ban)).toEqual(['one-sided.no-copies low']);
  });
});
