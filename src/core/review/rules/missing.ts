import type { Severity } from '../../findings';
import type { TopicId } from '../../topics';
import type { Rule } from '../context';
import { finding } from './finding';

/**
 * How much a missing term costs the side that needs it. The terms that decide who owns what, and
 * that stop information or samples leaking before any deal, weigh most.
 */
const WEIGHT: Record<TopicId, Severity> = {
  confidentiality: 'high',
  'purpose-limitation': 'high',
  'no-reverse-engineering': 'high',
  'sample-ownership': 'high',
  'background-ip': 'high',
  'background-license': 'medium',
  'foreground-ip': 'high',
  'joint-ownership': 'medium',
  improvements: 'high',
  'results-use': 'medium',
  feedback: 'medium',
  'test-data': 'medium',
  exclusivity: 'medium',
  territory: 'medium',
  'no-implied-license': 'high',
  residuals: 'medium',
  'return-or-destroy': 'high',
  'continuing-rights': 'medium',
  survival: 'medium',
  'patent-prosecution': 'medium',
  publication: 'medium',
  'governing-law': 'medium',
  'dispute-resolution': 'medium',
  'export-control': 'low',
};

/** Each topic the playbook requires for our role that the draft does not deal with. */
export const missingTerms: Rule = (ctx) =>
  (ctx.playbook?.required ?? [])
    .filter((topic) => ctx.topics[topic] && !ctx.topics[topic].present)
    .map((topic) =>
      finding(ctx, {
        rule: 'missing',
        key: `missing.${topic}`,
        topic,
        severity: WEIGHT[topic],
        kind: 'missing',
        evidence: [],
      }),
    );
