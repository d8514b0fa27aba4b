// The one-sided points on confidentiality, feedback, exclusivity and forum: each fires in real
// contract language for the side it hurts, stays quiet on the near miss, and stays quiet for the side
// the same words favour.
import { exclusivityReach } from '../../../../src/core/review/rules/exclusivity-reach';
import { forum } from '../../../../src/core/review/rules/forum';
import { freeUse } from '../../../../src/core/review/rules/free-use';
import { licenceEnd } from '../../../../src/core/review/rules/licence-end';
import { markedOnly, noIndependentDevelopment, shortConfidentiality } from '../../../../src/core/review/rules/confidentiality-scope';
import { missingTerms } from '../../../../src/core/review/rules/missing';
import { returnDestroy, weReturn } from '../../../../src/core/review/rules/return-destroy';
import type { Rule } from '../../../../src/core/review/context';
import type { RoleId, ScenarioId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';
import { realLibrary } from '../../agreement/real-library';

const NDA_OPENING =
  'This Mutual Non-Disclosure Agreement is made between Hexi Energy Co., Ltd., a company incorporated in the People\'s Republic of China (the "Disclosing Party"), and Nordlicht Systeme GmbH, a company organised under the laws of Germany, with its seat in Stuttgart (the "Receiving Party").';
const DUTY = 'The Receiving Party shall hold the Confidential Information in confidence and shall not disclose it to any third party.';

function rules(rule: Rule, text: string, scenario: ScenarioId, role: RoleId): string[] {
  return rule(makeContext(text, { scenario, role })).map((f) => `${f.rule} ${f.severity}`);
}
const nda = (...lines: string[]) => [NDA_OPENING, DUTY, ...lines].join('\n');

describe('protection only for marked information', () => {
  const marked =
    '"Confidential Information" means information disclosed by the Disclosing Party that is marked "Confidential" or, if disclosed orally, identified as confidential at the time of disclosure and confirmed in writing within 30 days.';
  it('fires for the discloser', () => {
    expect(rules(markedOnly, nda(marked), 'pre-deal-disclosure', 'discloser')).toEqual(['one-sided.marked-only medium']);
  });
  it('fires where the protected information is named by its marking: "All information identified as confidential …"', () => {
    const named = 'All Information identified as confidential and disclosed hereunder shall remain the sole property of the Disclosing Party.';
    expect(rules(markedOnly, nda(named), 'pre-deal-disclosure', 'discloser')).toEqual(['one-sided.marked-only medium']);
    const courtesy = 'The Disclosing Party may mark documents it considers sensitive with a legend reading "Confidential".';
    expect(rules(markedOnly, nda(courtesy), 'pre-deal-disclosure', 'discloser')).toEqual([]);
  });
  it('stays quiet where unmarked information that a reasonable person would understand to be confidential is covered', () => {
    const catchAll = `${marked.slice(0, -1)}, or that a reasonable person would understand to be confidential given its nature.`;
    expect(rules(markedOnly, nda(catchAll), 'pre-deal-disclosure', 'discloser')).toEqual([]);
    const whether = '"Confidential Information" means all technical information disclosed by the Disclosing Party, whether or not it is marked as confidential.';
    expect(rules(markedOnly, nda(whether), 'pre-deal-disclosure', 'discloser')).toEqual([]);
    const circumstances =
      '"Confidential Information" means all information relating to a Party that is designated as confidential or that, given the nature of the information or the circumstances of its disclosure, reasonably should be considered as confidential.';
    expect(rules(markedOnly, nda(circumstances), 'pre-deal-disclosure', 'discloser')).toEqual([]);
    const evenIf =
      'All information disclosed by the Disclosing Party, orally or in writing, is Confidential Information even if it is not designated as "Confidential" or identified as confidential when it is disclosed.';
    expect(rules(markedOnly, nda(evenIf), 'pre-deal-disclosure', 'discloser')).toEqual([]);
  });
  it('stays quiet where marking is one way of keeping information secret, beside "or otherwise treating it as confidential", for either side', () => {
    const efforts = (ways: string) =>
      `"Trade Information" means information of the Company that it makes reasonable efforts to keep secret, including ${ways}.`;
    const otherwise = efforts('(a) marking written information with a legend stating that it is confidential, or (b) otherwise treating such information as confidential');
    const onlyMarking = efforts('marking written information with a legend stating that it is confidential, and no other information');
    for (const role of ['discloser', 'recipient'] as const) expect(rules(markedOnly, nda(otherwise), 'pre-deal-disclosure', role)).toEqual([]);
    expect(rules(markedOnly, nda(onlyMarking), 'pre-deal-disclosure', 'discloser')).toEqual(['one-sided.marked-only medium']);
  });
  it('still fires where the only way in is a marking, with no reasonable-person or "even if unmarked" wording', () => {
    const designated =
      '"Confidential Information" means information relating to a Party that is designated as confidential in writing at the time of disclosure, given by one Party to the other under this Agreement.';
    expect(rules(markedOnly, nda(designated), 'pre-deal-disclosure', 'discloser')).toEqual(['one-sided.marked-only medium']);
  });
  it('stays quiet for the recipient, whom a marking rule favours', () => {
    expect(rules(markedOnly, nda(marked), 'pre-deal-disclosure', 'recipient')).toEqual([]);
  });
  it('stays quiet where the marking asked for is that of copies, and still fires where the copy rule sits beside a marked-only definition', () => {
    const copies =
      'The Receiving Party may make only the copies of Confidential Information that the Purpose requires, and each copy will be marked with the same proprietary notices as the original.';
    expect(rules(markedOnly, nda(copies), 'pre-deal-disclosure', 'discloser')).toEqual([]);
    expect(rules(markedOnly, nda(copies, marked), 'pre-deal-disclosure', 'discloser')).toEqual(['one-sided.marked-only medium']);
  });
  it('stays quiet where marked information is one more kind beside kinds protected anyway, or in a filing\'s redaction note', () => {
    const oneMore =
      'Proprietary Information includes, without limitation, the Software, its documentation, pricing, product roadmaps, technical data or other information that is marked with a proprietary or confidential legend.';
    expect(rules(markedOnly, nda(oneMore), 'pre-deal-disclosure', 'discloser')).toEqual([]);
    const legend = 'Certain identified information (the "Confidential Information") has been excluded from this exhibit under Regulation S-K because it is not material and would cause competitive harm if publicly disclosed.';
    expect(rules(markedOnly, nda(legend), 'pre-deal-disclosure', 'discloser')).toEqual([]);
  });
});

describe('no exception for independent development', () => {
  const exceptions =
    'The obligations in this Section do not apply to information that (a) is or becomes publicly available through no fault of the Receiving Party, (b) was already in the Receiving Party\'s possession before disclosure, or (c) is lawfully obtained from a third party without restriction.';
  it('fires for the recipient, quoting the exceptions', () => {
    const ctx = makeContext(nda(exceptions), { scenario: 'pre-deal-disclosure', role: 'recipient' });
    const [f] = noIndependentDevelopment(ctx);
    expect(f).toMatchObject({ rule: 'one-sided.no-independent-development', severity: 'medium' });
    expect(f!.evidence[0]!.text).toContain('lawfully obtained from a third party');
  });
  it('offers the confidentiality clause, whose exceptions include independent development, as the fix', () => {
    const library = realLibrary();
    const ctx = makeContext(nda(exceptions), { scenario: 'pre-deal-disclosure', role: 'recipient', library });
    const [f] = noIndependentDevelopment(ctx);
    expect(f!.fix?.clause).toBe('confidentiality');
    const variant = library.clauses.find((c) => c.id === 'confidentiality')!.variants.find((v) => v.id === f!.fix!.variant)!;
    expect(variant.text).toMatch(/develops? independently/);
  });
  it('stays quiet for a seller bound by a covenant given to induce the sale of its business', () => {
    const induce = 'To induce the Buyer to enter into the Asset Purchase Agreement, the Receiving Party gives the covenants below.';
    expect(rules(noIndependentDevelopment, nda(induce, exceptions), 'pre-deal-disclosure', 'recipient')).toEqual([]);
    const courtesy = 'To help the Buyer evaluate a possible Asset Purchase Agreement, the Receiving Party gives the covenants below.';
    expect(rules(noIndependentDevelopment, nda(courtesy, exceptions), 'pre-deal-disclosure', 'recipient')).toEqual(['one-sided.no-independent-development medium']);
  });
  it('stays quiet where information the recipient develops independently is excepted', () => {
    const withIndependent = `${exceptions.slice(0, -1)}, or (d) is developed independently by the Receiving Party without use of the Confidential Information.`;
    expect(rules(noIndependentDevelopment, nda(withIndependent), 'pre-deal-disclosure', 'recipient')).toEqual([]);
    expect(rules(noIndependentDevelopment, nda(exceptions, 'Each party may use information it develops independently.'), 'pre-deal-disclosure', 'recipient')).toEqual([]);
  });
  it('reads an exception that says how the information was developed: "without reference to" it', () => {
    const withoutReference = `${exceptions.slice(0, -1)}, or (d) is developed by the Receiving Party without reference to the Confidential Information.`;
    expect(rules(noIndependentDevelopment, nda(withoutReference), 'pre-deal-disclosure', 'recipient')).toEqual([]);
    const withUse = 'Any improvement developed by the Receiving Party with use of the Confidential Information belongs to the Disclosing Party.';
    expect(rules(noIndependentDevelopment, nda(exceptions, withUse), 'pre-deal-disclosure', 'recipient')).toEqual(['one-sided.no-independent-development medium']);
  });
  it('fires with no exception at all where what is protected is defined under another name ("Evaluation Material")', () => {
    const evaluation = '"Evaluation Material" means all information the Company makes available to the Recipient about its business.';
    expect(rules(noIndependentDevelopment, nda(evaluation), 'pre-deal-disclosure', 'recipient')).toEqual(['one-sided.no-independent-development high']);
    const rights = '"Proprietary Rights" means patents, copyrights and other rights in inventions.';
    expect(rules(noIndependentDevelopment, nda(rights), 'pre-deal-disclosure', 'recipient')).toEqual([]);
  });
  it('stays quiet for the discloser, whom narrow exceptions favour', () => {
    expect(rules(noIndependentDevelopment, nda(exceptions), 'pre-deal-disclosure', 'discloser')).toEqual([]);
  });
  it('does not read a third party named in a definition as an exception', () => {
    const text = nda('"Software" means software developed by the Disclosing Party or licensed from a third party by the Disclosing Party.', '"Confidential Information" means all information disclosed under this Agreement.');
    expect(rules(noIndependentDevelopment, text, 'pre-deal-disclosure', 'recipient')).toEqual(['one-sided.no-independent-development high']);
  });
});

describe('confidentiality that ends after a few years', () => {
  const short = 'These obligations of confidentiality and non-use shall remain in effect for three (3) years after termination of this Agreement.';
  it('fires for the discloser', () => {
    expect(rules(shortConfidentiality, nda(short), 'pre-deal-disclosure', 'discloser')).toEqual(['one-sided.short-confidentiality medium']);
  });
  it('stays quiet with a longer period, or with trade secrets protected while they stay secret', () => {
    expect(rules(shortConfidentiality, nda(short.replace('three (3)', 'ten (10)')), 'pre-deal-disclosure', 'discloser')).toEqual([]);
    const tail = 'For trade secrets, these obligations continue for so long as the information remains a trade secret under applicable law.';
    expect(rules(shortConfidentiality, nda(short, tail), 'pre-deal-disclosure', 'discloser')).toEqual([]);
  });
  it('stays quiet for the recipient', () => {
    expect(rules(shortConfidentiality, nda(short), 'pre-deal-disclosure', 'recipient')).toEqual([]);
  });
  it('reads a confidentiality agreement\'s own short term as the duty\'s length where nothing makes the duty outlast it', () => {
    const term = ['Term.', 'This Agreement shall remain in full force and effect until the earlier of:', '(a) two (2) years after the Effective Date; or (b) the date the Parties sign a supply agreement.'];
    expect(rules(shortConfidentiality, nda(...term), 'pre-deal-disclosure', 'discloser')).toEqual(['one-sided.short-confidentiality medium']);
    const survives = 'The obligations of confidentiality in this Agreement survive its termination for ten (10) years.';
    expect(rules(shortConfidentiality, nda(...term, survives), 'pre-deal-disclosure', 'discloser')).toEqual([]);
    const inTheSame = 'This Agreement shall expire two (2) years after the Effective Date, but the Receiving Party\'s duties under it survive for as long as the information remains secret.';
    expect(rules(shortConfidentiality, nda(inTheSame), 'pre-deal-disclosure', 'discloser')).toEqual([]);
    expect(rules(shortConfidentiality, nda(...term), 'pre-deal-disclosure', 'recipient')).toEqual([]);
  });
  it('reads an agreement and its obligations that end days after an event, not a notice period in days', () => {
    const days =
      'This Agreement and the obligations of the parties under it shall terminate upon the earlier of (i) twenty (20) days from the date of the investor meeting and (ii) the date the Recipient no longer holds the Information.';
    expect(rules(shortConfidentiality, nda(days), 'pre-deal-disclosure', 'discloser')).toEqual(['one-sided.short-confidentiality medium']);
    expect(rules(shortConfidentiality, nda(days), 'pre-deal-disclosure', 'recipient')).toEqual([]);
    const notice = 'Either party may end the discussions by thirty (30) days\' written notice, and this Agreement shall remain in effect until the Information has become public.';
    expect(rules(shortConfidentiality, nda(notice), 'pre-deal-disclosure', 'discloser')).toEqual([]);
  });
  it('reads a duty kept "for" a few years as its length, not a deadline "within" them', () => {
    const forYears = 'The Receiving Party shall keep the Confidential Information confidential for two (2) years.';
    expect(rules(shortConfidentiality, nda(forYears), 'pre-deal-disclosure', 'discloser')).toEqual(['one-sided.short-confidentiality medium']);
    const within = 'The Receiving Party shall keep the Confidential Information confidential and shall return it within two (2) years.';
    expect(rules(shortConfidentiality, nda(within), 'pre-deal-disclosure', 'discloser')).toEqual([]);
  });
});

describe('feedback and usage data free for the other side', () => {
  const opening = 'This Evaluation Agreement is made between Voltaris Pte. Ltd. (the "Provider") and Hexi Energy Co., Ltd. (the "Evaluator").';
  const free = 'The Evaluator hereby grants to the Provider a perpetual, irrevocable, worldwide, royalty-free licence to use and exploit any feedback the Evaluator provides.';
  const usage = 'The Provider may collect Usage Data and may freely use Usage Data to improve and promote its products.';
  it('fires for the evaluator', () => {
    expect(rules(freeUse, [opening, free, usage].join('\n'), 'sample-testing', 'evaluator')).toEqual([
      'one-sided.free-feedback medium',
      'one-sided.usage-data medium',
    ]);
  });
  it('stays quiet on a licence limited to improving the product it is about', () => {
    const limited = 'The Evaluator grants the Provider a royalty-free licence to use feedback only to correct and improve the Provider\'s product that is its subject.';
    expect(rules(freeUse, [opening, limited].join('\n'), 'sample-testing', 'evaluator')).toEqual([]);
  });
  it('stays quiet for the provider, who receives the feedback', () => {
    expect(rules(freeUse, [opening, free, usage].join('\n'), 'sample-testing', 'provider')).toEqual([]);
  });
});

describe('exclusivity that reaches everywhere or never ends', () => {
  const opening = 'This Distribution Agreement is made between Hexi Energy Co., Ltd. (the "Supplier") and Andes Power S.A. (the "Distributor").';
  const grant = 'The Supplier appoints the Distributor as its exclusive distributor of the Products throughout the world.';
  const term = 'The exclusive appointment shall continue for an indefinite period while the Distributor meets the minimum purchase quantities.';
  it('fires for the supplier', () => {
    expect(rules(exclusivityReach, [opening, grant, term].join('\n'), 'exclusive-partnership', 'supplier')).toEqual([
      'one-sided.exclusivity-worldwide high',
      'one-sided.exclusivity-endless medium',
    ]);
  });
  it('names the words that open the territory, as the reader would search for them', () => {
    const named = 'The Supplier appoints the Distributor as its exclusive distributor of the Products in Chile.';
    // Layout spaces from a converted filing: the message quotes the words with single spaces.
    const open = 'The Distributor shall otherwise be free to sell to its customers in any  market  which does not have another exclusive distributor.';
    const [f] = exclusivityReach(makeContext([opening, named, open].join('\n'), { scenario: 'exclusive-partnership', role: 'supplier' }));
    expect(f?.message).toBe('Exclusivity reaches every market: "any market"');
  });
  it('stays quiet on a named territory and a renewal either party may decline', () => {
    const named = 'The Supplier appoints the Distributor as its exclusive distributor of the Products in Chile and Peru.';
    const renewal = 'The exclusive appointment renews automatically for two-year periods unless either party gives notice of non-renewal 90 days before expiry.';
    expect(rules(exclusivityReach, [opening, named, renewal].join('\n'), 'exclusive-partnership', 'supplier')).toEqual([]);
  });
  it('stays quiet for the distributor, whom wide exclusivity favours', () => {
    expect(rules(exclusivityReach, [opening, grant, term].join('\n'), 'exclusive-partnership', 'distributor')).toEqual([]);
  });
  it('stays quiet where "worldwide" is what the licensor keeps outside a defined territory, and fires for the same words in the grant', () => {
    const licence = 'The Licensor grants the Licensee an exclusive licence under the Licensed Patents to sell the Products in the Territory.';
    const kept = 'The Licensor retains all rights to the Products outside the Territory and remains the owner of the Licensed Patents worldwide, including in the Territory.';
    expect(rules(exclusivityReach, [opening, licence, kept].join('\n'), 'technology-license', 'licensor')).toEqual([]);
    const wide = 'The Licensor grants the Licensee an exclusive licence under the Licensed Patents to sell the Products worldwide, and retains only the right to use them in its own research.';
    expect(rules(exclusivityReach, [opening, wide].join('\n'), 'technology-license', 'licensor')).toEqual(['one-sided.exclusivity-worldwide high']);
  });
  it('stays quiet on worldwide exclusivity bounded by a field the supplier stays free outside, and fires where the field binds nothing', () => {
    const supply = 'The Supplier shall supply the Distributor exclusively with the Products worldwide.';
    const field = 'The exclusivity is limited to use of the Products in veterinary medicine (the "Field").';
    const free = 'The Supplier may supply the Products to other customers outside of the Field.';
    expect(rules(exclusivityReach, [opening, supply, field, free].join('\n'), 'exclusive-partnership', 'supplier')).toEqual([]);
    // Near miss: a field is named but nothing leaves the supplier free outside it.
    expect(rules(exclusivityReach, [opening, supply, field].join('\n'), 'exclusive-partnership', 'supplier')).toEqual(['one-sided.exclusivity-worldwide high']);
  });
});

describe('the forum for disputes', () => {
  it('flags the other side\'s home courts, and not our own', () => {
    const stuttgart = nda('The courts of Stuttgart have exclusive jurisdiction over any dispute arising out of this Agreement.');
    expect(rules(forum, stuttgart, 'pre-deal-disclosure', 'discloser')).toEqual(['one-sided.court-forum medium']);
    expect(rules(forum, stuttgart, 'pre-deal-disclosure', 'recipient')).toEqual([]);
  });
  it('flags non-exclusive courts as an open forum for the recipient, not for the discloser, the likely claimant, free to sue where the recipient is', () => {
    const open = nda('The Parties submit to the non-exclusive jurisdiction of the courts of England and Wales.');
    expect(rules(forum, open, 'pre-deal-disclosure', 'discloser')).toEqual([]);
    expect(rules(forum, open, 'pre-deal-disclosure', 'recipient')).toEqual(['ambiguous.court-forum-open medium']);
    const defendant = nda('Any dispute under this Agreement shall be resolved by the courts of the country of the first defendant.');
    expect(rules(forum, defendant, 'pre-deal-disclosure', 'discloser')).toEqual(['ambiguous.court-forum-open medium']);
  });
  it('flags arbitration beside exclusive courts, but not courts kept for injunctions', () => {
    const arbitration = 'Any dispute arising out of this Agreement shall be finally resolved by arbitration administered by the Singapore International Arbitration Centre.';
    const courts = 'Each party submits to the exclusive jurisdiction of the courts of New York for any action under this Agreement.';
    expect(rules(forum, nda(arbitration, courts), 'pre-deal-disclosure', 'discloser')).toEqual(['ambiguous.forum-conflict medium']);
    const injunction = 'Either party may seek injunctive relief in any court of competent jurisdiction.';
    expect(rules(forum, nda(arbitration, injunction), 'pre-deal-disclosure', 'discloser')).toEqual([]);
  });
  it('stays quiet on a court ruling a provision invalid', () => {
    expect(rules(forum, nda('If a court with jurisdiction holds any provision invalid, the remaining provisions continue in effect.'), 'pre-deal-disclosure', 'discloser')).toEqual([]);
  });
  it('flags exclusive courts made "subject to" the arbitration, but not courts kept for what is not arbitrated', () => {
    const arbitration = 'Any dispute arising out of this Agreement that the Parties cannot settle amicably shall be submitted to and finally settled by binding arbitration in accordance with the rules of the American Arbitration Association.';
    const subject =
      'Subject to the arbitration provisions of Section 14.2, any judicial proceeding arising out of this Agreement shall be brought in the state or federal courts sitting in Travis County, Texas, and each Party accepts the exclusive jurisdiction of those courts.';
    expect(rules(forum, nda(arbitration, subject), 'pre-deal-disclosure', 'discloser')).toEqual(['ambiguous.forum-conflict medium']);
    const residual = 'Any claim that is not subject to arbitration under Section 14.2 shall be brought exclusively in the courts of Travis County, Texas, which shall have exclusive jurisdiction over it.';
    expect(rules(forum, nda(arbitration, residual), 'pre-deal-disclosure', 'discloser')).not.toContain('ambiguous.forum-conflict medium');
  });
  it('reads consent to a court\'s personal jurisdiction as an open forum, and a costs clause naming arbitration as no arbitration', () => {
    const consent = 'If mediation fails, each party consents to the personal jurisdiction of the state and federal courts located in Multnomah County, Oregon.';
    const costs = 'The prevailing Party may recover its costs of any subsequent proceeding, including trial, appellate and arbitration proceedings, and reasonable attorneys\' fees.';
    expect(rules(forum, nda(consent, costs), 'pre-deal-disclosure', 'recipient')).toEqual(['ambiguous.court-forum-open medium']);
    const exclusive = 'Any action arising out of this Agreement shall be brought in the state or federal courts located in Multnomah County, Oregon, and each party consents to the personal jurisdiction of those courts.';
    expect(rules(forum, nda(exclusive, costs), 'pre-deal-disclosure', 'recipient')).not.toContain('ambiguous.court-forum-open medium');
  });
  it('reads a promise to sue nowhere but in the courts consented to as an exclusive forum', () => {
    const only =
      'Each Party submits to the jurisdiction of the courts located in Multnomah County, Oregon for any action arising out of this Agreement, and agrees not to commence any such action or proceeding except in those courts.';
    expect(rules(forum, nda(only), 'pre-deal-disclosure', 'recipient')).not.toContain('ambiguous.court-forum-open medium');
    const also = 'Each Party submits to the jurisdiction of the courts located in Multnomah County, Oregon for any action arising out of this Agreement, and agrees not to contest service of process in that action.';
    expect(rules(forum, nda(also), 'pre-deal-disclosure', 'recipient')).toEqual(['ambiguous.court-forum-open medium']);
  });
  it('flags an arbitral seat at the home of the party not established where we are, when the draft does not say which party is ours', () => {
    const opening =
      'This Manufacturing Agreement is made between Harbourline Audio, Inc., a Delaware corporation having its principal offices in San Diego, California ("Harbourline"), and Kestrel Electronics Co., Ltd., a company incorporated in Taiwan ("Kestrel").';
    const clause = '16.1 Any dispute arising out of this Agreement shall be settled by binding arbitration under the International Arbitration Rules of the International Centre for Dispute Resolution.';
    const seat = (place: string) => [opening, clause, `16.2 The place of arbitration shall be ${place}.`].join('\n');
    expect(rules(forum, seat('San Diego, California'), 'custom-development', 'developer')).toEqual(['one-sided.arbitration-seat low']);
    expect(rules(forum, seat('Singapore'), 'custom-development', 'developer')).toEqual([]);
  });
  it('names the party at whose seat the only venue lies, where work abroad makes the deal cross a border and the draft does not tell our party', () => {
    const opening =
      'This Agreement is made between Larkspur Therapeutics LLC, a limited liability company organized under the laws of the State of Ohio ("Larkspur"), and Brightwater Bio, Inc., a Nevada corporation ("Brightwater").';
    const work = '3.1 Brightwater shall fund research to be performed in the United Kingdom by its subsidiary.';
    const venue = (place: string) => `9.4 Venue for any action brought under this Agreement shall be in the appropriate court in ${place}.`;
    const found = (place: string) => forum(makeContext([opening, work, venue(place)].join('\n'), { scenario: 'joint-development', role: 'co-developer' }));
    expect(found('Franklin County, Ohio').map((f) => `${f.rule} ${f.message}`)).toEqual(["one-sided.court-forum Disputes go to the courts at Larkspur's home"]);
    // A venue in the parties' own country at neither party's seat is no point against either.
    expect(found('Cook County, Illinois')).toEqual([]);
  });
  it('flags courts abroad chosen with foreign law when the other side\'s seat is not stated, and not when the courts are at our own seat', () => {
    const opening = 'NON-DISCLOSURE AGREEMENT between Murbach Ladetechnik GmbH, Industriestrasse 4, 8020 Graz (the "Disclosing Party") and the company signing below (the "Receiving Party").';
    const law = 'This Agreement is governed by Austrian law. Jurisdiction is agreed to be at Graz for any dispute arising out of this Agreement.';
    expect(rules(forum, [opening, DUTY, law].join('\n'), 'pre-deal-disclosure', 'recipient')).toEqual(['one-sided.court-forum low']);
    expect(rules(forum, [opening, DUTY, law].join('\n'), 'pre-deal-disclosure', 'discloser')).toEqual([]);
  });
});

describe('return only on request', () => {
  const onRequest =
    'Promptly following the request of the Disclosing Party, the Receiving Party shall, as directed by the Disclosing Party, destroy (and confirm such destruction in writing) or return all Confidential Information.';
  it('notes it, as low, for the discloser, who may ask at any time', () => {
    expect(rules(returnDestroy, nda(onRequest), 'pre-deal-disclosure', 'discloser')).toEqual(['ambiguous.return-on-request low']);
  });
  it('reads who is bound to hand over: where it is us, the material goes to them, not back to us', () => {
    const opening = 'This Manufacturing Agreement is made between Qinlan Plastics Co., Ltd. (the "Supplier") and Harbourline Brands Inc. (the "Purchaser").';
    const tooling = 'The Supplier will, upon request from the Purchaser, deliver to the Purchaser or destroy all molds and designs used to reproduce the Purchaser\'s marks.';
    const text = [opening, tooling].join('\n');
    expect(weReturn(makeContext(text, { scenario: 'custom-development', role: 'developer' }), tooling)).toBe(true);
    expect(weReturn(makeContext(text, { scenario: 'custom-development', role: 'customer' }), tooling)).toBe(false);
  });
  it('reads a return owed "at the instruction of" the discloser as a return on request, not a missing one', () => {
    const instruction =
      'At the instruction of the Disclosing Party, the Receiving Party shall return or dispose of all Confidential Information received under this Agreement and confirm in writing that it has done so.';
    const playbook = { required: ['return-or-destroy' as const], recommended: [] };
    const ctx = makeContext(nda(instruction), { scenario: 'pre-deal-disclosure', role: 'discloser', playbook });
    expect(missingTerms(ctx).map((f) => f.topic)).not.toContain('return-or-destroy');
    expect(returnDestroy(ctx).map((f) => `${f.rule} ${f.severity}`)).toEqual(['ambiguous.return-on-request low']);
    const notice = 'The Receiving Party shall act on the instructions of the Disclosing Party when it handles Confidential Information.';
    expect(missingTerms(makeContext(nda(notice), { scenario: 'pre-deal-disclosure', role: 'discloser', playbook })).map((f) => f.topic)).toContain('return-or-destroy');
  });
  it('stays quiet where the end of the talks also triggers the return', () => {
    const atEnd = onRequest.replace('Promptly following the request of the Disclosing Party', 'Within 10 days after the request of the Disclosing Party or the termination of this Agreement');
    expect(rules(returnDestroy, nda(atEnd), 'pre-deal-disclosure', 'discloser')).toEqual([]);
  });
  it('stays quiet for the recipient', () => {
    expect(rules(returnDestroy, nda(onRequest), 'pre-deal-disclosure', 'recipient')).toEqual([]);
  });
});

describe('a licence the licensor can take away', () => {
  const opening = 'This Licence Agreement is made between Meridian Patents Inc. (the "Licensor") and Hexi Energy Co., Ltd. (the "Licensee").';
  it('fires for the licensee on a change of control, at will or when sales pause', () => {
    for (const term of [
      'The licenses granted to the Licensee shall automatically terminate upon any change of control of the Licensee.',
      'The Licensor, at its option, may terminate this Agreement and the license granted herein if the Licensee has not made any sales of Licensed Products in four consecutive quarters.',
      'The Licensor may terminate the license at any time for convenience on 30 days notice.',
      '(b) Should the Licensee assert against the Licensor a claim based on its patents, the Licensor shall, at its option, have the right to terminate the license granted by it hereunder.',
      'The licenses granted to the Licensee under Section 3.1 shall automatically terminate if the Licensee becomes insolvent or makes an assignment for the benefit of creditors.',
    ]) {
      expect(rules(licenceEnd, `${opening}\n${term}`, 'technology-license', 'licensee')).toEqual(['one-sided.licence-end medium']);
    }
  });
  it('stays quiet on termination for uncured material breach, and on our own right to end it', () => {
    const breach = 'The Licensor may terminate the license if the Licensee commits a material breach and does not cure it within 60 days after notice.';
    expect(rules(licenceEnd, `${opening}\n${breach}`, 'technology-license', 'licensee')).toEqual([]);
    const ours = 'The Licensee may terminate this Agreement and the license granted herein for any reason upon 60 days notice.';
    expect(rules(licenceEnd, `${opening}\n${ours}`, 'technology-license', 'licensee')).toEqual([]);
  });
  it('fires on termination for breach only where the licensee has already paid for the licence in full', () => {
    const breach = '(a) Should either Party fail to perform its material obligations for thirty (30) days after notice, the non-breaching Party shall, at its option, have the right to terminate the license granted by it under this Agreement.';
    const paidUp = 'The Licensor hereby grants to the Licensee a worldwide, non-exclusive, fully paid-up, royalty-free license under the Licensed Patents.';
    const royalty = 'The Licensor hereby grants to the Licensee a non-exclusive license under the Licensed Patents, subject to the royalties in Section 4.';
    expect(rules(licenceEnd, `${opening}\n${paidUp}\n${breach}`, 'technology-license', 'licensee')).toEqual(['one-sided.licence-end medium']);
    expect(rules(licenceEnd, `${opening}\n${royalty}\n${breach}`, 'technology-license', 'licensee')).toEqual([]);
  });
  it('reads the reason of each lettered item, not of the item before it', () => {
    const items = '(a) The Licensee may terminate the license if the Licensor becomes insolvent. (b) The Licensor may terminate the license if the Licensee fails to pay any royalty within 60 days after notice.';
    expect(rules(licenceEnd, `${opening}\n${items}`, 'technology-license', 'licensee')).toEqual([]);
  });
  it('stays quiet for the licensor', () => {
    const control = 'The licenses granted to the Licensee shall automatically terminate upon any change of control of the Licensee.';
    expect(rules(licenceEnd, `${opening}\n${control}`, 'technology-license', 'licensor')).toEqual([]);
  });
});
