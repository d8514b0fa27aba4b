// A services customer pays for the deliverables: a point where the developer keeps them and licenses
// them to the customer, or where the choice between a licence and an assignment is left to a cover
// page not in the text. Never for the developer, who is better off keeping what it builds.
import { reviewAs } from '../../../support/review-as-side';

const services = (...terms: string[]) =>
  [
    'This Professional Services Agreement is made between Lumen Data Systems Inc. ("Provider") and Hangzhou Qingshan Robotics Co., Ltd. ("Customer").',
    'Provider shall perform the Services and deliver the Deliverables described in each Statement of Work, and Customer shall pay the fees stated there.',
    ...terms,
    'This Agreement is governed by the laws of Singapore, and any dispute shall be finally settled by arbitration in Singapore.',
  ].join('\n');
const points = (role: 'customer' | 'developer', ...terms: string[]) =>
  reviewAs(services(...terms), { scenario: 'custom-development', role })
    .findings.filter((f) => f.rule === 'one-sided.deliverables-licensed' || f.rule === 'ambiguous.deliverables-choice')
    .map((f) => `${f.rule} ${f.severity}`);

const KEPT = 'Provider retains all right, title and interest in and to the Deliverables.';
const LICENCE = 'Provider grants Customer a non-exclusive, non-transferable licence to use the Deliverables for its internal business purposes.';
const CHOICE = 'All Deliverables will be provided as Licensed Deliverables or Assigned Deliverables as specified by the parties on the Cover Page.';

describe('deliverables the customer pays for', () => {
  it('are a medium point for the customer where the provider keeps them and licenses them', () => {
    expect(points('customer', KEPT, LICENCE)).toEqual(['one-sided.deliverables-licensed medium']);
    expect(points('customer', 'The Deliverables are and shall remain the sole property of Provider.', LICENCE)).toEqual(['one-sided.deliverables-licensed medium']);
  });
  it('are no point where they are assigned to the customer and only the provider\'s own materials are licensed', () => {
    expect(
      points(
        'customer',
        'Except for its Pre-Existing Materials, Provider assigns to Customer all right, title and interest in the Deliverables upon payment of the fees.',
        'Provider retains all right, title and interest in its Pre-Existing Materials and grants Customer a perpetual licence to use the Pre-Existing Materials incorporated into the Deliverables.',
      ),
    ).toEqual([]);
  });
  it('are no point for the developer that keeps them', () => {
    expect(points('developer', KEPT, LICENCE)).toEqual([]);
  });
  it('are a medium point for the customer where a cover page not in the text chooses licence or assignment', () => {
    expect(points('customer', CHOICE, 'If a Deliverable is an Assigned Deliverable, Provider hereby assigns to Customer all right, title and interest in it.')).toEqual([
      'ambiguous.deliverables-choice medium',
    ]);
  });
  it('are no such point where the text ticks the choice, nor for the developer', () => {
    expect(points('customer', CHOICE, '[x] Assigned Deliverables: Provider assigns each Deliverable to Customer on payment.')).toEqual([]);
    expect(points('developer', CHOICE)).toEqual([]);
  });
});
