// In a pilot or early-access programme the thing the evaluator tries goes by a defined name ("the
// Platform"), not "the samples". Our keeping of all right, title and interest in it settles who owns
// it; a keeping that reaches later work, with the evaluator barred from modifying it, settles
// improvements too. Near misses: the evaluator keeps it, or may modify it.
import { missingTerms } from '../../../../src/core/review/rules/missing';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const playbook = { required: ['sample-ownership', 'improvements'] as const, recommended: [] } as never;
const run = (text: string, role: RoleId = 'provider') =>
  missingTerms(makeContext(text, { scenario: 'sample-testing', role, playbook })).map((f) => f.topic);
const opening = 'This Pilot Agreement is made between Hexa Robotics Ltd (the "Provider") and Lumen Data Inc. (the "Customer").';
const access = 'During the Pilot Period the Customer may access and use the Platform solely to evaluate it for its own operations.';
const keep = 'The Provider retains all right, title and interest in and to the Platform, whether developed before or after the start of the Pilot.';
const noChange = 'The Customer will not copy, modify, or create derivative works of the Platform.';

describe('the thing under test called by its own name', () => {
  it('settles ownership and improvements where we keep it and they may not change it', () => {
    expect(run([opening, access, keep, noChange].join('\n'))).toEqual([]);
  });
  it('settles ownership but not improvements where they may modify it', () => {
    // Near miss: the Customer may adapt the Platform, so who owns its changes is open.
    const text = [opening, access, keep, 'The Customer may modify the Platform to connect it to its own warehouse systems.'].join('\n');
    expect(run(text)).toEqual(['improvements']);
  });
  it('settles nothing where the other side keeps the thing', () => {
    // Near miss: we are the evaluator; their keeping is theirs.
    expect(run([opening, access, keep, noChange].join('\n'), 'evaluator')).toEqual(['sample-ownership', 'improvements']);
  });
});
