import { draftParties, fixesFor, fixText } from '../../../src/core/fix';
import type { Finding } from '../../../src/core/findings';
import { buildContext, fromText, review } from '../../../src/core/review';
import type { RoleId, ScenarioId } from '../../../src/core/scenarios';
import { library, playbooks } from '../../support/review-as-side';

/** A short development agreement in which the developer keeps the deliverables and licenses them to the customer, and leaves the other IP terms out. */
const DEVELOPMENT = `SOFTWARE DEVELOPMENT AGREEMENT

This Software Development Agreement is made between Harbour Systems Ltd., a company incorporated in England ("Developer"), and Linden Medical GmbH, a company incorporated in Germany ("Customer").

1. Services

1.1 Developer shall design, build and test the software described in Schedule 1 (the "Deliverables") for Customer.

1.2 Customer shall give Developer the specifications, test data and access to its systems that Developer reasonably needs to perform the services.

2. Fees

2.1 Customer shall pay the fees set out in Schedule 2 within 30 days after receiving each correct invoice.

3. Acceptance

3.1 Customer shall test each Deliverable within 15 days after delivery and either accept it or give Developer a written list of its defects.

4. Ownership

4.1 Developer owns the Deliverables and all intellectual property rights in them, and grants Customer a non-exclusive, perpetual licence to use the Deliverables for its own business.

5. Term

5.1 This Agreement starts on the date of the last signature and ends when Customer has accepted the last Deliverable.`;

function missingWithFix(draft: string, scenario: ScenarioId, role: RoleId): Finding[] {
  const result = review(fromText(draft), { library, playbooks, scenario, role });
  return result.findings.filter((f) => f.kind === 'missing' && f.fix);
}

describe('a fix for a missing term is written for our side', () => {
  it('gives a customer’s improvements to the customer, as counsel’s position for the customer says', () => {
    const doc = fromText(DEVELOPMENT);
    const result = review(doc, { library, playbooks, scenario: 'custom-development', role: 'customer' });
    const improvements = result.findings.find((f) => f.kind === 'missing' && f.topic === 'improvements');
    expect(improvements?.fix).toBeDefined();
    const text = fixText(fixesFor(library, result, doc)(improvements!.fix!)!);
    // The clause written for the side that shares its technology gave Developer what Customer improves.
    expect(text).not.toMatch(/Improvements[^.]*\bowned by Developer\b/);
    expect(text).toMatch(/Improvements are owned by the Party whose employees or contractors make them/);
  });

  it('takes counsel’s clause for every topic our side’s playbook has a position on, in every deal and for either side', () => {
    let checked = 0;
    for (const scenario of library.scenarios) {
      for (const role of scenario.roles) {
        const positions = (scenario.playbook as Record<string, { positions?: Record<string, { fix?: { clause: string; variant: string } }> }>)[role.id]?.positions ?? {};
        for (const f of missingWithFix(DEVELOPMENT, scenario.id as ScenarioId, role.id as RoleId)) {
          const own = positions[f.topic]?.fix;
          if (!own || library.clauses.find((c) => c.id === own.clause)?.topic !== f.topic) continue;
          expect({ scenario: scenario.id, role: role.id, topic: f.topic, fix: f.fix }).toEqual({ scenario: scenario.id, role: role.id, topic: f.topic, fix: own });
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(5);
  });
});

/** A design-partner draft on a cover page: no party is introduced by name, and "Recipient" is a role either party takes. */
const DESIGN_PARTNER = `DESIGN PARTNER STANDARD TERMS

1. Program

1.1 Product Access. During the Term, Partner will have early access to the Product for its internal business purposes.

1.2 Feedback. Partner will give Feedback to Provider on a schedule the parties agree. Provider owns all Feedback, and Partner hereby assigns to Provider all its right, title and interest in Feedback.

2. Warranties

2.1 Provider and Partner each disclaim all implied warranties, to the extent the law allows.

3. Confidentiality

3.1 Recipient will use Discloser's Confidential Information only to perform this Agreement and will not disclose it to anyone else.

3.2 Provider will keep the Product available to Partner during the Term.

4. Definitions

4.1 "Discloser" means a party to this Agreement when the party discloses Confidential Information to the other party.

4.2 "Recipient" means a party to this Agreement when the party receives Confidential Information from the other party.`;

describe('a fix does not borrow a term the draft defines for something else', () => {
  it('never names one side by a role either party takes, and finds the name the draft pairs with the other side', () => {
    const { ctx } = buildContext(fromText(DESIGN_PARTNER), { scenario: 'joint-development', role: 'co-developer' });
    expect(draftParties(ctx)).toEqual({ A: 'Provider', B: 'Partner' });
    const doc = fromText(DESIGN_PARTNER);
    const result = review(doc, { library, playbooks, scenario: 'joint-development', role: 'co-developer' });
    const fixes = fixesFor(library, result, doc);
    const texts = result.findings.filter((f) => f.fix).map((f) => fixText(fixes(f.fix!)!));
    expect(texts.length).toBeGreaterThan(0);
    // "Recipient" may appear only as the draft itself uses it: before "'s" or as the receiving party of information, never as the partner's name.
    for (const text of texts) expect(text).not.toMatch(/\bRecipient (?:is not obliged|grants|may use|shall not|has an option)/);
    expect(texts.join('\n')).toMatch(/\bPartner is not obliged to give Feedback\b/);
  });

  it('still names a side by a role label the draft gives that side alone', () => {
    const oneWay = `CONFIDENTIALITY UNDERTAKING

1. Use. Recipient shall use the Confidential Information only to evaluate the proposed supply of battery cells by Discloser.

2. Return. Within 30 days after Discloser's written request, Recipient shall return all Confidential Information to Discloser.`;
    const { ctx } = buildContext(fromText(oneWay), { scenario: 'pre-deal-disclosure', role: 'discloser' });
    expect(draftParties(ctx)).toEqual({ A: 'Discloser', B: 'Recipient' });
  });
});
