import type { Rule } from '../context';
import { finding } from './finding';
import { holderStance, ownershipTerms } from '../terms/ownership';
import { ourSide, partyBefore, partyRightAfter, verdict } from './side';
import { groupedEvidence, hits } from './text';

// What we find out ourselves: results, analyses, benchmarks, test data and reports.
const RESULTS = /\b(?:results|analyses|findings|conclusions|benchmarks?|(?:test|testing|evaluation|benchmark|performance)\s+(?:data|reports?|tests?))\b/gi;
const TESTING_WORD = /\b(?:benchmarks?|test|testing|evaluation|performance)\b/i;
// Ours because we made them from their information or from testing it: "results obtained from that information".
const MADE_BY_TESTING =
  /\b(?:obtained|derived|generated|gained|resulting|arising|developed)\s+(?:from|out\s+of|through|in\s+the\s+course\s+of)\b|\bof\s+(?:the|its|any|such|all)\s+(?:tests?|testing|evaluations?|analys[ie]s|use)\b|\brelating\s+to\s+the\s+(?:product|samples?|materials?|information)\b/i;
// Kept from others: not to be disclosed or published, or only with their consent, or made their confidential information.
const LOCKED =
  /\b(?:may|shall|must|will)\s+not\s+(?:\w+\s+){0,3}?(?:disclos|publish|shar|releas)\w*|\bnot\s+(?:to\s+)?(?:\w+\s+){0,2}?(?:disclose|publish)\b|\bno\b[^.;]{0,80}\bmay\s+be\s+(?:disclosed|published|shared|released|made\s+available)\b|\b(?:deemed|considered|treated\s+as|constitute)\s+(?:\w+\s+){0,3}?confidential\s+information\s+of\b|(?<declared>\b(?:are|is|shall\s+be|will\s+be|become)\s+(?:the\s+)?(?:\w+\s+){0,2}?confidential\s+information\s+of)\b/i;
// Results named by the testing before them: "the Beta Test results", "evaluation results", "performance results".
const TESTING_BEFORE = /\b(?:tests?|testing|evaluation|benchmark(?:ing)?|performance)\s+$/i;

// One item of a list of things we "will not" do: "(v) publish or disclose to any third party any benchmark tests".
const LISTED_BAR = /\b(?:publish|disclose|release)\b(?:\s+or\s+\w+)?(?:\s+to\s+any\s+third\s+part(?:y|ies))?\s+(?:any|the|such|all)\s+(?:\w+\s+){0,3}$/i;
const NOT = /\b(?:shall|will|may|must|agrees?\s+to)\s+not\b|\bagrees?\s+not\s+to\b/i;

// A way out of the bar: "other than a certification body", "except as required by law".
const WAY_OUT = /\b(?:other\s+than|except)\b/i;
/** The results are ours by the draft's own words: "Test Data is owned by the Evaluator", "the Evaluator shall own all test results". */
function oursByTheDraft(ctx: Parameters<Rule>[0]): boolean {
  return ownershipTerms(ctx).some(
    (t) => t.verb !== 'licenses' && (t.things.includes('test-data') || t.things.includes('results')) && ['ours', 'both'].includes(holderStance(ctx, t)),
  );
}

/**
 * We test or study what they disclose, and our own results may never be shared without their consent:
 * we cannot show them to our customers, a certification body or a later partner, whatever we paid to get them.
 */
export const lockedResults: Rule = (ctx) => {
  // The side that receives and tests; a customer's results from a developer's work are the customer's own.
  if (ourSide(ctx) !== 'B' || ctx.role === 'customer' || ctx.role === 'distributor') return [];
  const found = hits(ctx, RESULTS, (h) => {
    const text = h.sentence.text;
    const rest = text.slice(h.index);
    // Benchmarks and test reports come from testing by name; bare "results" must say so.
    const before = text.slice(Math.max(0, h.index - 80), h.index);
    if (!TESTING_WORD.test(h.text) && !TESTING_BEFORE.test(before) && !MADE_BY_TESTING.test(rest.slice(0, 160))) return false;
    const direct = LOCKED.exec(text);
    const lock = direct ?? (LISTED_BAR.test(before) ? NOT.exec(text.slice(0, h.index)) : null);
    if (!lock) return false;
    // The way out must belong to this bar: up to the end of its clause, not another item of the list.
    const end = text.indexOf(';', h.index);
    if (WAY_OUT.test(text.slice(direct ? lock.index : h.index, end < 0 ? undefined : end))) return false;
    // Results declared the confidential information of a party lock us out only where that party is theirs.
    if (direct?.groups?.['declared']) return verdict(ctx, partyRightAfter(ctx, text, lock.index + lock[0].length)?.side) === 'against';
    // A bar that binds only their side protects us.
    return verdict(ctx, partyBefore(ctx, text, lock.index)?.side) !== 'against';
  });
  if (found.length === 0 || oursByTheDraft(ctx)) return [];
  // Declared theirs outright: a stronger claim than a bar on sharing, worded as such.
  const declared = found.every((h) => LOCKED.exec(h.sentence.text)?.groups?.['declared']);
  return [
    finding(ctx, {
      rule: 'one-sided.locked-results',
      ...(declared ? { key: 'one-sided.locked-results.declared' } : {}),
      topic: 'test-data',
      severity: 'medium',
      kind: 'one-sided',
      evidence: groupedEvidence(found),
    }),
  ];
};
