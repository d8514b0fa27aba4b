// "The state and federal courts located in …" are the courts of a US state, whichever state a cover
// page fills in: for a Chinese party they are courts abroad, not arbitration. Courts the draft places
// nowhere stay unplaced, and a US party's own side raises nothing.
import { forum } from '../../../../src/core/review/rules/forum';
import { makeContext } from './make-context';

const cover = (courts: string) =>
  ['Mutual Non-Disclosure Agreement', 'This Mutual Non-Disclosure Agreement consists of this Cover Page and the Standard Terms.', 'Governing Law: The laws of the State of {governing_law}.', `Jurisdiction: ${courts}`].join('\n');
const run = (text: string, established?: string) =>
  forum(makeContext(text, { scenario: 'pre-deal-disclosure', role: 'discloser', ...(established ? { established } : {}) })).map((f) => `${f.rule} ${f.severity}`);

describe('state and federal courts on a cover page', () => {
  it('are courts abroad for a Chinese party', () => {
    expect(run(cover('The state and federal courts located in {jurisdiction}.'))).toEqual(['one-sided.court-forum low']);
  });
  it('are no point for a party established in the United States', () => {
    expect(run(cover('The state and federal courts located in {jurisdiction}.'), 'US')).toEqual([]);
  });
  it('leave courts the draft does not place unplaced', () => {
    expect(run(cover('The competent courts for disputes under this Agreement as named in {jurisdiction}.'))).toEqual([]);
  });
});
