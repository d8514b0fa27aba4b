import type { ReviewContext, Sentence } from '../context';
import { FLOW_LABEL, freedParties } from './exceptions-receiver';
import { ourSide, partyBefore } from './side';

// The words that lay a duty of confidence on their subject: "shall keep confidential", "will hold …
// in confidence", "agrees to maintain the secrecy of", "undertakes to treat … as confidential".
const DUTY = /\b(?:shall|will|must|agrees?\s+to|undertakes?\s+to)\s+(?:keep|hold|maintain|treat|preserve)\b[^.;]{0,80}?\b(?:confiden\w*|secre\w*)/gi;
/** How far the subject may sit before its verb: "the Provider and its employees shall keep". */
const SUBJECT_GAP = 60;

/**
 * Whether every duty of confidence the draft lays on a named party binds only the other side ("the
 * Provider shall keep confidential the information the Evaluator gives it"): we owe no secrecy, and an
 * exception to the duty would only weaken the protection of what we disclose. A mutual subject, a
 * role label any party may take, or a party we cannot place leaves the duty possibly ours; so do
 * exceptions that free us or a party we cannot place ("known by the Customer"): they may treat us as bound after all.
 */
export function dutyBindsOnlyThem(ctx: ReviewContext, lists: ReadonlySet<Sentence>): boolean {
  const ours = ourSide(ctx);
  const theirs = ours === 'A' ? 'B' : 'A';
  if (!ours || freedParties(ctx, lists).some((r) => r.side !== theirs)) return false;
  const subjects = ctx.sentences.flatMap((s) =>
    [...s.text.matchAll(DUTY)].map((m) => {
      const ref = partyBefore(ctx, s.text, m.index!);
      return ref && m.index! - (ref.index + ref.text.length) <= SUBJECT_GAP && !/[.;:]/.test(s.text.slice(ref.index + ref.text.length, m.index)) ? ref : undefined;
    }),
  );
  return subjects.length > 0 && subjects.every((r) => r !== undefined && !FLOW_LABEL.test(r.text) && r.side !== undefined && r.side !== 'both' && r.side !== ours);
}
