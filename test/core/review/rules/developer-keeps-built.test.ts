// Who owns results in services and outsourcing work: where the developer keeps its own systems "and
// any and all derivative works based thereon" and nothing gives the customer what is made, silence on
// the results is no gap for the developer. For the customer, and for a developer with no such clause
// or where it is the customer that keeps what is built on its materials, the results question stays.
import { missingTerms } from '../../../../src/core/review/rules/missing';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';
import { realLibrary } from '../../agreement/real-library';

const opening = 'This Outsourcing Agreement is made between Hexi Data Services Co., Ltd. (the "Developer") and Andes Savings Bank S.A. (the "Customer").';
const services = '2.1 The Developer shall provide the Services and develop the reports, interfaces and software modifications described in each Statement of Work.';
const keeps =
  '13.2 The Developer shall retain title and all other ownership and proprietary rights in and to the Developer Proprietary Materials, and any and all derivative works based thereon.';

const results = (role: RoleId, ...terms: string[]) => {
  const scenario = realLibrary().scenarios.find((x) => x.id === 'custom-development')!;
  const playbook = (scenario.playbook as Record<string, unknown>)[role] as never;
  const ctx = makeContext([opening, services, ...terms].join('\n'), { scenario: 'custom-development', role, playbook });
  return missingTerms(ctx)
    .filter((f) => f.topic === 'foreground-ip')
    .map((f) => `${f.rule}/${f.topic} ${f.severity}`);
};

describe('results in outsourcing work where the developer keeps what is built on its systems', () => {
  it('raises no missing results term for the developer', () => {
    expect(results('developer', keeps)).toEqual([]);
  });
  it('still raises it for the developer with no such clause, or where the customer keeps what is built on its materials', () => {
    expect(results('developer')).toHaveLength(1);
    expect(results('developer', keeps.replace(/Developer/g, 'Customer'))).toHaveLength(1);
  });
  it('still raises it for the customer', () => {
    expect(results('customer', keeps)).toHaveLength(1);
  });
});
