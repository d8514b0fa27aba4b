import type { Rule } from '../context';
import { finding, topicAt } from './finding';
import { firstAttachment } from './numbering';
import { DETECTORS } from '../topics';
import { groupedEvidence, hits, type Hit } from './text';
import type { TopicId } from '../../topics';

/**
 * Wording in square brackets that carries on the sentence it sits in ("relating thereto[, provided
 * that the University shall retain the right to use ...]"): a drafting option nobody resolved, so
 * nobody can say whether it is agreed. Filed copies mark their blanks and redactions with brackets
 * too ("[* * *]", "[Signature Page Follows]", "[insert name]", "[remainder of page left blank]"), and
 * glosses ("the IPRG [law on private international law]"), so only a run of five or more words that
 * goes on with the sentence (a comma, or a word such as "provided", "and", "except" or "be") counts.
 * Forms attached to the agreement (a certificate to be given later) keep their brackets on purpose.
 */
const BRACKETED =
  /\[\s*[,;]?\s*((?:provided|and|or|nor|but|including|excluding|except|unless|subject|which|who|that|if|where|whether|to|be|in|on|for|with|without|as)\b[^[\]*•●_…]{20,400}?)\s*\]/g;
/** The option grants, keeps or imposes something: a right or a duty turns on it. */
const OPERATIVE = /\b(?:shall|may|will|must|right|rights|provided\s+that|except|unless)\b/i;

/**
 * What the bracketed words deal with, else the clause's topic. The detectors run from ownership to
 * the narrower terms of use and of the deal, so the last that reads the words is the term they
 * change: "retain the right to use any such Invention" keeps a right (background) to use results.
 */
function topicOf(ctx: Parameters<Rule>[0], h: Hit): { topic: TopicId; read: boolean } {
  const view = { text: h.match[1]!, heading: '' };
  const read = DETECTORS.filter((d) => d.cue.test(view.text) && d.deals(view)).pop()?.id;
  return read ? { topic: read, read: true } : { topic: topicAt(ctx, h.sentence.paragraph), read: false };
}

export const bracketedText: Rule = (ctx) => {
  const bodyEnd = firstAttachment(ctx);
  const found = hits(ctx, BRACKETED, (h) => h.sentence.paragraph < bodyEnd && h.match[1]!.split(/\s+/).length >= 5);
  if (found.length === 0) return [];
  const weighty = found.filter((h) => OPERATIVE.test(h.match[1]!));
  const first = weighty[0] ?? found[0]!;
  const { topic, read } = topicOf(ctx, first);
  return [
    finding(ctx, {
      rule: 'ambiguous.bracketed-text',
      topic,
      // Our clause replaces the option only where the bracketed words deal with a term it covers;
      // an option in, say, a warranty of authority is settled by the parties, not by our clause.
      noFix: !read,
      severity: weighty.length > 0 ? 'medium' : 'low',
      kind: 'ambiguous',
      params: { count: found.length },
      evidence: groupedEvidence([first, ...found.filter((h) => h !== first)]),
    }),
  ];
};
