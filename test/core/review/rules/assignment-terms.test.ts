// The assignment rule reads the ownership terms (terms/ownership.ts), so every verb the term reader
// knows moves improvements and feedback for this rule too: a passive assignment, title that passes,
// vesting. A party keeping its own technology passes nothing. Each case for both sides.
import { assignment } from '../../../../src/core/review/rules/assignment';
import type { RoleId, ScenarioId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const SAMPLES = 'This Evaluation Agreement is made between Acme Batteries Inc. ("Provider") and Nordlys Motors AB ("Evaluator").';
const LICENCE = 'This Patent and Know-How Licence Agreement is made between Lindqvist Energy AB (the "Licensor") and Hexi Power Co., Ltd. (the "Licensee").';

const run = (opening: string, scenario: ScenarioId, role: RoleId, line: string) =>
  assignment(makeContext(`${opening}\n${line}`, { scenario, role })).map((f) => `${f.severity} ${f.topic}`);

describe('improvements moved by any verb the term reader knows', () => {
  const passive = 'All improvements to the Samples conceived by Evaluator during the Evaluation are hereby assigned to Evaluator.';
  it('fires for the provider on a passive assignment of improvements to its samples', () => {
    expect(run(SAMPLES, 'sample-testing', 'provider', passive)).toEqual(['high improvements']);
  });
  it('stays quiet for the evaluator, who gets them', () => {
    expect(run(SAMPLES, 'sample-testing', 'evaluator', passive)).toEqual([]);
  });

  const passes = 'Title to every improvement of the Licensed Technology made by the Licensee shall pass to the Licensee.';
  it('fires for the licensor where title to improvements of its technology passes to the licensee', () => {
    expect(run(LICENCE, 'technology-license', 'licensor', passes)).toEqual(['high improvements']);
  });
  it('stays quiet for the licensee', () => {
    expect(run(LICENCE, 'technology-license', 'licensee', passes)).toEqual([]);
  });
});

describe('a party keeping its own technology', () => {
  const kept = 'The Licensor retains all right, title and interest in the Licensed Software and any modifications thereof.';
  it.each<RoleId>(['licensee', 'licensor'])('is no assignment for the %s', (role) => {
    expect(run(LICENCE, 'technology-license', role, kept)).toEqual([]);
  });
});

describe('feedback that becomes the provider\'s property', () => {
  const feedback = 'All Feedback that Evaluator provides on the Samples is and shall be the sole property of Provider.';
  it('fires for the evaluator, whose ideas go', () => {
    expect(run(SAMPLES, 'sample-testing', 'evaluator', feedback)).toEqual(['medium feedback']);
  });
  it('stays quiet for the provider', () => {
    expect(run(SAMPLES, 'sample-testing', 'provider', feedback)).toEqual([]);
  });
});

describe('improvements the maker owns once ours is kept out of them', () => {
  const split =
    'Provider keeps ownership of the Samples, and of any part of the Samples contained in Modifications. Subject to that, Evaluator owns the Modifications it makes.';
  it('stays quiet for the provider, who keeps what is its own', () => {
    expect(run(SAMPLES, 'sample-testing', 'provider', split)).toEqual([]);
  });
  const bare = 'Evaluator owns the Modifications it makes to the Samples.';
  it('fires for the provider where nothing of the samples is kept out', () => {
    expect(run(SAMPLES, 'sample-testing', 'provider', bare)).toEqual(['high improvements']);
  });
  const keptByThem = 'Evaluator keeps ownership of its test rigs and any modifications to them. Subject to that, Evaluator owns the Modifications it makes to the Samples.';
  it('fires where the kept part is theirs, not ours', () => {
    expect(run(SAMPLES, 'sample-testing', 'provider', keptByThem)).toEqual(['high improvements']);
  });
});
