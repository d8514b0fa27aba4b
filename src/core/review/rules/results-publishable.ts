import type { Rule } from '../context';
import { finding } from './finding';
import { ourSide } from './side';
import { TRIED } from './tested-thing';
import { quote } from './text';
import { anyMatching, firstMatching } from './sentence-gate';

// What a trial yields about the thing tried: benchmarks, performance data, test or evaluation results.
const RESULTS =
  /\bbenchmark\w*|\bperformance\s+(?:data|results?|tests?|testing|metrics|measurements|comparisons?)\b|\b(?:test|testing|evaluation|trial|pilot|comparison)\s+(?:results?|data|reports?|findings)\b|\bresults\s+of\s+(?:the\s+|any\s+|its\s+|such\s+)?(?:\w+\s+){0,2}?(?:evaluations?|tests?|testing|trials?|pilots?|benchmarks?|comparisons?)\b/i;
// A bar on making them known: kept confidential, not published or disclosed, or only with consent.
const KEPT =
  /\bconfidential\b|\bnot\s+(?:\w+\s+){0,4}?(?:publish|disclose|release|share|make\s+public|communicate|distribute)\w*|\b(?:prior|express)\s+(?:\w+\s+){0,2}?(?:consent|approval|authori[sz]ation)\b|\bwithout\s+(?:\w+\s+){0,3}?(?:consent|approval|authori[sz]ation)\b/i;

/**
 * We let the other side try our product before release and nothing keeps what it measures to itself:
 * benchmark and performance results of an unfinished product, published or passed to a competitor, can
 * set the market's view of it before launch. Quiet where the draft keeps the results confidential,
 * bars their publication or makes it subject to our consent, and for the side that tries the product.
 */
export const resultsPublishable: Rule = (ctx) => {
  if (ctx.scenario !== 'sample-testing' || ourSide(ctx) !== 'A') return [];
  const trial = firstMatching(ctx.sentences, TRIED);
  if (!trial) return [];
  if (anyMatching(ctx.sentences, RESULTS, (s) => KEPT.test(s.text))) return [];
  return [finding(ctx, { rule: 'one-sided.results-publishable', topic: 'publication', severity: 'medium', kind: 'one-sided', evidence: [quote(trial)] })];
};
