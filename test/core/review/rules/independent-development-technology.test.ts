// The independent-development exception protects a receiver that builds in the same field: in a licence
// it is asked where technology passes, not in an endorsement where only business information is
// exchanged. In an NDA it is asked as before. Near miss: the same endorsement where the sponsor shares its product software.
import { noIndependentDevelopment } from '../../../../src/core/review/rules/confidentiality-scope';
import { makeContext } from './make-context';

const endorsement = [
  'This Endorsement Agreement is made between Carla Dunmore (the "Licensor") and Xiamen Haiyue Sports Co., Ltd. (the "Licensee").',
  '2. The Licensor grants to the Licensee the exclusive right and license, during the Term and within the Territory, to use the Licensor Likeness to advertise the Licensee\'s footwear.',
  '9. Each party shall not disclose to any third party any Confidential Information of the other party, except information that is or becomes public other than through its breach.',
  '"Confidential Information" means all information relating to the other party\'s business, including its finances, customers, plans and pricing.',
];
const rules = (scenario: 'technology-license' | 'pre-deal-disclosure', role: 'licensee' | 'recipient', ...more: string[]) =>
  noIndependentDevelopment(makeContext([...endorsement, ...more].join('\n'), { scenario, role })).map((f) => f.rule);

describe('no independent-development exception', () => {
  it('is not asked in an endorsement where no technology passes', () => {
    expect(rules('technology-license', 'licensee')).toEqual([]);
  });
  it('is still asked where technology passes, and in an NDA', () => {
    expect(rules('technology-license', 'licensee', '10. The Licensor will give the Licensee the software and technical data of its swing-analysis sensor for the campaign.')).toEqual([
      'one-sided.no-independent-development',
    ]);
    expect(rules('pre-deal-disclosure', 'recipient')).toEqual(['one-sided.no-independent-development']);
  });
});
