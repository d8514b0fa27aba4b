import fc from 'fast-check';
import { RULES } from '../../../../src/core/review/rules';
import { buildContext } from '../../../../src/core/review/engine';
import { fromText } from '../../../../src/core/review/text';

// Pieces of contract language that the rules' patterns look for, in any order and number: the
// inputs most likely to make a pattern backtrack or a rule loop.
const PIECES = [
  'exclusive ', 'exclusively ', 'non-exclusive ', 'licence ', 'grants ', 'hereby assigns to ', 'Licensor ', 'Licensee ',
  'Supplier ', 'Distributor ', 'shall ', 'shall not sell ', 'be ', 'deemed ', 'and/or ', 'best efforts ', 'reasonable efforts ',
  'promptly ', 'material ', 'Section 1.1.1.1 ', 'Sections 2, 3 and ', '(a) ', '(iv) ', '"Term" means ', '("Results") ',
  'the Licensed Products ', 'Improvements ', 'jointly owned ', 'survive ', 'by their nature ', 'return or destroy ',
  'within 30 days ', 'Residuals ', 'unaided memory ', 'perpetual, irrevocable ', 'may retain ', 'Samples ', 'China ',
  'Territory ', 'Hong Kong ', '. ', '; ', ', ', '\n', '"', '(', ')', '1.', '  ', 'A', 'of the ',
];

/** CPU milliseconds since `start`: unlike wall-clock time, not inflated when the machine is busy. */
function cpuMs(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function runAll(text: string): number {
  const { ctx } = buildContext(fromText(text));
  let n = 0;
  for (const rule of RULES) n += rule(ctx).length;
  return n;
}

describe('rules on hostile input', () => {
  it('finish quickly on any mix of the words they look for', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 400 }), (pieces) => {
        const started = process.cpuUsage();
        runAll(pieces.join(''));
        // A hang guard, not a speed measure (that is npm run bench): linear rules take milliseconds.
        expect(cpuMs(started)).toBeLessThan(2000);
      }),
      { numRuns: 150 },
    );
  });

  it('finish on one long paragraph of repeated triggers', () => {
    for (const piece of ['shall not sell exclusive licence grants Licensee ', 'Section 1.1.1.1.1, ', 'the Approved Channel ', 'a'.repeat(50) + ' ']) {
      const started = process.cpuUsage();
      runAll(piece.repeat(Math.ceil(200_000 / piece.length)));
      expect(cpuMs(started)).toBeLessThan(5000);
    }
  });

  it('return nothing for empty text', () => {
    expect(runAll('')).toBe(0);
  });
});
