// A cloud subscription hands over nothing to build on: a licensee that only reaches the provider's
// service needs no background licence, and its playbook does not raise one. A licence that hands over
// software to modify, know-how or patents keeps the point, for either side.
import { reviewAs } from '../../../support/review-as-side';
import { hostedOnly } from '../../../../src/core/review/rules/hosted-service';
import { makeContext } from './make-context';

const opening = 'This Subscription Agreement is made between Altamira Cloud Inc. (the "Licensor") and Wuhan Baiyun Logistics Co., Ltd. (the "Licensee").';
const cloud = [
  opening,
  'During the Subscription Term the Licensee may access and use the Cloud Service for its internal business purposes.',
  'The Licensor will make the Cloud Service available 99.5% of each month, excluding scheduled maintenance.',
  'The Licensee will not copy, modify or create derivative works of the Cloud Service.',
  'The Licensor reserves the right to modify the Cloud Service, provided it does not materially reduce its functionality.',
  'The Licensee may export its data from the Cloud Service at any time during the Subscription Term.',
];
const handsOver = 'The Licensor shall deliver the source code of the Software to the Licensee, and the Licensee shall have the right to modify it for its own systems.';
const sessions = (lines: string[], role: 'licensor' | 'licensee') =>
  reviewAs(lines.join('\n'), { scenario: 'technology-license', role })
    .findings.filter((f) => f.kind === 'missing' && f.topic === 'background-license')
    .map((f) => f.severity);

describe('a cloud subscription needs no background licence', () => {
  it('reads a cloud subscription as access only, and source code delivered to modify as more', () => {
    expect(hostedOnly(makeContext(cloud.join('\n')).sentences)).toBe(true);
    expect(hostedOnly(makeContext([...cloud, handsOver].join('\n')).sentences)).toBe(false);
  });
  it('does not take a service named once in passing as the subject of the deal', () => {
    expect(hostedOnly(makeContext([opening, 'The Licensor grants the Licensee a licence under the Licensed Patents to make the Products, and may host the support portal on a cloud service.'].join('\n')).sentences)).toBe(false);
  });
  it('raises no missing background licence for the cloud customer', () => {
    expect(sessions(cloud, 'licensee')).toEqual([]);
  });
  it('keeps it for a licensee that receives software to modify', () => {
    expect(sessions([...cloud, handsOver], 'licensee')).toEqual(['high']);
  });
  it('keeps it for the licensor, whose playbook is unchanged', () => {
    expect(sessions(cloud, 'licensor')).toEqual(['high']);
  });
});
