// A duty to keep all their information secret that never ends, where we receive it. Low, for the
// receiving side only; quiet where only trade secrets are kept that long, where the duty has a term,
// and for the disclosing side (it favours us there).
import { endlessConfidentiality } from '../../../../src/core/review/rules/endless-confidentiality';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const OPENING = 'This Confidentiality Agreement is made between Tallis Sensor Systems GmbH (the "Discloser") and Wuxi Hengrui Micro-Electronics Co., Ltd. (the "Recipient").';
const DUTY = 'The Recipient shall keep the Confidential Information in confidence and shall not disclose it to any third party.';
const run = (term: string, role: RoleId = 'recipient') =>
  endlessConfidentiality(makeContext([OPENING, DUTY, term].join('\n'), { scenario: 'pre-deal-disclosure', role })).map((f) => `${f.rule} ${f.severity}`);

describe('confidentiality with no end over everything we receive', () => {
  it.each([
    "The Recipient's obligations of confidentiality under this Agreement shall continue in perpetuity.",
    'The duty not to disclose the Confidential Information shall survive the termination of this Agreement indefinitely.',
    'The obligations of confidentiality in this Agreement shall not expire.',
  ])('fires low for the recipient: %s', (term) => {
    expect(run(term)).toEqual(['one-sided.endless-confidentiality low']);
  });
  it('fires on the Chinese wording', () => {
    const zh = ['保密协议', '披露方：塔利斯传感系统有限公司', '接收方：无锡恒睿微电子有限公司', '第二条 接收方应对保密信息予以保密，不得向任何第三方披露。', '第五条 接收方的保密义务永久有效，不因本协议终止而解除。'].join('\n');
    expect(endlessConfidentiality(makeContext(zh, { scenario: 'pre-deal-disclosure', role: 'recipient' })).map((f) => f.rule)).toEqual(['one-sided.endless-confidentiality']);
  });
  it('stays quiet where only trade secrets are kept for ever, or the duty has a term', () => {
    expect(run('The obligations of confidentiality continue for three (3) years after termination, and for trade secrets in perpetuity.')).toEqual([]);
    expect(run('The obligations of confidentiality continue for five (5) years after the date of disclosure.')).toEqual([]);
    expect(run('Termination of this Agreement shall not terminate the obligations of confidentiality, which continue for three (3) years after it.')).toEqual([]);
  });
  it('stays quiet for a perpetual licence, which is no duty of secrecy', () => {
    // The agreement's own term keeps the note on silence out of it.
    expect(run('The Discloser grants the Recipient a perpetual licence to use the Confidential Information to support the products it buys. This Agreement expires two years after it is signed.')).toEqual([]);
  });
  it('stays quiet for the discloser', () => {
    expect(run("The Recipient's obligations of confidentiality under this Agreement shall continue in perpetuity.", 'discloser')).toEqual([]);
  });
});

// Silence: the duty states no end and the draft names no end of the deal, no time and no survival.
describe('a duty of confidence with no term stated at all, where we only receive', () => {
  const CLOSE = 'This Agreement is governed by the laws of England.';
  const silent = (role: RoleId, scenario: 'pre-deal-disclosure' | 'custom-development' = 'pre-deal-disclosure', extra = '') =>
    endlessConfidentiality(makeContext([OPENING, DUTY, extra, CLOSE].filter(Boolean).join('\n'), { scenario, role })).map((f) => `${f.rule} ${f.severity} ${f.message}`);
  it('is a low note for the recipient, with its own words', () => {
    expect(silent('recipient')).toEqual(['one-sided.endless-confidentiality low Your duty of confidence has no stated end']);
  });
  it('stays quiet for the discloser, and where the deal or the duty has an end', () => {
    expect(silent('discloser')).toEqual([]);
    expect(silent('recipient', 'pre-deal-disclosure', 'Either party may terminate this Agreement on thirty days\' written notice.')).toEqual([]);
    expect(silent('recipient', 'pre-deal-disclosure', 'This Agreement remains in force for two years from the date it is signed.')).toEqual([]);
    expect(silent('recipient', 'pre-deal-disclosure', 'The duties in this Agreement outlast the end of the discussions.')).toEqual([]);
  });
  it('stays quiet in a mutual exchange', () => {
    const mutual = 'Each party shall keep the other party\'s confidential information in confidence and shall not disclose it to any third party.';
    expect(endlessConfidentiality(makeContext([OPENING, mutual, CLOSE].join('\n'), { scenario: 'pre-deal-disclosure', role: 'recipient' }))).toEqual([]);
  });
  it('reads "until it becomes public" over all their information as a stated end that may never come', () => {
    expect(run('The Recipient shall keep the Confidential Information confidential until it becomes publicly known.')).toEqual(['one-sided.endless-confidentiality low']);
    expect(run('The Recipient shall keep the Confidential Information confidential for two years, or until it becomes publicly known if sooner.')).toEqual([]);
  });
});
