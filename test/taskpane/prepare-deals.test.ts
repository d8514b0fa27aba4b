import { currentDealFacts, emptyDeal, keepDeal, recordSigned, storedDeal, storedDeals } from '../../src/taskpane/prepare/deals';
import { memoryStorage } from '../support/memoryStorage';
import { CELLS, DRAWINGS } from '../core/prepare/support';

describe('deals kept in the browser', () => {
  const store = memoryStorage();
  beforeEach(() => store.clear());

  it('keeps each deal under its own key, lists it by name and makes it the one Build reads', () => {
    const deal = { ...emptyDeal('Marine modules, Norway'), counterparty: 'Aurelia Energy Storage B.V.', disclosures: [DRAWINGS] };
    expect(keepDeal('d1', deal, [])).toBe(true);
    expect(keepDeal('d2', emptyDeal('Grid storage, Spain'), storedDeals())).toBe(true);
    expect(storedDeals()).toEqual([
      { id: 'd1', name: 'Marine modules, Norway' },
      { id: 'd2', name: 'Grid storage, Spain' },
    ]);
    expect(storedDeal('d1')).toEqual(deal);
    expect(currentDealFacts()).toMatchObject({ id: 'd2', name: 'Grid storage, Spain' });
  });

  it('reads what another version or a hand edit left: bad parts dropped, the rest kept', () => {
    store.set(
      'clausewright.prepare.deal.d1',
      JSON.stringify({ name: 'Marine modules', readiness: { market: 'Norway', sent: ['samples', 'rumours'] }, disclosures: [CELLS, { ...DRAWINGS, sha256: 'not a hash' }], checks: { disputes: { status: 'maybe', notes: 4 } } }),
    );
    const deal = storedDeal('d1');
    expect(deal?.readiness).toEqual({ market: 'Norway', productLine: '', underway: [], sent: [] });
    expect(deal?.disclosures).toEqual([CELLS]);
    expect(deal?.checks).toEqual({ disputes: { status: 'not-checked', notes: '' } });
    expect(deal?.counterparty).toBe('');
    store.set('clausewright.prepare.deal.d2', '{ not json');
    expect(storedDeal('d2')).toBeNull();
  });

  it('the gate in Build records what is signed in the deal open in Prepare, or in a new one', () => {
    const facts = recordSigned('nda');
    expect(facts?.readiness.signed).toBe('nda');
    expect(currentDealFacts()).toEqual(facts);
    expect(storedDeals()).toHaveLength(1);
  });
});
