// No exception for disclosure a law or court requires: a point for the recipient, who would breach
// either the order or the agreement; quiet wherever the draft lets such disclosure through.
import { noCompelledDisclosure } from '../../../../src/core/review/rules/compelled-disclosure';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const OPENING =
  'This Confidentiality Agreement is made between Lindqvist Holdings AB, a company organised under the laws of Sweden (the "Disclosing Party"), and Shenzhen Qiyun Technology Co., Ltd., a company incorporated in the People\'s Republic of China (the "Receiving Party").';
const DUTY = 'The Receiving Party shall keep the Confidential Information secret and shall not disclose it to any third party without the prior written consent of the Disclosing Party.';
const EXCEPTIONS =
  'These obligations do not apply to information that (a) is or becomes publicly available through no fault of the Receiving Party, (b) was already in the Receiving Party\'s possession before disclosure, or (c) is developed independently by the Receiving Party without use of the Confidential Information.';

const rules = (role: RoleId, ...lines: string[]) =>
  noCompelledDisclosure(makeContext([OPENING, DUTY, ...lines].join('\n'), { scenario: 'pre-deal-disclosure', role })).map((f) => `${f.rule} ${f.severity}`);

describe('no exception for disclosure a law or court requires', () => {
  it('fires for the recipient where the exceptions leave it out, quoting them', () => {
    expect(rules('recipient', EXCEPTIONS)).toEqual(['one-sided.no-compelled-disclosure medium']);
    const [f] = noCompelledDisclosure(makeContext([OPENING, DUTY, EXCEPTIONS].join('\n'), { scenario: 'pre-deal-disclosure', role: 'recipient' }));
    expect(f!.evidence[0]!.text).toContain('publicly available');
  });
  it('stays quiet where the draft lets through what a law, court or subpoena requires', () => {
    const law = 'The Receiving Party may disclose Confidential Information to the extent it is required to do so by law or by order of a court, after giving the Disclosing Party written notice.';
    expect(rules('recipient', EXCEPTIONS, law)).toEqual([]);
    const subpoena = 'If the Receiving Party is served with a subpoena for Confidential Information, it shall notify the Disclosing Party within 5 days so that the Disclosing Party may seek a protective order.';
    expect(rules('recipient', EXCEPTIONS, subpoena)).toEqual([]);
    const exchange = 'Nothing in this Agreement prevents a disclosure required under the rules of any stock exchange on which the Receiving Party\'s shares are listed.';
    expect(rules('recipient', EXCEPTIONS, exchange)).toEqual([]);
    const ordered = 'If the Receiving Party is ordered to disclose Confidential Information under a governmental request or order, it shall notify the Disclosing Party at once.';
    expect(rules('recipient', EXCEPTIONS, ordered)).toEqual([]);
    const requires = 'If a law, a court or a stock exchange requires the Receiving Party to disclose Confidential Information, it may disclose only what is required.';
    expect(rules('recipient', EXCEPTIONS, requires)).toEqual([]);
  });
  it('still fires where the law is named for something else: the duty to comply with export laws is no exception', () => {
    const exportLaw = 'Each party shall comply with the export control laws that apply to the Confidential Information.';
    expect(rules('recipient', EXCEPTIONS, exportLaw)).toEqual(['one-sided.no-compelled-disclosure medium']);
  });
  it('stays quiet for the discloser, and where there are no exceptions at all (the no-exceptions point covers it)', () => {
    expect(rules('discloser', EXCEPTIONS)).toEqual([]);
    expect(rules('recipient')).toEqual([]);
  });
});
