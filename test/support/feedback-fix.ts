import type { RenderedClause } from '../../src/core/agreement/rendered';
import type { Finding } from '../../src/core/findings';
import { clauseTag } from '../../src/core/agreement/tag';

/** The library's licence-only feedback clause as rendered at 1.2: the fix the Word part-fix tests apply. */
export const FEEDBACK_FIX: RenderedClause = {
  clauseId: 'feedback',
  variantId: 'licence-only',
  clauseVersion: '1.0.0',
  topic: 'feedback',
  number: '1.2',
  title: 'Feedback',
  paragraphs: [
    { level: 1, label: '1.2.1', text: 'Customer is not obliged to give Feedback. Feedback is given as is, without any warranty.' },
    { level: 1, label: '1.2.2', text: 'No Feedback is assigned to Provider. Customer grants Provider a non-exclusive, royalty-free licence to use Feedback only to improve the Service.' },
  ],
  tag: clauseTag({ clauseId: 'feedback', variantId: 'licence-only', version: '1.0.0' }),
  values: {},
};

/** The free-feedback point the Word part-fix tests click: `quote` at `start` of the paragraph, fixed by FEEDBACK_FIX. */
export function freeFeedbackFinding(paragraph: number, start: number, quote: string): Finding {
  return {
    id: 'one-sided.free-feedback#1',
    rule: 'one-sided.free-feedback',
    topic: 'feedback',
    severity: 'medium',
    kind: 'one-sided',
    message: 'Provider may use your Feedback without limit',
    why: 'Feedback can disclose your know-how; licence it for the Service only.',
    evidence: [{ paragraph, start, end: start + quote.length, text: quote }],
    fix: { clause: FEEDBACK_FIX.clauseId, variant: FEEDBACK_FIX.variantId },
  };
}
