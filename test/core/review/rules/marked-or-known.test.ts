// Marking as one way among others: information the recipient "knew, or reasonably should have known,"
// to be confidential is protected unmarked, so the protection is not marked-only.
import { markedOnly } from '../../../../src/core/review/rules/confidentiality-scope';
import { makeContext } from './make-context';

const run = (...lines: string[]) =>
  markedOnly(makeContext(lines.join('\n'), { scenario: 'joint-development', role: 'technology-owner' })).map((f) => f.rule);

const opening = 'This Framework Agreement is made between Nordkap Energy AG ("Nordkap") and Tianjin Yanchuang Materials Co., Ltd. ("Yanchuang").';
const duty = 'Each Party shall keep in confidence all information received from the other Party under this Agreement';

describe('marked, confirmed, or known to be confidential', () => {
  it('stays quiet where the recipient knew or should have known', () => {
    expect(run(opening, `${duty}, provided that the information is labelled as confidential, or confirmed in writing as confidential within thirty days, or the receiving Party knew, or reasonably should have known, that it was the confidential information of the disclosing Party.`)).toEqual([]);
  });
  it('still fires where only labelled or confirmed information is protected', () => {
    expect(run(opening, `${duty}, provided that the information is labelled as confidential, or confirmed in writing as confidential within thirty days.`)).toEqual(['one-sided.marked-only']);
  });
});
