import type { RenderedClause } from '../../src/core/agreement/rendered';
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
