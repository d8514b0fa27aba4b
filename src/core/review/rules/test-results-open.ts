import type { Rule } from '../context';
import { DEFINITION } from '../topics/detector';
import { finding } from './finding';
import { ourSide, partyBefore } from './side';
import { groupedEvidence, hits } from './text';
import { ownershipTerms } from '../terms/ownership';
import { anyMatching } from './sentence-gate';

const RESULTS = String.raw`(?:results|(?:test|testing|evaluation|analysis)\s+(?:data|reports?|findings))`;
// Results of the testing handed over: "the parties agree to disclose to each other the results of the tests".
const EXCHANGED = new RegExp(
  String.raw`\b(?:disclos(?:e|es|ed|ing)|provid(?:e|es|ed|ing)|report|deliver(?:s|ed|ing)?|furnish(?:es|ed|ing)?|send|give|share)\b[^.;]{0,80}?\b(?:${RESULTS}\s+of\s+(?:the|its|any|such|all|these)\s+(?:tests?|testing|evaluations?|analys[ie]s)|(?:test|testing|evaluation)\s+(?:results|data|reports?))\b`,
  'gi',
);
// What the tester may do with them: "use the results only for", "shall not use the test data to".
const USE_LIMITED = new RegExp(
  String.raw`\b${RESULTS}\b[^.;]{0,120}\b(?:only|solely|exclusively)\s+(?:for|to|in)\b|\buse\b[^.;]{0,60}\b${RESULTS}\b[^.;]{0,80}\b(?:only|solely|exclusively)\b|\bnot\s+(?:to\s+)?(?:use|exploit)\b[^.;]{0,80}\b${RESULTS}\b`,
  'i',
);

/**
 * Some term says who holds the test results, read as the other term rules read them: "the test results
 * are the property of", "Test Data shall vest in Provider", "assigns … the Results". A results term
 * on what else the work makes ("all inventions") does not answer for the test results.
 */
function ownedByTheDraft(ctx: Parameters<Rule>[0]): boolean {
  return ownershipTerms(ctx).some(
    (t) => t.verb !== 'licenses' && (t.things.includes('test-data') || (t.things.includes('results') && /\bresults\b/i.test(t.sentence.text))),
  );
}

/**
 * We send samples, the results of testing them are handed over, and the draft never says who owns them
 * or what the tester may do with them: it may use them to build a substitute for our product or to
 * file patents on what they reveal.
 */
export const testResultsOpen: Rule = (ctx) => {
  if (ctx.scenario !== 'sample-testing' || ctx.role !== 'provider') return [];
  // Our own reports on our own samples (a certificate of analysis) are ours to give.
  const exchanged = hits(ctx, EXCHANGED, (h) => !DEFINITION.test(h.sentence.text) && partyBefore(ctx, h.sentence.text, h.index)?.side !== ourSide(ctx));
  if (exchanged.length === 0) return [];
  if (ownedByTheDraft(ctx) || anyMatching(ctx.sentences, USE_LIMITED)) return [];
  return [finding(ctx, { rule: 'ambiguous.test-results-open', topic: 'test-data', severity: 'medium', kind: 'ambiguous', evidence: groupedEvidence(exchanged) })];
};
