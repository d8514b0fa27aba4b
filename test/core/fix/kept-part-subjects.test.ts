import { replacing } from '../../support/fix-replacing';

// A heading that lists three or more subjects, each dealt with in sentences of its own: a fix for
// one of them takes out only that subject's sentences; the others' stay, however the list is joined.

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

describe('a Chinese heading that lists three subjects', () => {
  const draft = [
    '5. 被许可方意见',
    '5.3 反馈、使用数据和宣传。被许可方可以就平台向许可方提出反馈。许可方可以无限制、无偿地利用任何反馈。许可方可以收集使用数据，用于运行和保护平台。许可方仅可在汇总后且无法识别被许可方的情况下向他人提供使用数据。未经对方书面同意，任何一方不得发布提及对方的宣传材料。',
    '5.4 其他权利。除本协议明确规定外，任何一方均不授予对方任何许可。',
  ].join('\n\n');

  it('a fix titled in Chinese deletes its own subject’s sentences and keeps the other two', () => {
    expect(replacing(draft, '无限制、无偿地利用', { title: '反馈', topic: 'feedback' })).toEqual({
      keeps: ['使用数据', '宣传'],
      deleted: ['被许可方可以就平台向许可方提出反馈。许可方可以无限制、无偿地利用任何反馈。'],
    });
  });

  it('a fix titled in English, whose subject the Chinese heading cannot be matched to, deletes nothing: it follows the clause', () => {
    expect(replacing(draft, '无限制、无偿地利用', { title: 'Feedback', topic: 'feedback' })).toEqual({ keeps: ['反馈', '使用数据', '宣传'], deleted: [] });
  });
});
