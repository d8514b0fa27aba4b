// A penalty with a fixed minimum that we owe: a medium point for the side that pays, quiet for the
// side it is paid to, and quiet where the sum has no floor.
import { penaltyFloor } from '../../../../src/core/review/rules/penalty-floor';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const opening = 'This Software Licence Agreement is made between Corvane Systems Ltd. (the "Licensor") and Lanzhou Vision Technology Co., Ltd. (the "Licensee").';
const run = (terms: string[], role: RoleId = 'licensee') =>
  penaltyFloor(makeContext([opening, ...terms].join('\n'), { scenario: 'technology-license', role })).map((f) => `${f.rule} ${f.severity}`);
const raised = ['one-sided.penalty-floor medium'];

describe('a penalty with a fixed minimum', () => {
  it('fires for the licensee that pays it', () => {
    expect(run(['If the Licensee uses the Platform Code outside the Field, the Licensee shall pay the Licensor a penalty of not less than USD 50,000 for each such use.'])).toEqual(raised);
  });
  it('fires where the penalty falls on any use of the licensed code beyond the licence', () => {
    expect(run(['Where anyone uses the Licensed Software in a product offered for sale, a contractual penalty equal to the higher of USD 20,000 and half of the revenue from that product is due.'])).toEqual(raised);
  });
  it('stays quiet for the licensor, and where the licensor pays', () => {
    expect(run(['If the Licensee uses the Platform Code outside the Field, the Licensee shall pay the Licensor a penalty of not less than USD 50,000 for each such use.'], 'licensor')).toEqual([]);
    expect(run(['If the Licensor delivers the Platform Code late, the Licensor shall pay the Licensee liquidated damages of not less than USD 500 for each day of delay.'])).toEqual([]);
  });
  it('stays quiet where the sum has no floor', () => {
    expect(run(['If the Licensee delivers the royalty report late, the Licensee shall pay liquidated damages of USD 100 for each day of delay, up to USD 5,000 in total.'])).toEqual([]);
  });
});
