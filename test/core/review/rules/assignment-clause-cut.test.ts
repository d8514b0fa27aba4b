// A sentence that gives our modifications to the other side in two clauses: "Your modifications to
// the Licensed Software, and all rights associated with them, will be the property of the
// licensor". The ", and" cut leaves the owner's clause without the thing owned; read the words before
// it where the sentence has no other owner. What a later clause lets us do is no part of it.
import { assignment } from '../../../../src/core/review/rules/assignment';
import { makeContext } from './make-context';

const OPENING = 'This Software License Agreement is made between Halden Microsystems AS ("Halden") and Qiming Robotics Co., Ltd. ("Licensee").';
const GRANT = '1. Halden grants Licensee a non-exclusive license to use the Licensed Software with Halden chips.';
const run = (line: string) =>
  assignment(makeContext([OPENING, GRANT, line].join('\n'), { scenario: 'technology-license', role: 'licensee' })).map((f) => f.rule);

describe('modifications given away before a ", and"', () => {
  it('fires where our modifications are named before the owner clause, not after it', () => {
    expect(run("2. Licensee's modifications to the Licensed Software, and all rights associated with them, will be the property of Halden.")).toEqual(['one-sided.assignment']);
    // Not where the modifications come in a later clause the owner does not take.
    expect(run('2. Halden shall own the Licensed Software, and the Licensee may make modifications to it for its internal testing.')).toEqual([]);
  });
});
