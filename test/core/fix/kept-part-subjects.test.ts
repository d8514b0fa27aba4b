import { clauseSpan } from '../../../src/core/fix/clause-span';
import { partReplaced } from '../../../src/core/fix/kept-part';
import { fromText, segment } from '../../../src/core/review';

// A heading that lists three or more subjects, each dealt with in sentences of its own: a fix for
// one of them takes out only that subject's sentences; the others' stay, however the list is joined.

function replacing(draft: string, quote: string, fix: { title: string; topic: string }) {
  const doc = fromText(draft);
  const segments = segment(doc);
  const at = doc.paragraphs.findIndex((p) => p.text.includes(quote));
  const span = clauseSpan(doc, segments.sections, at, 'within');
  const part = partReplaced(doc, segments, span, fix);
  return part && { keeps: part.keeps, deleted: part.deleted.map((r) => doc.paragraphs[r.paragraph]!.text.slice(r.start, r.end).trim()) };
}

const FEEDBACK_TERMS = 'Licensee may send Licensor Feedback on the Platform. Licensor may exploit any Feedback without limit or payment.';
const USAGE_TERMS = 'Licensor may gather Usage Data to run and secure the Platform. It may share Usage Data with others only once aggregated so that Licensee cannot be identified.';
const PUBLICITY_TERMS = 'Neither party may issue Publicity naming the other without that party’s written approval.';
const feedbackClause = (heading: string) =>
  ['5. Licensee Input', `5.3 ${heading}. ${FEEDBACK_TERMS} ${USAGE_TERMS} ${PUBLICITY_TERMS}`, '5.4 No Other Rights. No licence is granted except as this Agreement states.'].join('\n\n');

describe('a fix for one subject of a heading that names three or more', () => {
  it.each(['Feedback, Usage Data and Publicity', 'Feedback, Usage Data, and Publicity', 'Feedback and Usage Data and Publicity', 'Usage Data, Feedback and Publicity'])(
    'heading "%s": the feedback fix deletes the feedback sentences only',
    (heading) => {
      expect(replacing(feedbackClause(heading), 'Licensor may exploit any Feedback', { title: 'Feedback', topic: 'feedback' })).toEqual({
        keeps: expect.arrayContaining(['Usage Data', 'Publicity']),
        deleted: [FEEDBACK_TERMS],
      });
    },
  );

  it('keeps the records and reports sentences of an audit clause, the middle subject’s sentence between them', () => {
    const draft = [
      '8. Compliance',
      '8.2 Audit, Records and Reports. Once a year Customer may Audit Supplier’s compliance with this Agreement on 30 days’ written notice. Supplier shall keep complete Records of the Services for three years after they are performed. Supplier shall deliver monthly Reports on service levels to Customer. Each Audit is at Customer’s cost.',
      '8.3 Insurance. Supplier shall hold professional liability insurance.',
    ].join('\n\n');
    expect(replacing(draft, 'Customer may Audit', { title: 'Audit', topic: 'audit' })).toEqual({
      keeps: expect.arrayContaining(['Records', 'Reports']),
      deleted: ['Once a year Customer may Audit Supplier’s compliance with this Agreement on 30 days’ written notice.', 'Each Audit is at Customer’s cost.'],
    });
  });
});
