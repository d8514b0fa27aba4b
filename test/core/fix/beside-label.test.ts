import type { RenderedClause } from '../../../src/core/agreement/rendered';
import { besideLabels } from '../../../src/core/fix/beside-label';
import { fromText } from '../../../src/core/review';

// A fix for one subject of clause 5.1 goes in after it, 5.1 keeping its other subject: numbered as
// a lawyer inserts a clause, at 5.1's level, not as paragraphs "5.1.1" under it.
const draft = (withNext: boolean): string =>
  [
    'SERVICES AGREEMENT',
    '5. FEEDBACK',
    '5.1 Feedback and Usage Data. The Supplier may use any feedback freely and may collect usage data.',
    ...(withNext ? ['5.2 Publicity. Neither party may use the name of the other without its consent.'] : []),
    '6. TERM',
    '6.1 This Agreement starts on the Effective Date.',
  ].join('\n');

const fix = (paragraphs: string[]): RenderedClause => ({
  clauseId: 'feedback',
  variantId: 'licence',
  clauseVersion: '1',
  topic: 'feedback',
  number: '5.1',
  title: 'Feedback',
  paragraphs: paragraphs.map((text, k) => ({ level: 1, label: `5.1.${k + 1}`, text })),
  tag: 'cw',
  values: {},
});

const span = { first: 2, last: 2, label: '5.1' };
const lines = (c: RenderedClause): string[] => c.paragraphs.map((p) => `${p.label} ${p.text}`);

describe('a fix beside a sub-clause takes the next label at its level', () => {
  it('5.2 and 5.3 where the draft has no 5.2, its words on its own section following', () => {
    const doc = fromText(draft(false));
    expect(lines(besideLabels(doc, fix(['The Customer need not give feedback.', 'Sections 5.1.1 and 5.1.2 continue; nothing in this Section 5.1 limits either party.']), span))).toEqual([
      '5.2 The Customer need not give feedback.',
      '5.3 Sections 5.2 and 5.3 continue; nothing in Sections 5.2 and 5.3 limits either party.',
    ]);
  });

  it('stays under 5.1 where 5.2 is taken, so no clause of the draft moves', () => {
    const doc = fromText(draft(true));
    const clause = fix(['The Customer need not give feedback.']);
    expect(besideLabels(doc, clause, span)).toBe(clause);
  });

  it('under 5.1, on from its own sub-clauses, where 5.2 is taken: no label used twice, "this Section 5.1" still all of 5.1', () => {
    const doc = fromText(draft(true).replace('5.2 Publicity', '5.1.1 The Supplier may name the Customer.\n5.1.2 The Customer may object.\n5.2 Publicity'));
    expect(lines(besideLabels(doc, fix(['The Customer need not give feedback.', 'Sections 5.1.1 and 5.1.2 continue; nothing in this Section 5.1 limits either party.']), span))).toEqual([
      '5.1.3 The Customer need not give feedback.',
      '5.1.4 Sections 5.1.3 and 5.1.4 continue; nothing in this Section 5.1 limits either party.',
    ]);
  });

  it('one paragraph: its own section named by its new label', () => {
    const doc = fromText(draft(false));
    expect(lines(besideLabels(doc, fix(['In this Section 5.1, "Feedback" means comments. This Section continues.']), span))).toEqual(['5.2 In this Section 5.2, "Feedback" means comments. This Section continues.']);
  });

  it('leaves a fix under a whole article as it is', () => {
    const doc = fromText(draft(false));
    const whole = { ...fix(['The Customer need not give feedback.']), number: '5', paragraphs: [{ level: 1 as const, label: '5.3', text: 'The Customer need not give feedback.' }] };
    expect(besideLabels(doc, whole, { first: 1, last: 2, label: '5' })).toBe(whole);
  });
});

describe('a Chinese fix beside a sub-clause names its own sections by their new labels', () => {
  const zh = (paragraphs: string[]): RenderedClause => ({ ...fix(paragraphs), title: '反馈' });

  it('本条 and 第5.1条 become 第5.2条至第5.4条; 本款 and 本条款 stay', () => {
    const doc = fromText(draft(false));
    expect(
      lines(
        besideLabels(doc, zh(['客户无须提供反馈。', '供应商仅可为改进产品使用反馈；本款不限制其他使用。', '第5.1.1条和第5.1.2条在本协议终止后继续有效；本条的任何规定均不限制本条款以外的权利，第5.1条亦同。']), span),
      ),
    ).toEqual([
      '5.2 客户无须提供反馈。',
      '5.3 供应商仅可为改进产品使用反馈；本款不限制其他使用。',
      '5.4 第5.2条和第5.3条在本协议终止后继续有效；第5.2条至第5.4条的任何规定均不限制本条款以外的权利，第5.2条至第5.4条亦同。',
    ]);
  });

  it('two paragraphs: 第5.2条和第5.3条', () => {
    const doc = fromText(draft(false));
    expect(lines(besideLabels(doc, zh(['客户无须提供反馈。', '本条在本协议终止后继续有效。']), span))).toEqual(['5.2 客户无须提供反馈。', '5.3 第5.2条和第5.3条在本协议终止后继续有效。']);
  });
});
