import type { Rule, Sentence } from '../context';
import { finding } from './finding';
import { OWN_DUTY } from './confidentiality-elsewhere';
import { quote } from './text';

// A separate confidentiality agreement, by its usual names: "the Confidential Disclosure Agreement",
// "the Mutual NDA", "the Non-Disclosure Agreement dated …", "the confidentiality agreement between the parties".
const NDA =
  /\b(?:confidential(?:ity)?(?:\s+disclosure)?|non-?disclosure|secrecy)\s+agreements?\b|\b(?:mutual\s+)?NDA\b/i;
// This draft puts information under an existing one by name: "governed by the terms of the Confidential
// Disclosure Agreement", "as defined in the NDA". Not "subject to execution of a confidentiality agreement" to come.
const RELIES =
  /\b(?:governed\s+by|subject\s+to|in\s+accordance\s+with|pursuant\s+to|as\s+defined\s+in|covered\s+by|protected\s+(?:by|under))\s+(?:the\s+(?:terms|provisions)\s+(?:of|in)\s+)?(?:the|that|said)\s+(?:[\w-]{1,30}\s+){0,3}?(?:confidential(?:ity)?(?:\s+disclosure)?|non-?disclosure|secrecy)\s+agreement\b|\b(?:governed\s+by|subject\s+to|in\s+accordance\s+with|pursuant\s+to|as\s+defined\s+in|covered\s+by|protected\s+(?:by|under))\s+(?:the\s+(?:terms|provisions)\s+(?:of|in)\s+)?(?:the|that|said)\s+(?:mutual\s+)?NDA\b/i;
const INFORMATION = /\binformation\b/i;
// Before the reference: what is exchanged under this very agreement ("information exchanged in connection
// herewith shall be covered by the NDA"). The draft then extends the NDA to its own information in so many words.
const OURS = /\b(?:this\s+agreement|hereunder|herewith)\b/i;
// Made part of this agreement, or kept alive in so many words: superseding "all prior agreements" no longer reaches it.
const KEPT =
  /\b(?:incorporated\s+(?:herein\s+|into\s+this\s+agreement\s+)?by\s+reference|forms?\s+(?:a\s+)?part\s+of\s+this\s+agreement|(?:remains?|remaining|continues?|continuing|shall\s+(?:remain|continue))\s+in\s+(?:full\s+)?(?:force|effect)|(?:is|are|shall\s+be)\s+not\s+superseded|(?:does|do|shall)\s+not\s+(?:supersede|replace|terminate|affect))\b/i;
// "This Agreement constitutes the entire agreement … and supersedes all prior agreements …".
const ENTIRE = /\bentire\s+(?:agreement|understanding)\b/i;
const SUPERSEDES = /\b(?:supersedes?|replaces?|cancels?|merges?|extinguish(?:es)?)\b/i;
// A carve-out from what is superseded, naming a confidentiality agreement: "other than the NDA", "except the Confidentiality Agreement".
const SAVED = /\b(?:except(?:\s+for)?|other\s+than|save(?:\s+for)?|excluding|with\s+the\s+exception\s+of|without\s+prejudice\s+to|but\s+not(?!\s+limited))\b[^.;]{0,80}?(?:\b(?:confidential(?:ity)?|non-?disclosure|secrecy)\b|\bNDA\b)/i;

/** The sentence puts the information exchanged under this agreement under the NDA (not only its definition). */
function bringsOurs(s: Sentence): boolean {
  const m = RELIES.exec(s.text);
  const before = m ? s.text.slice(0, m.index) : '';
  return INFORMATION.test(before) && OURS.test(before);
}

/**
 * The draft leaves confidential information to a separate confidentiality agreement, and its
 * entire-agreement clause supersedes the earlier agreements on its subject: the other side may say
 * the NDA ended at signing, and what is disclosed under this draft is then protected by nothing.
 * Low where the draft's own clause brings what is exchanged under it under the NDA and the clause
 * supersedes only in general words: read as a whole, with the specific reference over the general
 * merger words, the agreement is unlikely to be held to end the NDA it applies, and a sentence
 * keeping the NDA in force only removes the argument. Medium where the supersession names earlier
 * confidentiality agreements (the two clauses then contradict each other) or the draft only borrows
 * the NDA's definition or protection without extending it to this agreement's information.
 */
export const ndaSuperseded: Rule = (ctx) => {
  const { sentences } = ctx;
  const relied: Sentence[] = [];
  let entire: Sentence | undefined;
  let namesNda = false;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (ENTIRE.test(s.text)) {
      // The supersession and its carve-out may follow in the next sentence of the clause.
      const next = sentences[i + 1];
      const clause = next && next.paragraph === s.paragraph ? `${s.text} ${next.text}` : s.text;
      if (!entire && SUPERSEDES.test(clause) && !SAVED.test(clause) && !(NDA.test(clause) && KEPT.test(clause))) {
        entire = s;
        namesNda = NDA.test(clause);
      }
      continue;
    }
    if (!NDA.test(s.text)) continue;
    if (KEPT.test(s.text)) return [];
    if (RELIES.test(s.text) && INFORMATION.test(s.text)) relied.push(s);
  }
  if (!entire || relied.length === 0) return [];
  // With confidentiality duties of its own, the draft still protects what is disclosed under it.
  if (sentences.some((s) => !relied.includes(s) && OWN_DUTY.test(s.text))) return [];
  const applied = !namesNda && relied.some(bringsOurs);
  return [
    finding(ctx, {
      rule: 'ambiguous.nda-superseded',
      ...(applied ? { key: 'ambiguous.nda-superseded.applied' } : {}),
      topic: 'confidentiality',
      severity: applied ? 'low' : 'medium',
      kind: 'ambiguous',
      fixClause: 'confidentiality',
      fixVariant: 'nda-preserved',
      evidence: [quote(entire), quote(relied[0]!)],
    }),
  ];
};
