import { detectTopics, fromText, segment } from '../../../src/core/review';

// The common ways a contract says a duty of confidence outlives the agreement, each beside a near miss
// in much the same words that sets no time after the end (or keeps something else going).
const survives = (text: string) => detectTopics(segment(fromText(text)).sentences).survival.present;

describe('the survival reading takes the usual wordings of a duty that outlives the agreement', () => {
  it.each<[string, string]>([
    [
      'Notwithstanding the termination of this Agreement, the Recipient shall keep all Confidential Information of the Company secret.',
      'Notwithstanding the termination of this Agreement, the Recipient shall pay every invoice issued before the termination date.',
    ],
    [
      'Notwithstanding the expiry of this Agreement, neither party may disclose the other party\'s technical data.',
      'Notwithstanding the expiry of this Agreement, either party may keep its copy of the signed contract.',
    ],
    [
      'The Recipient shall not disclose the Evaluation Data for a period of four (4) years after the termination of this Agreement.',
      'The Reseller may sell its remaining inventory for a period of four (4) months after the termination of this Agreement.',
    ],
    [
      'These confidentiality obligations bind the Receiving Party for two years following expiry of this Agreement.',
      'The Supplier shall provide spare parts for two years following acceptance of the Equipment.',
    ],
    [
      'Each party shall keep the other party\'s information confidential until three years after this Agreement ends.',
      'Each party shall keep the other party\'s information confidential while this Agreement is in force.',
    ],
    [
      'The Recipient shall hold the source code in confidence for as long as it remains a trade secret of the Licensor.',
      'The Recipient shall hold the source code in confidence for the Licensor, who remains the owner of every trade secret.',
    ],
    [
      'The duties of secrecy in this Section outlive the termination of this Agreement.',
      'The duties of secrecy in this Section bind the employees of each party.',
    ],
    [
      '本协议终止后，接收方仍须对对方的技术资料保密三年。',
      '本协议终止后，接收方仍须向对方支付已到期的服务费用。',
    ],
    [
      '本协议期满后，双方应继续对在合作期间获知的对方信息予以保密。',
      '本协议期满后，双方应继续就续约事宜进行友好协商。',
    ],
  ])('reads %s', (fires, nearMiss) => {
    expect(survives(fires)).toBe(true);
    expect(survives(nearMiss)).toBe(false);
  });

  it('already read the wordings of the agreement\'s own survival clauses and of Chinese drafts', () => {
    for (const text of [
      'The obligations in Sections 6 and 9 shall survive the expiration or termination of this Agreement.',
      '本协议终止后，本条约定的保密义务继续有效。',
      '保密义务不因本协议的终止而失效。',
    ])
      expect(survives(text)).toBe(true);
  });
});
