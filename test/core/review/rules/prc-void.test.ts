// Issue 10's PRC point: where the deal is under PRC law or the other side is established in China, a
// non-reciprocal grant-back and a ban on improving the licensed technology carry the note that the
// term risks being void (Civil Code art. 850; SPC interpretation on technology-contract disputes,
// art. 10); under another law with a foreign counterparty they do not.
import { assignment } from '../../../../src/core/review/rules/assignment';
import { improvementBan } from '../../../../src/core/review/rules/improvement-ban';
import { improvementsToOwner } from '../../../../src/core/review/rules/improvements-to-owner';
import { licenceBack } from '../../../../src/core/review/rules/licence-back';
import type { Rule } from '../../../../src/core/review/context';
import type { RoleId, ScenarioId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const licence = (licensor: string) =>
  `This Patent Licence Agreement is made between ${licensor} (the "Licensor") and Hexi Energy Co., Ltd., a company incorporated in the People's Republic of China (the "Licensee").`;
const CHINESE = licence("Qinlan Battery Technology Co., Ltd., a company incorporated in the People's Republic of China");
const SWEDISH = licence('Lindqvist Energy AB, a company incorporated in Sweden');
const NEW_YORK = '14.1 This Agreement is governed by the laws of the State of New York.';
const PRC_LAW = "14.1 This Agreement is governed by the laws of the People's Republic of China.";

const run = (rule: Rule, role: RoleId, lines: string[], scenario: ScenarioId = 'technology-license') =>
  rule(makeContext(lines.join('\n'), { scenario, role })).map((f) => `${f.rule} ${f.severity}${/Civil Code art\. 850/.test(f.why) ? ' void-under-PRC' : ''}`);

const grantBack = 'The Licensee hereby grants to the Licensor a non-exclusive, royalty-free, perpetual licence under any improvements to the Licensed Technology made by the Licensee.';
const assigned = 'The Licensee hereby assigns to the Licensor all improvements to the Licensed Technology made by the Licensee.';
const ban = 'The Licensee shall not modify, improve or create derivative works of the Licensed Technology.';

describe('a one-sided grant-back under PRC law', () => {
  it('a licence back says it risks being void where the licensor is Chinese, or PRC law governs', () => {
    expect(run(licenceBack, 'licensee', [CHINESE, grantBack])).toEqual(['one-sided.licence-back high void-under-PRC']);
    expect(run(licenceBack, 'licensee', [SWEDISH, grantBack, PRC_LAW])).toEqual(['one-sided.licence-back high void-under-PRC']);
    expect(run(licenceBack, 'licensee', [SWEDISH, grantBack, NEW_YORK])).toEqual(['one-sided.licence-back high']);
  });

  // An outright assignment ("hereby assigns") of the licensee's improvements is high (rules/assignment.ts).
  it('so does an assignment of the licensee\'s improvements to the licensor', () => {
    expect(run(assignment, 'licensee', [CHINESE, assigned])).toEqual(['one-sided.assignment high void-under-PRC']);
    expect(run(assignment, 'licensee', [SWEDISH, assigned, NEW_YORK])).toEqual(['one-sided.assignment high']);
  });

  it('and improvements that follow the owner whoever makes them, under a PRC governing-law clause', () => {
    const vest = "All improvements to a Party's Background IP shall vest in that Party, irrespective of who makes them.";
    const jda = 'This Joint Development Agreement is made between Lindqvist Energy AB, a company incorporated in Sweden (the "Technology Owner") and Hexi Energy Co., Ltd. (the "Co-Developer").';
    expect(run(improvementsToOwner, 'co-developer', [jda, vest, PRC_LAW], 'joint-development')).toEqual(['one-sided.improvements-to-owner high void-under-PRC']);
    expect(run(improvementsToOwner, 'co-developer', [jda, vest, NEW_YORK], 'joint-development')).toEqual(['one-sided.improvements-to-owner high']);
  });

  it('a licence back that is paid for is a bargain, not a grant-back, under any law', () => {
    expect(run(licenceBack, 'licensee', [CHINESE, grantBack.replace('royalty-free, perpetual licence', 'licence at a reasonable royalty')])).toEqual([]);
  });
});

describe('a buyer licensing the seller back under what it buys', () => {
  const sale = 'This Intellectual Property Agreement is made between Lindqvist Energy AB, a company incorporated in Sweden (the "Seller"), and Hexi Energy Co., Ltd. (the "Purchaser").';
  it('fires for the buyer, where the grantee follows an aside', () => {
    const back = 'The Purchaser shall cause each Purchaser Affiliate to grant, effective on the Closing Date, to the Seller an irrevocable (except as expressly set forth herein), perpetual, non-sublicensable (except as expressly set forth herein), fully paid-up, royalty-free, worldwide, non-transferable (except as expressly set forth herein), non-exclusive licence under the Assigned Patents to make and sell its products.';
    expect(run(licenceBack, 'licensee', [sale, back, NEW_YORK])).toEqual(['one-sided.licence-back high']);
  });
  it('stays quiet on the seller\'s licence to the buyer, written the same way', () => {
    const forward = 'The Seller shall cause each Seller Affiliate to grant, effective on the Closing Date, to the Purchaser a perpetual, royalty-free, non-exclusive licence under the Retained Patents to make and sell its products.';
    expect(run(licenceBack, 'licensee', [sale, forward, NEW_YORK])).toEqual([]);
  });
});

describe('a ban on improving the licensed technology', () => {
  it('fires for the licensee, as a term that risks being void where PRC law governs or the licensor is Chinese', () => {
    expect(run(improvementBan, 'licensee', [CHINESE, ban])).toEqual(['one-sided.improvement-ban medium void-under-PRC']);
    expect(run(improvementBan, 'licensee', [SWEDISH, ban, PRC_LAW])).toEqual(['one-sided.improvement-ban medium void-under-PRC']);
    expect(run(improvementBan, 'licensee', [SWEDISH, 'The Licensee agrees not to make any improvements to the Licensed Know-How.', PRC_LAW])).toEqual([
      'one-sided.improvement-ban medium void-under-PRC',
    ]);
  });

  it('is a lesser point under another law with a foreign licensor', () => {
    expect(run(improvementBan, 'licensee', [SWEDISH, ban, NEW_YORK])).toEqual(['one-sided.improvement-ban low']);
  });

  it('stays quiet where we may improve it, on a ban on the licensor, on software supplied for use, and for the licensor', () => {
    expect(run(improvementBan, 'licensee', [CHINESE, 'The Licensee may modify and improve the Licensed Technology, and shall own the improvements it makes.'])).toEqual([]);
    expect(run(improvementBan, 'licensee', [CHINESE, 'The Licensor shall not modify the Licensed Technology in a way that makes it incompatible with the Licensed Products.'])).toEqual([]);
    expect(run(improvementBan, 'licensee', [CHINESE, 'The Licensee shall not modify, decompile or reverse engineer the Software.'])).toEqual([]);
    expect(run(improvementBan, 'licensor', [CHINESE, ban])).toEqual([]);
  });

  it('stays quiet outside a licence: an evaluator that may not modify the samples is under an ordinary evaluation limit', () => {
    const evaluation = 'This Evaluation Agreement is made between Qinlan Battery Technology Co., Ltd., a company incorporated in the People\'s Republic of China (the "Provider") and Hexi Energy Co., Ltd. (the "Evaluator").';
    expect(run(improvementBan, 'evaluator', [evaluation, 'The Evaluator shall not modify or improve the Samples or the Licensed Technology.'], 'sample-testing')).toEqual([]);
  });
});
