import type { ReviewContext, Sentence } from '../context';
import { FLOW_LABEL, freedParties } from './exceptions-receiver';
import { ourSide, partyBefore } from './side';

// The words that lay a duty of confidence on their subject: "shall keep confidential", "will hold …
// in confidence", "agrees to maintain the secrecy of", "undertakes to treat … as confidential".
const DUTY = /\b(?:shall|will|must|agrees?\s+to|undertakes?\s+to)\s+(?:keep|hold|maintain|treat|preserve)\b[^.;]{0,80}?\b(?:confiden\w*|secre\w*)/gi;
// What may stand between the subject and its verb: "the Provider and its employees shall keep", "the
// Provider, at its own cost, shall keep"; not another clause ("a deal with the Company involving you … will keep").
const SUBJECT_TAIL = /^(?:\s+and\s+(?:its|their)\s+(?:\w+\s+){0,3}?\w+)?(?:\s*,[^,.;:]{1,60},)?\s*$/;
// A party named as the object of a preposition is not the subject: "a transaction with the Company".
const OBJECT = /\b(?:with|to|of|from|by|for|about|against|on)\s+(?:the\s+)?$/i;

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
      const subject = ref && SUBJECT_TAIL.test(s.text.slice(ref.index + ref.text.length, m.index)) && !OBJECT.test(s.text.slice(Math.max(0, ref.index - 12), ref.index));
      return subject ? ref : undefined;
    }),
  );
  return subjects.length > 0 && subjects.every((r) => r !== undefined && !FLOW_LABEL.test(r.text) && r.side !== undefined && r.side !== 'both' && r.side !== ours);
}
