// NDA terms from the fifth unseen sample (docs/unseen-sample-nda-1209.md) in wordings the rules
// misread: each case fires in real contract language for the side it hurts, stays quiet on a near
// miss in the same words, and stays quiet for the other side.
import { looseIndependentDevelopment, noIndependentDevelopment, shortConfidentiality } from '../../../../src/core/review/rules/confidentiality-scope';
import { derivedIp } from '../../../../src/core/review/rules/derived-ip';
import { exportBarsChina } from '../../../../src/core/review/rules/export-china';
import { forum } from '../../../../src/core/review/rules/forum';
import { developmentProof, exhaustRemedies } from '../../../../src/core/review/rules/recipient-burdens';
import { returnDestroy } from '../../../../src/core/review/rules/return-destroy';
import { recipientIndemnity } from '../../../../src/core/review/rules/recipient-indemnity';
import type { Rule } from '../../../../src/core/review/context';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const opening = (receiver: string) =>
  receiver === 'cn'
    ? 'This Non-Disclosure Agreement is made between Nordlicht Systeme GmbH, a company organised under the laws of Germany (the "Disclosing Party"), and Hexi Energy Co., Ltd., a company incorporated in the People\'s Republic of China (the "Receiving Party").'
    : 'This Non-Disclosure Agreement is made between Hexi Energy Co., Ltd., a company incorporated in the People\'s Republic of China (the "Disclosing Party"), and Nordlicht Systeme GmbH, a company organised under the laws of Germany (the "Receiving Party").';
const DUTY = 'The Receiving Party shall hold the Confidential Information in confidence and shall not disclose it to any third party.';
const nda = (...lines: string[]) => [opening('de'), DUTY, ...lines].join('\n');
const cnReceives = (...lines: string[]) => [opening('cn'), DUTY, ...lines].join('\n');
const run = (rule: Rule, text: string, role: RoleId) => rule(makeContext(text, { scenario: 'pre-deal-disclosure', role })).map((f) => f.rule);

describe('confidentiality that ends early, in wordings without a plain period', () => {
  it('fires on covenants that end on an early anniversary, for the discloser only', () => {
    for (const end of [
      'The covenants contained in this agreement shall terminate and expire on the date that is the first anniversary of the date first set out above on this agreement.',
      'Except as otherwise provided herein, the obligations of this Agreement, including the restrictions on disclosure and use, shall terminate on the second anniversary of the Effective Date; provided that Sections 2.5 and 2.6 shall survive any termination of this Agreement.',
    ]) {
      expect(run(shortConfidentiality, nda(end), 'discloser')).toEqual(['one-sided.short-confidentiality']);
      expect(run(shortConfidentiality, nda(end), 'recipient')).toEqual([]);
    }
  });
  it('stays quiet on an anniversary that ends one section only, or beside trade secrets kept while secret', () => {
    const noHire = 'The obligations under Section 6 shall terminate on the first anniversary of the Effective Date.';
    const secrets =
      'The obligations of this Agreement shall terminate on the second anniversary of the Effective Date, provided that trade secrets shall be protected for so long as they remain trade secrets.';
    for (const text of [noHire, secrets]) expect(run(shortConfidentiality, nda(text), 'discloser')).toEqual([]);
  });
  it('fires on an exception that frees information once five years have passed, not ten', () => {
    const list = (years: string) =>
      nda(
        'Confidential Information does not include information:',
        '(i) which is or becomes public knowledge without breach of this Agreement by the Recipient;',
        '(ii) which is disclosed by the Recipient with the prior written approval of the Discloser; or',
        `(iii) in respect of which a period of ${years} has elapsed from the date of signature of this Agreement`,
      );
    expect(run(shortConfidentiality, list('five (5) years'), 'discloser')).toEqual(['one-sided.short-confidentiality']);
    expect(run(shortConfidentiality, list('ten (10) years'), 'discloser')).toEqual([]);
  });
  it('reads a period whose figure a line break has cut from its word', () => {
    const cut = (lead: string) => nda(`11. Term. ${lead} shall continue for a period of eighteen`, '(18) months following the date of this Agreement.');
    expect(run(shortConfidentiality, cut('The commitments of either party regarding the confidentiality and non-use of Confidential Information'), 'discloser')).toEqual([
      'one-sided.short-confidentiality',
    ]);
    expect(run(shortConfidentiality, cut('The commitment of the Receiving Party not to solicit any employee of the Disclosing Party'), 'discloser')).toEqual([]);
  });
});

describe('independent development in wordings the exception list uses', () => {
  const list = (last: string) =>
    nda(
      'Confidential Information does not include information which (i) is or becomes generally available to the public without breach of this Agreement by the Recipient, (ii) is received from a third party without breach of any obligation of confidentiality, or (iii) ' +
        last,
    );
  it('reads "has been developed by or for the Recipient at any time independently of" as the exception', () => {
    const there = 'which the Recipient can show has been known or has been developed by or for the Recipient at any time independently of the information disclosed to it by the Discloser.';
    expect(run(noIndependentDevelopment, list(there), 'recipient')).toEqual([]);
    expect(run(noIndependentDevelopment, list('is disclosed by the Recipient with the prior written approval of the Discloser.'), 'recipient')).toEqual([
      'one-sided.no-independent-development',
    ]);
  });
  it('takes "without violating any obligations" and "without ... having access to" as tying it to clean work', () => {
    for (const clean of [
      'has otherwise been independently acquired or developed by the Recipient or its Representatives without violating any obligations under this agreement.',
      'was developed by the receiving Party independently from and without the developing person(s) having access to any of the Confidential Information.',
    ])
      expect(run(looseIndependentDevelopment, list(clean), 'discloser')).toEqual([]);
    expect(run(looseIndependentDevelopment, list('has otherwise been independently acquired or developed by the Recipient.'), 'discloser')).toEqual([
      'one-sided.loose-independent-development',
    ]);
  });
});

describe('what the recipient makes from the information going to the discloser', () => {
  const whoever = 'All Confidential Information, and any Derivative of it, whether created by the Disclosing Party or the Receiving Party, remains the property of the Disclosing Party.';
  const producedOn =
    'All right, title and interest in and to the Confidential Information and intellectual property produced based on the Confidential Information is and shall remain the sole property of the Disclosing Party.';
  it('fires for the recipient, at high where its own work is named, and never for the discloser', () => {
    expect(derivedIp(makeContext(nda(whoever), { scenario: 'pre-deal-disclosure', role: 'recipient' })).map((f) => [f.rule, f.severity])).toEqual([['one-sided.derived-ip', 'high']]);
    expect(derivedIp(makeContext(nda(producedOn), { scenario: 'pre-deal-disclosure', role: 'recipient' })).map((f) => [f.rule, f.severity])).toEqual([
      ['one-sided.derived-ip', 'medium'],
    ]);
    for (const text of [whoever, producedOn]) expect(run(derivedIp, nda(text), 'discloser')).toEqual([]);
  });
  it('stays quiet where only their information and its copies stay theirs, or what is derived is ours', () => {
    const copies = 'All Confidential Information, including all copies and modifications of it, remains the property of the Disclosing Party.';
    const ours = 'All Confidential Information is and shall remain the sole property of the Disclosing Party, provided that all notes and analyses derived from it by the Receiving Party shall be the sole property of the Receiving Party.';
    for (const text of [copies, ours]) expect(run(derivedIp, nda(text), 'recipient')).toEqual([]);
  });
});

describe('an export clause that bars the information from China', () => {
  const barred =
    'Each party assures that it will not knowingly, without obtaining prior authorization from the U.S. Department of Commerce, transmit directly or indirectly the technical data received pursuant hereto to Afghanistan, the People\'s Republic of China, or any other Country Group Q, S, W, Y or Z country.';
  it('fires where we receive, whichever of our group\'s companies signs', () => {
    expect(run(exportBarsChina, cnReceives(barred), 'recipient')).toEqual(['one-sided.export-bars-china']);
    expect(run(exportBarsChina, nda(barred), 'recipient')).toEqual(['one-sided.export-bars-china']);
  });
  it('stays quiet where we only disclose, and on a duty to comply with Chinese law', () => {
    expect(run(exportBarsChina, cnReceives(barred), 'discloser')).toEqual([]);
    const comply = 'Each party shall comply with the export control laws of the United States and the People\'s Republic of China that apply to the technical data it sends.';
    expect(run(exportBarsChina, cnReceives(comply), 'recipient')).toEqual([]);
  });
});

describe('forum wordings', () => {
  const rules = (text: string, role: RoleId) => run(forum, text, role).filter((r) => r === 'ambiguous.forum-conflict' || r === 'ambiguous.court-forum-open');
  it('takes non-exclusive courts beside an arbitration as no rival forum, and exclusive ones as one', () => {
    const arbitration = 'Any dispute arising out of this Agreement shall be finally resolved by arbitration under the Arbitration Rules of the Singapore International Arbitration Centre.';
    const courts = (kind: string) => `The parties hereby agree to submit irrevocably to the ${kind} jurisdiction of the Courts of the Republic of Singapore to settle any and all disputes in connection with this Agreement.`;
    for (const role of ['discloser', 'recipient'] as const) {
      expect(rules(nda(arbitration, courts('non-exclusive')), role)).toEqual([]);
      expect(rules(nda(arbitration, courts('exclusive')), role)).toEqual(['ambiguous.forum-conflict']);
    }
  });
  it('takes courts where actions "shall be brought" or the parties agree they "be brought" as exclusive', () => {
    const law = 'This Agreement shall be governed by the laws of the State of New York.';
    const shall =
      'The parties hereto agree that any and all actions or proceedings seeking to enforce any provision of this Agreement shall be brought in the courts of the State of New York. Each of the parties consents to the jurisdiction of such courts in any such action or proceeding.';
    const agreeThat = 'The parties agree that any action to enforce any provision of this Agreement be brought in the state or federal courts situated in New York County, and the parties consent to the jurisdiction of any such court.';
    const consentOnly = 'Each of the parties consents to the jurisdiction of the courts of the State of New York in any action or proceeding arising out of this Agreement.';
    for (const text of [shall, agreeThat]) expect(rules(nda(law, text), 'recipient')).toEqual([]);
    expect(rules(nda(law, consentOnly), 'recipient')).toEqual(['ambiguous.court-forum-open']);
  });
});

describe('burdens on the receiving side\'s own protections', () => {
  const list = (last: string) =>
    nda(
      `Confidential Information does not include (1) information which is generally known or revealed to the public other than by breach of this Agreement; (2) information which is revealed to the Recipient by a third party; or (3) information which the Recipient develops independently of the disclosure ${last}`,
    );
  it('fires for the recipient where only records existing at disclosure can show independent development, lower for contemporaneous records', () => {
    const at = (text: string, role: RoleId) => developmentProof(makeContext(text, { scenario: 'pre-deal-disclosure', role })).map((f) => [f.rule, f.severity]);
    expect(at(list('as indicated by files existing at the time of initial disclosure.'), 'recipient')).toEqual([['one-sided.development-proof', 'medium']]);
    expect(at(list('as shown by contemporaneous written records.'), 'recipient')).toEqual([['one-sided.development-proof', 'low']]);
    expect(at(list('as indicated by files existing at the time of initial disclosure.'), 'discloser')).toEqual([]);
  });
  it('stays quiet where the recipient\'s records of any date will do', () => {
    expect(run(developmentProof, list('as shown by the Recipient\'s written records.'), 'recipient')).toEqual([]);
  });
  const process = (duty: string) =>
    nda(
      `If the Receiving Party is served with a subpoena or court order requiring disclosure of any of the Confidential Information, it shall promptly notify the Disclosing Party. ${duty}`,
    );
  it('fires for the recipient that must exhaust every legal remedy before disclosing under legal process', () => {
    const exhaust =
      'In no event shall the Receiving Party disclose any of the Confidential Information in response to legal process unless and until the Receiving Party has exhausted any and all legal remedies available to it to limit or prevent the disclosure.';
    expect(run(exhaustRemedies, process(exhaust), 'recipient')).toEqual(['one-sided.exhaust-remedies']);
    expect(run(exhaustRemedies, process(exhaust), 'discloser')).toEqual([]);
  });
  it('stays quiet on a duty to cooperate with the discloser\'s own efforts', () => {
    const cooperate =
      'The Receiving Party shall reasonably cooperate, at the Disclosing Party\'s expense, with the Disclosing Party\'s efforts to obtain a protective order, and shall disclose only the portion of the Confidential Information that it is legally required to disclose.';
    expect(run(exhaustRemedies, process(cooperate), 'recipient')).toEqual([]);
  });
});

describe('a return owed "as soon as practicable" after notice', () => {
  const ret = (when: string) =>
    nda(`${when} receipt of a written notice from the Disclosing Party, the Receiving Party shall destroy or return all Confidential Information and certify in writing that it has done so.`);
  it('weighs "as soon as practicable after" as a time in words (low), and a bare "after" as no time (medium for the discloser, whose material comes back)', () => {
    const at = (text: string, role: RoleId) => returnDestroy(makeContext(text, { scenario: 'pre-deal-disclosure', role })).map((f) => [f.rule, f.severity]);
    for (const role of ['discloser', 'recipient'] as const) {
      expect(at(ret('As soon as practicable after'), role)).toEqual([['ambiguous.return-destroy', 'low']]);
      expect(at(ret('After'), role)).toEqual([['ambiguous.return-destroy', role === 'discloser' ? 'medium' : 'low']]);
    }
  });
});

describe('an indemnity from the party bound to secrecy, under whatever label', () => {
  const letter = (...lines: string[]) =>
    [
      'CONFIDENTIALITY AND NON-DISCLOSURE AGREEMENT',
      'To: Harbourline Trustees Limited ("Harbourline")',
      'In consideration of the disclosure by Harbourline to the undersigned of any portion of the Information, the undersigned hereby undertakes and agrees as follows:',
      '1. To maintain the Information in the strictest of confidence and not to disclose any of the Information to any person except the Representatives.',
      ...lines,
    ].join('\n');
  const label = (...lines: string[]) =>
    [
      'This Confidentiality Agreement is made between Harbourline Holdings LLC ("Owner") and Hexi Capital Co., Ltd. ("Investor").',
      'Investor shall keep the Confidential Information confidential and shall use it only to evaluate the Transaction.',
      ...lines,
    ].join('\n');
  it('fires for the recipient on "hereby indemnifies", "the undersigned shall indemnify" and an indemnity by the label bound to secrecy', () => {
    const hereby =
      'The Receiving Party accordingly hereby indemnifies and holds the Disclosing Party harmless against any loss, claim or damage of whatever nature suffered as a result of any breach of this Agreement.';
    expect(run(recipientIndemnity, nda(hereby), 'recipient')).toEqual(['one-sided.recipient-indemnity']);
    const undersigned = '9. The undersigned shall indemnify Harbourline and its representatives against any losses, costs, damages or liabilities incurred as a result of any breach by the undersigned.';
    expect(run(recipientIndemnity, letter(undersigned), 'recipient')).toEqual(['one-sided.recipient-indemnity']);
    const investor = 'Investor shall indemnify and hold harmless the Owner from and against all claims, damages and losses arising out of any breach of this Agreement by Investor or its consultants.';
    expect(run(recipientIndemnity, label(investor), 'recipient')).toEqual(['one-sided.recipient-indemnity']);
    const settlements =
      'If a third party brings an action against the Disclosing Party arising out of the Receiving Party\'s breach of this Agreement, the Receiving Party shall pay all settlements, costs, damages and legal fees arising out of such settlement or defense.';
    expect(run(recipientIndemnity, nda(settlements), 'recipient')).toEqual(['one-sided.recipient-indemnity']);
  });
  it('stays quiet for an indemnity by the other label, for the discloser, and on a duty to bear its own fees', () => {
    const owner = 'Owner shall indemnify and hold harmless Investor from and against all claims arising out of any breach of this Agreement by Owner.';
    expect(run(recipientIndemnity, label(owner), 'recipient')).toEqual([]);
    const undersigned = '9. The undersigned shall indemnify Harbourline against any losses incurred as a result of any breach by the undersigned.';
    expect(run(recipientIndemnity, letter(undersigned), 'discloser')).toEqual([]);
    const ownFees = 'In any dispute under this Agreement, the Receiving Party shall pay all of its own legal fees and costs.';
    expect(run(recipientIndemnity, nda(ownFees), 'recipient')).toEqual([]);
  });
});
