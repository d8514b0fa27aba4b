// Confidentiality and licence terms in the words of published standard forms: a disclosure that
// "grants no license", a reservation of everything beyond a limited licence, and a use limited to
// performing the agreement. Each beside a near miss in nearly the same words.
import { detectTopics, fromText, segment } from '../../../src/core/review';
import type { TopicId } from '../../../src/core/topics';

const present = (topic: TopicId, text: string) => detectTopics(segment(fromText(text)).sentences)[topic].present;

describe('no licence implied', () => {
  it('reads a disclosure that grants no licence', () => {
    expect(present('no-implied-license', 'The Discloser keeps all its rights in its Confidential Information, and disclosing it to the Recipient grants no license under those rights.')).toBe(true);
    expect(present('no-implied-license', 'Sharing a drawing with the other party confers no right to manufacture the part shown in it.')).toBe(true);
    // Near miss: a licence granted, not denied.
    expect(present('no-implied-license', 'The Discloser grants the Recipient a licence to copy the drawings for the evaluation.')).toBe(false);
  });
  it('reads a reservation of everything beyond a limited licence', () => {
    expect(
      present('no-implied-license', 'Except for the limited license to run the Software in Section 2.1, the Vendor retains all right, title and interest in and to the Software and its documentation.'),
    ).toBe(true);
    // Near miss: the same reservation without the word "except": what the party keeps, not what the grant leaves out.
    expect(present('no-implied-license', 'The Vendor has developed the Software at its own cost and retains the source code on its servers.')).toBe(false);
  });
});

describe('a use limited to the agreement', () => {
  it('reads "only use … to fulfil its obligations" as a use limit', () => {
    expect(present('purpose-limitation', 'The Contractor will only use the Confidential Information to fulfil its obligations under this Agreement.')).toBe(true);
    expect(present('purpose-limitation', 'Each Recipient shall solely use the Discloser\'s materials to exercise its rights under the Pilot.')).toBe(true);
    // Near miss: "only" limits who pays, not what the information may be used for.
    expect(present('purpose-limitation', 'Only the Contractor will pay to use the testing laboratory to perform the measurements.')).toBe(false);
  });
});
