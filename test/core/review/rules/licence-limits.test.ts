// How far a licence we take reaches: a field measured by past use and its "natural growth", a
// licence that stops at a buyer's products, and licensed know-how nobody has to hand over. Each
// fires on the term and stays quiet on the near miss and where the term is not ours to lose.
import { licenceAcquirer } from '../../../../src/core/review/rules/licence-acquirer';
import { licenceAssistance } from '../../../../src/core/review/rules/licence-assistance';
import { licenceField } from '../../../../src/core/review/rules/licence-field';
import type { Rule } from '../../../../src/core/review/context';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const OPENING = 'This Intellectual Property Licence Agreement is made between Meridian Industrial Inc. (the "Licensor") and Hexi Energy Co., Ltd. (the "Licensee").';
const run = (rule: Rule, role: RoleId, ...lines: string[]) =>
  rule(makeContext([OPENING, ...lines].join('\n'), { scenario: 'technology-license', role })).map((f) => `${f.rule} ${f.severity}`);

describe('a licence measured by past use and its natural growth', () => {
  const grown =
    'The Licensor hereby grants to the Licensee a non-exclusive licence under the Shared IP, such licence being limited to use of a similar type and extent as used in the Licensee Business prior to the Separation Date and the natural growth and development thereof.';
  it('fires for either side', () => {
    expect(run(licenceField, 'licensee', grown)).toEqual(['ambiguous.licence-field medium']);
    expect(run(licenceField, 'licensor', grown)).toEqual(['ambiguous.licence-field medium']);
    expect(run(licenceField, 'licensee', 'Any Divested Business shall retain the licence granted to it, provided that the licence shall be limited to that business as of the date of divestment and the natural evolution thereof.')).toEqual([
      'ambiguous.licence-field medium',
    ]);
  });
  it('stays quiet on a field defined by products, or on past use with no growth to argue over', () => {
    expect(run(licenceField, 'licensee', 'The Licensor hereby grants to the Licensee a non-exclusive licence under the Licensed Patents, limited to the manufacture and sale of lithium-ion battery modules for stationary energy storage.')).toEqual([]);
    expect(run(licenceField, 'licensee', grown.replace(' and the natural growth and development thereof', ''))).toEqual([]);
  });
});

describe('a licence that stops at a buyer\'s products', () => {
  const stops =
    'If the Licensee assigns this Agreement in connection with a merger or sale of its business, in no event will the licences granted in this Agreement extend to products or services of the assignee existing on or before the date of that transaction.';
  it('fires for the licensee, on the carve-out or on a licence frozen at the change of control', () => {
    expect(run(licenceAcquirer, 'licensee', stops)).toEqual(['one-sided.licence-acquirer medium']);
    expect(run(licenceAcquirer, 'licensee', 'The licences granted to the Licensee shall not extend to any product of a third party that acquires the Licensee, as that product existed before the acquisition.')).toEqual([
      'one-sided.licence-acquirer medium',
    ]);
    expect(run(licenceAcquirer, 'licensee', 'Upon a Change of Control of the Licensee, the licence granted under Clause 2 shall be limited to the products of the Licensee existing as of the effective date of the Change of Control.')).toEqual([
      'one-sided.licence-acquirer medium',
    ]);
  });
  it('stays quiet on a carve-out that names no buyer, on the licensor\'s licence, and for the licensor', () => {
    expect(run(licenceAcquirer, 'licensee', 'In no event will the licences granted in this Agreement extend to any trademark of the Licensor.')).toEqual([]);
    expect(run(licenceAcquirer, 'licensee', 'The licence granted to the Licensor shall not extend to products of any acquirer of the Licensor existing before the acquisition.')).toEqual([]);
    expect(run(licenceAcquirer, 'licensor', stops)).toEqual([]);
  });
});

describe('licensed know-how with no transfer or assistance', () => {
  const grant = 'The Licensor hereby grants to the Licensee a non-exclusive licence under the Licensed Patents and the Licensed Know-How to make and sell the Products.';
  const none = 'The Licensor shall have no obligation to provide any technical assistance, documentation or training to the Licensee.';
  it('fires for the licensee of know-how', () => {
    expect(run(licenceAssistance, 'licensee', grant, none)).toEqual(['one-sided.no-technical-assistance low']);
    expect(run(licenceAssistance, 'licensee', grant, 'Except as expressly set out in this Agreement, no Party shall be required to provide the other Party with any technical assistance.')).toEqual([
      'one-sided.no-technical-assistance low',
    ]);
    expect(run(licenceAssistance, 'licensee', grant, 'Nothing in this Agreement requires the Licensor to deliver any documentation embodying the Licensed Know-How.')).toEqual([
      'one-sided.no-technical-assistance low',
    ]);
    expect(run(licenceAssistance, 'licensee', grant, 'The Licensor is under no obligation to furnish training or technical support.')).toEqual(['one-sided.no-technical-assistance low']);
  });
  it('stays quiet on a patent-only licence, on our own assistance withheld, and for the licensor', () => {
    expect(run(licenceAssistance, 'licensee', grant.replace(' and the Licensed Know-How', ''), none)).toEqual([]);
    expect(run(licenceAssistance, 'licensee', grant, 'The Licensee shall not be required to provide any technical assistance to the Licensor.')).toEqual([]);
    expect(run(licenceAssistance, 'licensor', grant, none)).toEqual([]);
  });
});
