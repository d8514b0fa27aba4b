// Governing law and courts joined by "or" in one phrase (issue 12, counsel's drafting miss on a
// public evaluation licence): a low drafting point; a law and a forum each named in its place is not.
import { lawForumJoined } from '../../../../src/core/review/rules/law-forum-joined';
import { makeContext } from './make-context';

const OPENING = 'This Evaluation Agreement is made between Corvane Systems Inc. ("Provider") and Qinlan Energy Co., Ltd. ("Evaluator").';
const run = (clause: string) =>
  lawForumJoined(makeContext([OPENING, clause].join('\n'), { scenario: 'sample-testing', role: 'evaluator' })).map((f) => `${f.rule} ${f.severity} ${f.message}`);

describe('governing law and courts run together', () => {
  it('is raised where a claim is "governed by" a law or courts', () => {
    expect(run('12. GOVERNING LAW: Any dispute under this Agreement shall be governed by the laws of the State of Texas or federal courts sitting in Austin, without regard to conflict of laws rules.')).toEqual([
      'drafting.law-forum-joined low Governing law and courts run together (1)',
    ]);
  });

  it('is quiet where the law and the courts are each named in their place', () => {
    expect(run('12. This Agreement is governed by the laws of the State of Texas, and the state or federal courts in Austin have exclusive jurisdiction.')).toEqual([]);
    expect(run('12. This Agreement is governed by the laws of England or, where the Evaluator is in Hong Kong, the laws of Hong Kong.')).toEqual([]);
    expect(run('12. This Agreement is governed by the laws of the State of Texas or federal courts shall have jurisdiction over any claim.')).toEqual([]);
  });
});
