// An arbitration clause that cannot start on its own: no rules, no institution by its own name, no seat.
import { arbitrationGaps } from '../../../../src/core/review/rules/arbitration-gaps';
import { makeContext } from './make-context';

const found = (...lines: string[]) =>
  arbitrationGaps(makeContext(['14. DISPUTES', ...lines].join('\n'), { scenario: 'exclusive-partnership', role: 'supplier' })).map((f) => `${f.rule} ${f.severity}`);
const FAILING = 'Any dispute arising out of this agreement that the parties cannot settle by consultation shall be decided by arbitration before the Arbitration Board of the Chamber of Commerce located in Geneva.';

describe('an arbitration clause with no rules, institution or seat', () => {
  it('fires where the clause names only a body and where that body is located', () => {
    expect(found(FAILING, 'The award of the Arbitration Board shall be final and binding on both parties.')).toEqual(['ambiguous.arbitration-gaps medium']);
  });
  it('fires on binding arbitration "in accordance with the laws of" a state, which names no rules', () => {
    expect(found('Any issue not resolved by mediation will be submitted to final and binding arbitration in accordance with the laws of the State of Florida.')).toEqual([
      'ambiguous.arbitration-gaps medium',
    ]);
  });
  it('stays quiet where an institution is named by its own name, or rules or a seat are stated', () => {
    expect(found('Any dispute arising out of this agreement shall be finally resolved by arbitration administered by the Hong Kong International Arbitration Centre.')).toEqual([]);
    expect(found(FAILING, 'The arbitration shall be conducted under the UNCITRAL Arbitration Rules.')).toEqual([]);
    expect(found(FAILING, 'The seat of arbitration shall be Geneva, Switzerland.')).toEqual([]);
    expect(found('Any dispute arising out of this agreement shall be settled by binding arbitration in Singapore.')).toEqual([]);
  });
  it('stays quiet where arbitration is only mentioned, not agreed', () => {
    expect(found('The prevailing party may recover its costs of any trial, appeal or arbitration proceedings, including reasonable attorneys\' fees.')).toEqual([]);
  });
});
