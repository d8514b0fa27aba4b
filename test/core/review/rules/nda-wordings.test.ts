// NDA terms in wordings the rules used to misread: each case fires in real contract language for the
// side it hurts, stays quiet on the near miss in the same words, and stays quiet for the other side.
import { looseIndependentDevelopment, markedOnly, shortConfidentiality } from '../../../../src/core/review/rules/confidentiality-scope';
import { recipientIndemnity } from '../../../../src/core/review/rules/recipient-indemnity';
import { accuracyWarranty } from '../../../../src/core/review/rules/accuracy-warranty';
import { leakLiabilityFault } from '../../../../src/core/review/rules/leak-damages';
import { residuals } from '../../../../src/core/review/rules/residuals';
import { retention } from '../../../../src/core/review/rules/retention';
import { survival } from '../../../../src/core/review/rules/survival';
import { territoryUndefined } from '../../../../src/core/review/rules/territory';
import type { Rule } from '../../../../src/core/review/context';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const OPENING =
  'This Mutual Non-Disclosure Agreement is made between Hexi Energy Co., Ltd., a company incorporated in the People\'s Republic of China (the "Disclosing Party"), and Nordlicht Systeme GmbH, a company organised under the laws of Germany (the "Receiving Party").';
const DUTY = 'The Receiving Party shall hold the Confidential Information in confidence and shall not disclose it to any third party.';
const nda = (...lines: string[]) => [OPENING, DUTY, ...lines].join('\n');
const run = (rule: Rule, text: string, role: RoleId) => rule(makeContext(text, { scenario: 'pre-deal-disclosure', role })).map((f) => f.rule);

describe('marking that is no condition of protection', () => {
  const marked =
    '"Confidential Information" means any information supplied by either party that is clearly marked "Confidential" and, if disclosed orally, identified as confidential at the time of disclosure.';
  it('still fires on a marked-only definition, for the discloser only', () => {
    expect(run(markedOnly, nda(marked), 'discloser')).toEqual(['one-sided.marked-only']);
    expect(run(markedOnly, nda(marked), 'recipient')).toEqual([]);
  });
  it('stays quiet beside "or clearly intended to be disclosed in confidence"', () => {
    const intended = '"Confidential Information" means any information supplied by either party that is clearly marked "Confidential" or clearly intended to be disclosed in confidence.';
    expect(run(markedOnly, nda(intended), 'discloser')).toEqual([]);
  });
  it('stays quiet where information counts "regardless of whether such information is specifically identified as confidential"', () => {
    const regardless =
      'The term "Evaluation Materials" includes information furnished to you orally or in writing, and regardless of whether such information is specifically identified as "confidential".';
    expect(run(markedOnly, nda(regardless), 'discloser')).toEqual([]);
  });
  it('reads people "identified to receive" the information as people, not as a label on it', () => {
    const people =
      'Any individual person who is identified to receive and utilize the confidential information applicable to the project must be disclosed to and approved by the Disclosing Party before commencing work.';
    expect(run(markedOnly, nda(people), 'discloser')).toEqual([]);
    const label = 'Only information that is identified as confidential in writing at the time of disclosure shall be protected under this Agreement.';
    expect(run(markedOnly, nda(label), 'discloser')).toEqual(['one-sided.marked-only']);
  });
});

describe('how long confidentiality lasts', () => {
  it('fires on an agreement that "shall, except as otherwise set forth herein, cease to be effective two years after the date hereof"', () => {
    const ends = 'This Agreement shall, except as otherwise specifically set forth herein, cease to be effective two years after the date hereof.';
    expect(run(shortConfidentiality, nda(ends), 'discloser')).toEqual(['one-sided.short-confidentiality']);
    expect(run(shortConfidentiality, nda(ends), 'recipient')).toEqual([]);
    const survives = `${ends} The obligations of confidentiality shall survive the expiry of this Agreement indefinitely.`;
    expect(run(shortConfidentiality, nda(survives), 'discloser')).toEqual([]);
  });
  it('fires on "3 (three) years", the figure before the word in brackets', () => {
    const three =
      'Termination of this Agreement shall not affect any obligation with respect to Confidential Information disclosed prior to termination, and the obligations of non-use and non-disclosure of Confidential Information shall survive for 3 (three) years from the date of disclosure.';
    expect(run(shortConfidentiality, nda(three), 'discloser')).toEqual(['one-sided.short-confidentiality']);
    const ten = three.replace('3 (three)', '10 (ten)');
    expect(run(shortConfidentiality, nda(ten), 'discloser')).toEqual([]);
  });
  it('fires on a duty that continues "for a period of eighteen (18) months", and not on a deadline in months', () => {
    const months =
      'The commitments of either party regarding the confidentiality and non-use of Confidential Information shall survive any termination of discussions and shall continue for a period of eighteen (18) months following the date of this Agreement.';
    expect(run(shortConfidentiality, nda(months), 'discloser')).toEqual(['one-sided.short-confidentiality']);
    expect(run(shortConfidentiality, nda(months), 'recipient')).toEqual([]);
    const deadline = 'The Receiving Party shall return all Confidential Information within eighteen (18) months following the date of any request.';
    expect(run(shortConfidentiality, nda(deadline), 'discloser')).toEqual([]);
  });
  it('stays quiet where the agreement ends but all information "shall continue to be subject to the terms of this Agreement after the termination"', () => {
    const ends =
      'This Agreement shall terminate two (2) years from the date that the Parties terminate their discussions; provided, however, that all Confidential Information shall continue to be subject to the terms of this Agreement after the termination of this Agreement.';
    expect(run(shortConfidentiality, nda(ends), 'discloser')).toEqual([]);
    const bounded = ends.replace('after the termination of this Agreement', 'for one (1) year after the termination of this Agreement');
    expect(run(shortConfidentiality, nda(bounded), 'discloser')).toEqual(['one-sided.short-confidentiality']);
  });
  it('stays quiet where trade secrets "shall enjoy perpetual protection"', () => {
    const term = 'This Agreement shall terminate two (2) years from the date that the Parties terminate their discussions.';
    const secrets = 'The trade secrets of the Disclosing Party shall enjoy perpetual protection against unauthorized disclosure or use.';
    expect(run(shortConfidentiality, nda(term), 'discloser')).toEqual(['one-sided.short-confidentiality']);
    expect(run(shortConfidentiality, nda(term, secrets), 'discloser')).toEqual([]);
  });
});

describe('residuals without the word', () => {
  const minds =
    "Notwithstanding any other provision of this Agreement, neither Party will be restricted from using the information contained in the Evaluation Material that is retained in the minds of Representatives who have had access to the other Party's Evaluation Material.";
  it('fires on information "retained in the minds of" representatives that no party will be restricted from using, for the discloser', () => {
    expect(run(residuals, nda(minds), 'discloser')).toEqual(['one-sided.residuals']);
  });
  it('stays quiet where what is retained in the minds of staff stays bound', () => {
    const bound = 'Information retained in the minds of the Receiving Party\'s employees shall remain subject to the obligations of this Agreement.';
    const ours = "Neither Party may use or disclose the other Party's Confidential Information on the ground that the information is retained in the memory of its personnel.";
    expect(run(residuals, nda(ours), 'discloser')).toEqual([]);
    expect(run(residuals, nda(bound), 'discloser')).toEqual([]);
    expect(run(residuals, nda(bound), 'recipient')).toEqual([]);
  });
});

describe('copies kept, survival and territory read for what they are', () => {
  it('a list describing the documents returned is no information kept', () => {
    const list =
      'The Receiving Party shall be permitted to retain a list that contains general descriptions of the documents it has returned to the Disclosing Party to facilitate the resolution of any controversies.';
    expect(run(retention, nda(list), 'discloser')).toEqual([]);
    const copies = 'The Receiving Party shall be permitted to retain copies of the documents it has received from the Disclosing Party after the discussions end.';
    expect(run(retention, nda(copies), 'discloser')).toEqual(['one-sided.retention']);
  });
  it('"This Agreement shall survive the termination of the services" leaves nothing unnamed', () => {
    const whole = 'This Agreement shall survive the termination of the services to be provided by the Vendor or any other agreement between the parties.';
    expect(run(survival, nda(whole), 'discloser')).toEqual([]);
    expect(run(survival, nda(whole), 'recipient')).toEqual([]);
    const vague = 'The obligations of the parties under this Agreement shall survive any termination hereof.';
    expect(run(survival, nda(vague), 'discloser')).toEqual(['ambiguous.survival']);
  });
  it('an address form\'s "(Province/Territory/State)" is no use of a Territory', () => {
    const form = nda('Contact Information (Required):', '(City/Town) (Province/Territory/State) (Country)');
    expect(run(territoryUndefined, form, 'recipient')).toEqual([]);
    expect(run(territoryUndefined, nda('The Receiving Party shall not use the Confidential Information outside the Territory.'), 'recipient')).toEqual(['ambiguous.territory-undefined']);
  });
});

describe('independent development that needs no proof of clean hands', () => {
  const exceptions = (last: string) =>
    nda(`The term "Evaluation Materials" does not include information which (i) is or becomes generally available to the public other than as a result of a disclosure by you, or (iii) ${last}`);
  it('fires for the discloser on "is independently developed by you", and never for the recipient', () => {
    expect(run(looseIndependentDevelopment, exceptions('is independently developed by you.'), 'discloser')).toEqual(['one-sided.loose-independent-development']);
    expect(run(looseIndependentDevelopment, exceptions('is independently developed by you.'), 'recipient')).toEqual([]);
  });
  it('stays quiet where the development must be without the information, in the words drafts use for it', () => {
    for (const clean of [
      'was independently developed or derived by the Receiving Party without the aid, application or use of information furnished by the Disclosing Party.',
      'is independently developed by the recipient and was not acquired directly or indirectly from the disclosing party.',
      'has been independently acquired or developed by the undersigned without violation of any obligation under this Agreement.',
      'the Recipient develops independently of the disclosure as indicated by its files.',
      'it independently developed without using or referencing the Confidential Information.',
    ])
      expect(run(looseIndependentDevelopment, exceptions(clean), 'discloser')).toEqual([]);
  });
});

describe('an indemnity the recipient gives for any breach', () => {
  const indemnity =
    'The Receiving Party shall indemnify and hold the Disclosing Party harmless from any damages, losses, costs, or liabilities arising out of or resulting from any unauthorized use or disclosure by the Receiving Party or its Representatives of the Confidential Information, including reasonable attorneys\' fees.';
  it('fires for the recipient, and stays quiet for the discloser it favours', () => {
    expect(run(recipientIndemnity, nda(indemnity), 'recipient')).toEqual(['one-sided.recipient-indemnity']);
    expect(run(recipientIndemnity, nda(indemnity), 'discloser')).toEqual([]);
  });
  it('stays quiet for an indemnity the discloser gives, a capped one, and a mutual one', () => {
    const theirs = 'The Disclosing Party shall indemnify and hold harmless the Receiving Party from any damages to the extent they result from its compliance with the Disclosing Party\'s instructions.';
    const capped = `${indemnity.slice(0, -1)}, provided that its aggregate liability under this Section shall not exceed USD 50,000.`;
    const mutual = 'Each Party shall indemnify the other Party against any losses arising from any breach of this Agreement by it.';
    for (const text of [theirs, capped, mutual]) expect(run(recipientIndemnity, nda(text), 'recipient')).toEqual([]);
  });
});

describe('liability for a leak kept only for gross fault', () => {
  const fault =
    "A party's liability for breach of this Agreement shall be limited to the dollar amount of any direct damages caused by gross negligence, intentional or deliberate misconduct of such Party or of its Representatives.";
  it('fires for the discloser, and stays quiet for the recipient it favours', () => {
    expect(run(leakLiabilityFault, nda(fault), 'discloser')).toEqual(['one-sided.leak-liability-fault']);
    expect(run(leakLiabilityFault, nda(fault), 'recipient')).toEqual([]);
  });
  it('stays quiet where only consequential loss is excluded save for wilful acts, and where the discloser alone is protected', () => {
    const consequential =
      'Save for wilful acts, default or gross negligence on their respective parts, neither party shall be liable to the other party for any indirect, incidental, special or consequential damage.';
    const accuracy = 'The Disclosing Party shall not be liable for the accuracy of the Confidential Information except to the extent of its wilful misconduct.';
    const indirect = 'Neither party shall be liable for any indirect or consequential damages unless caused by its gross negligence or wilful misconduct.';
    for (const text of [consequential, accuracy, indirect]) expect(run(leakLiabilityFault, nda(text), 'discloser')).toEqual([]);
  });
});

describe('a warranty that what is disclosed is accurate', () => {
  const each =
    "Each Party represents, warrants and covenants that all information furnished by said Party, or to be furnished by said Party, is, or will be, true, complete, correct and accurate to the best of said Party's knowledge.";
  it('fires for the discloser that gives it, alone or with the other party, and not for the recipient', () => {
    expect(run(accuracyWarranty, nda(each), 'discloser')).toEqual(['one-sided.accuracy-warranty']);
    expect(run(accuracyWarranty, nda(each), 'recipient')).toEqual([]);
  });
  it('stays quiet on the usual disclaimer, and on a warranty of something other than the information', () => {
    const disclaimer = 'The Disclosing Party makes no representation or warranty that the information furnished by it is accurate or complete.';
    const authority = 'Each Party represents and warrants that it has full power and authority to enter into this Agreement and that its statements in the recitals are true.';
    for (const text of [disclaimer, authority]) expect(run(accuracyWarranty, nda(text), 'discloser')).toEqual([]);
  });
});
