// Exclusivity over opportunities or projects with no end and no carve-out: fires for a side it
// binds, stays quiet where each opportunity has an end or our own customers are carved out, and
// where only the other side is bound.
import { exclusiveOpportunities } from '../../../../src/core/review/rules/exclusive-opportunities';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const OPENING =
  'This Joint Development and Marketing Agreement is made between Hexi Power Co., Ltd. (the "Technology Owner") and Ridgeway Grid Inc. (the "Co-Developer").';
const run = (role: RoleId, ...lines: string[]) =>
  exclusiveOpportunities(makeContext([OPENING, ...lines].join('\n'), { scenario: 'joint-development', role })).map((f) => `${f.rule} ${f.severity}`);

const mutual =
  'Where the Co-Developer has identified a market opportunity that has been qualified jointly with the Technology Owner, the Parties shall work exclusively with each other on that opportunity.';

describe('exclusivity over opportunities with no stated limits', () => {
  it('fires for either side of a mutual undertaking, and for the side it binds', () => {
    expect(run('technology-owner', mutual)).toEqual(['ambiguous.exclusive-opportunities medium']);
    expect(run('co-developer', mutual)).toEqual(['ambiguous.exclusive-opportunities medium']);
    const ours = 'The Technology Owner shall deal exclusively with the Co-Developer on all projects that the Co-Developer introduces.';
    expect(run('technology-owner', ours)).toEqual(['ambiguous.exclusive-opportunities medium']);
  });
  it('stays quiet where each opportunity has an end, or our existing customers are carved out', () => {
    expect(run('technology-owner', mutual.replace('on that opportunity', 'on that opportunity for six (6) months after it is registered'))).toEqual([]);
    expect(run('technology-owner', mutual.replace('on that opportunity', 'on that opportunity, except for customers of the Technology Owner existing on the Effective Date'))).toEqual([]);
  });
  it('stays quiet where only the other side is bound', () => {
    const theirs = 'The Co-Developer shall deal exclusively with the Technology Owner on all projects that the Co-Developer introduces.';
    expect(run('technology-owner', theirs)).toEqual([]);
  });
});
