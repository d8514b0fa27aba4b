// What a supplier gives with exclusivity: only the products listed, and only against minimums that
// bind. Each point fires for the supplier, stays quiet on the near miss and for the distributor.
import { exclusivityProducts, softMinimums } from '../../../../src/core/review/rules/exclusivity-products';
import { supplierLockout } from '../../../../src/core/review/rules/supplier-lockout';
import { firstRefusal } from '../../../../src/core/review/rules/first-refusal';
import type { Rule } from '../../../../src/core/review/context';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const OPENING = 'This Distribution Agreement is made between Hexi Energy Co., Ltd. (the "Supplier") and Northfield Trading LLC (the "Distributor").';
const GRANT = 'The Supplier appoints the Distributor as its exclusive distributor of the Products in the Territory.';
const run = (rule: Rule, role: RoleId, ...lines: string[]) =>
  rule(makeContext([OPENING, GRANT, ...lines].join('\n'), { scenario: 'exclusive-partnership', role })).map((f) => `${f.rule} ${f.severity}`);

describe('exclusivity over products not yet launched', () => {
  it.each([
    'The Supplier shall give the Distributor exclusive rights to the sale of any new products it introduces during the Term.',
    '"Products" means the products listed in Schedule A and all other products, now existing or developed in the future, that perform substantially the same functions.',
    'Should the Supplier introduce other products, the Distributor shall have the option of becoming the exclusive distributor of such other products in the Territory.',
  ])('fires for the supplier: %s', (line) => {
    expect(run(exclusivityProducts, 'supplier', line)).toEqual(['one-sided.exclusivity-products medium']);
  });
  it('stays quiet where new products come in only on a non-exclusive basis, or are not mentioned', () => {
    expect(run(exclusivityProducts, 'supplier', 'The Supplier may offer new products to the Distributor on a non-exclusive basis.')).toEqual([]);
    expect(run(exclusivityProducts, 'supplier', '"Products" means the products listed in Schedule A.')).toEqual([]);
  });
  it('stays quiet for the distributor, whom it favours', () => {
    expect(run(exclusivityProducts, 'distributor', 'The Supplier shall give the Distributor exclusive rights to the sale of any new products.')).toEqual([]);
  });
});

describe('minimums that bind no one', () => {
  const review = 'If the Distributor fails to purchase the minimum number of units in any year, the Distributor\'s exclusive rights may, at the Supplier\'s option, be reevaluated.';
  it('fires for the supplier on a shortfall that leads only to a review, or on targets only discussed', () => {
    expect(run(softMinimums, 'supplier', review)).toEqual(['ambiguous.soft-minimums high']);
    expect(run(softMinimums, 'supplier', 'Performance targets have been discussed between the parties to determine fair and reasonable volumes.')).toEqual(['ambiguous.soft-minimums high']);
  });
  it('stays quiet where a missed minimum lets the supplier end the exclusivity', () => {
    const teeth = 'If the Distributor fails to purchase the Minimum Quantity in any Contract Year, the Supplier may terminate the exclusivity by 30 days\' written notice, and the appointment becomes non-exclusive.';
    expect(run(softMinimums, 'supplier', review, teeth)).toEqual([]);
  });
  it('stays quiet for the distributor', () => {
    expect(run(softMinimums, 'distributor', review)).toEqual([]);
  });
});

describe('a supplier shut out of selling anywhere else', () => {
  const lockout = 'The Supplier covenants not to sell any product listed in Schedule A to any other party without the prior written consent of the Distributor.';
  it('fires for the supplier', () => {
    expect(run(supplierLockout, 'supplier', lockout)).toEqual(['one-sided.supplier-lockout high']);
  });
  it('stays quiet where the promise is bounded by the territory, or binds the distributor', () => {
    expect(run(supplierLockout, 'supplier', 'The Supplier shall not sell the Products in the Territory to any other party during the Term.')).toEqual([]);
    expect(run(supplierLockout, 'supplier', 'The Distributor shall not sell the Products to any other party for resale without the consent of the Supplier.')).toEqual([]);
  });
  it('stays quiet for the distributor', () => {
    expect(run(supplierLockout, 'distributor', lockout)).toEqual([]);
  });
  // A non-circumvention clause whose negation opens a list of acts, one of them unbounded by place.
  const circumvent =
    'The Supplier will not in any way, either directly or indirectly (including through any person in which it has an interest): (a) solicit any customer introduced by the Distributor outside of the Distributor, or (b) contact, approach or negotiate with any person other than the Distributor on any matter relating to the Products, without the prior written consent of the Distributor.';
  it('fires on a non-circumvention clause that closes every dealing on the Products', () => {
    expect(run(supplierLockout, 'supplier', circumvent)).toEqual(['one-sided.supplier-lockout high']);
  });
  it('stays quiet where the non-circumvention is limited to the territory or binds the distributor', () => {
    expect(run(supplierLockout, 'supplier', circumvent.replace('relating to the Products', 'relating to the Products within the Territory'))).toEqual([]);
    expect(run(supplierLockout, 'supplier', circumvent.replace('relating to the Products', 'relating to the Products within North America'))).toEqual([]);
    const theirs = 'The Distributor will not, directly or indirectly, contact, approach or negotiate with any person other than the Supplier on any matter relating to the Products.';
    expect(run(supplierLockout, 'supplier', theirs)).toEqual([]);
    expect(run(supplierLockout, 'distributor', circumvent)).toEqual([]);
  });
});

describe('first call on buying our technology', () => {
  const offer = 'The Supplier agrees to offer the Distributor the first right of refusal to purchase the intellectual property for the Products.';
  it('fires for the supplier, whose technology it is', () => {
    expect(run(firstRefusal, 'supplier', offer)).toEqual(['one-sided.first-refusal medium']);
    expect(run(firstRefusal, 'supplier', 'The Distributor shall have a right of first offer on any sale of the Supplier\'s patents covering the Products.')).toEqual(['one-sided.first-refusal medium']);
  });
  it('stays quiet on a first refusal over goods, and when we hold it', () => {
    expect(run(firstRefusal, 'supplier', 'The Distributor shall have a right of first refusal to purchase any excess inventory of the Products.')).toEqual([]);
    expect(run(firstRefusal, 'distributor', offer)).toEqual([]);
  });
});
