// Ownership terms put off until a payment or approval: fires where the deferred section is the one
// that says who owns inventions, quiet where another section is deferred or none is.
import { ipDeferred } from '../../../../src/core/review/rules/ip-deferred';
import { makeContext } from './make-context';

const OPENING = 'This Sponsored Research Agreement is made between Hexi Biotech Co., Ltd. (the "Sponsor") and the Northfield Institute (the "Institution").';
const OWNERSHIP = [
  '6. Inventions',
  '6.1 Assignment. The Institution shall assign to the Sponsor all right, title and interest in any Inventions made in performing the Research Plan.',
  '6.2 Effectiveness. The provisions of Section 6 shall become effective upon payment by the Sponsor of the Initial Payment and its approval of the first Work Order.',
];
const run = (lines: string[]) =>
  ipDeferred(makeContext([OPENING, ...lines].join('\n'), { scenario: 'joint-development', role: 'technology-owner' })).map((f) => `${f.rule} ${f.topic} ${f.severity}`);

describe('ownership terms that take effect only on a later condition', () => {
  it('fires where the ownership section is deferred', () => {
    expect(run(OWNERSHIP)).toEqual(['ambiguous.ip-deferred foreground-ip medium']);
  });
  it('stays quiet where a section without ownership terms is deferred, or nothing is', () => {
    expect(run([...OWNERSHIP.slice(0, 2), '7. Publication', '7.1 The Institution may publish the results after review by the Sponsor.', '7.2 The provisions of Section 7 shall become effective upon completion of the Research Plan.'])).toEqual([]);
    expect(run(OWNERSHIP.slice(0, 2))).toEqual([]);
  });
});
