// Use limited to a purpose the draft never states is an open limit, for either side.
import { loadLibraryDir } from '../../../../src/cli/library-files';
import { purposeUnstated } from '../../../../src/core/review/rules/purpose-unstated';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const OPENING = 'This Non-Disclosure Agreement is made between Hexi Energy Co., Ltd. (the "Disclosing Party") and Northfield Systems GmbH (the "Receiving Party").';
const USE = 'The Receiving Party shall use the Confidential Information solely for the Purpose and for no other purpose.';
const run = (role: RoleId, ...lines: string[]) =>
  purposeUnstated(makeContext([OPENING, ...lines].join('\n'), { scenario: 'pre-deal-disclosure', role })).map((f) => `${f.rule} ${f.severity}`);

describe('a purpose that is never stated', () => {
  it('fires, for either side, where the purpose is left blank', () => {
    const blank = 'Confidential Information disclosed hereunder is intended to be used for the purpose of discussing the following business opportunities: (the "Purpose").';
    expect(run('discloser', blank, USE)).toEqual(['ambiguous.purpose-unstated medium']);
    expect(run('recipient', '"Purpose" means ____________.', USE)).toEqual(['ambiguous.purpose-unstated medium']);
  });
  it('fires where use is tied to "the purpose as provided herein" and no purpose is provided', () => {
    expect(run('recipient', 'The Receiving Party shall not use the confidential information other than for the purpose as provided herein.')).toEqual(['ambiguous.purpose-unstated medium']);
  });
  it('stays quiet where the purpose is stated', () => {
    expect(run('discloser', '"Purpose" means evaluating a possible supply of fuel cell stacks by the Disclosing Party to the Receiving Party.', USE)).toEqual([]);
    expect(run('discloser', 'The parties wish to exchange information for the purpose of evaluating a joint development of battery modules (the "Purpose").', USE)).toEqual([]);
  });
  it('stays quiet where use is not limited by reference to a purpose', () => {
    expect(run('discloser', 'For the purposes of this Agreement, "Affiliate" means any entity that controls a party.')).toEqual([]);
  });
});

describe('the fix for a purpose never stated', () => {
  const loaded = loadLibraryDir();
  if (!loaded.ok) throw new Error('the built-in library does not validate');
  const fixOf = (scenario: 'pre-deal-disclosure' | 'sample-testing', role: RoleId) =>
    purposeUnstated(makeContext([OPENING, '"Purpose" means ____________.', USE].join('\n'), { scenario, role, library: loaded.library }))[0]?.fix;

  it('states the purpose beside the clause, for every deal and side', () => {
    expect(fixOf('pre-deal-disclosure', 'recipient')).toEqual({ clause: 'purpose-limitation', variant: 'purpose-stated' });
    expect(fixOf('sample-testing', 'evaluator')).toEqual({ clause: 'purpose-limitation', variant: 'purpose-stated' });
  });
});
