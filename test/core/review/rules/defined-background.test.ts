// A developer's existing materials under the draft's own name ("Reserved Materials", developed before
// the services began): licensing them to the customer is the background licence, and leaving them out
// of what is assigned keeps them with the developer. Neither is then called missing; without those
// terms both still are.
import { reviewAs } from '../../../support/review-as-side';

const opening = 'This Professional Services Agreement is made between Halvorsen Digital AS (the "Provider") and Shenzhen Anlu Energy Storage Co., Ltd. (the "Customer").';
const defined = '"Reserved Materials" means any software, documents or other materials of any kind developed by Provider prior to rendering any Services under this Agreement.';
const work = 'Provider shall design and build the battery monitoring dashboard described in the Statement of Work (the "Deliverables").';
const assigned = 'Provider hereby assigns to Customer all right, title and interest in and to the Deliverables, excluding any Reserved Materials.';
const licensed = 'To the extent any Reserved Materials are included in a Deliverable, such Reserved Materials are hereby licensed by Provider to Customer on a non-exclusive, perpetual and royalty-free basis.';
const missing = (role: 'customer' | 'developer', lines: string[]) =>
  reviewAs([opening, defined, work, ...lines].join('\n'), { scenario: 'custom-development', role })
    .findings.filter((f) => f.kind === 'missing' && (f.topic === 'background-license' || f.topic === 'background-ip'))
    .map((f) => f.topic);

describe('existing materials under the draft\'s own name', () => {
  it('reads their licence to the customer as the background licence', () => {
    expect(missing('customer', [assigned, licensed])).not.toContain('background-license');
  });
  it('reads their exclusion from the assignment as the developer keeping them', () => {
    expect(missing('developer', [assigned, licensed])).not.toContain('background-ip');
  });
  it('still calls the background licence missing for the customer where nothing licenses them', () => {
    expect(missing('customer', ['Provider hereby assigns to Customer all right, title and interest in and to the Deliverables.'])).toContain('background-license');
  });
});
