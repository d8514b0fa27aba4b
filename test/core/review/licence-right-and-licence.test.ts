// A licence of a name and likeness granted as "the exclusive right and license … to use" or "the right and
// privilege … to use", with the grant's reach (territory, term, the defined term it is given) between the grant
// and the use it allows: the licensee is not told the licence is missing. Each beside a near miss.
import { detectTopics, fromText, segment } from '../../../src/core/review';
import { reviewAs, ruleTopics } from '../../support/review-as-side';

const present = (text: string) => detectTopics(segment(fromText(text)).sentences)['background-license'].present;

const rightAndLicence =
  'The Athlete grants to the Sponsor the exclusive right and license (the "Endorsement Rights"), within the Licensed Territory and during the Contract Term, to use the Athlete Likeness solely to advertise and promote the Sponsor Products.';
const rightAndPrivilege =
  'Subject to this Agreement, the Presenter hereby grants to the Company and its affiliates the non-transferable right and privilege during the Term and throughout the Territory to use the Presenter Materials in connection with the promotion of the Platform.';

describe('a right granted with a licence or privilege', () => {
  it('reads a granted right and licence to use, with the grant\'s reach in between, as a licence', () => {
    expect(present(rightAndLicence)).toBe(true);
    expect(present(rightAndPrivilege)).toBe(true);
  });
  it('stays quiet where nothing is granted to use', () => {
    // Near misses: a right and licence only reserved, and a right and privilege to attend rather than to use.
    expect(present('The Athlete reserves every right and license in the Athlete Likeness and nothing in this Agreement allows the Sponsor to use it.')).toBe(false);
    expect(present('The Presenter grants to the Company the right and privilege during the Term to attend the annual conference as a guest.')).toBe(false);
  });
  it('raises no missing licence for the licensee, as it still does where the right is only to attend', () => {
    const opening = 'This Endorsement Agreement is made between Marlow Sports Management Ltd. ("Licensor") and Hangzhou Qiantang Devices Co., Ltd. ("Licensee").';
    const rules = (clause: string) =>
      ruleTopics(reviewAs([opening, clause].join('\n'), { scenario: 'technology-license', role: 'licensee' }).findings);
    expect(rules(rightAndLicence)).not.toContain('missing/background-license');
    expect(rules(rightAndLicence.replace('to use the Athlete Likeness', 'to attend the product launches'))).toContain('missing/background-license');
  });
});
