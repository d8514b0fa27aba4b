import { fixesFor } from '../../../src/core/fix';
import { fixPlacement } from '../../../src/core/fix/placement';
import { fromText, review, segment } from '../../../src/core/review';
import { library, playbooks } from '../../support/review-as-side';

// A licence written for this test, its articles 第N条 and their paragraphs 一、二、; we license our
// software out, and 第三条 keeps it secret for two years only.
const DUTY = '一、被许可方对许可方提供的技术资料和业务数据负有保密义务，未经许可方书面同意，不得向任何第三方披露，也不得用于本合同以外的目的。';
const TERM = '二、上述保密义务的期限为自本合同签订之日起两年。';
const text = [
  '软件许可合同',
  '许可方：甲软件有限公司',
  '被许可方：乙科技有限公司',
  '第一条 许可',
  '一、许可方授予被许可方在中国境内使用该软件的非独占许可。',
  '二、被许可方应在本合同生效之日起二十日内支付许可费。',
  '第二条 交付',
  '一、许可方应在本合同生效之日起十日内交付该软件。',
  '第三条 保密',
  DUTY,
  TERM,
  '第四条 其他',
  '一、本合同自双方盖章之日起生效。',
].join('\n');

describe('a short confidentiality term in 二、 of a 第N条 article', () => {
  const doc = fromText(text);
  const result = review(doc, { library, playbooks, scenario: 'technology-license', role: 'licensor' });
  const short = result.findings.find((f) => f.rule === 'one-sided.short-confidentiality');

  it('is fixed by the confidentiality clause, which sets a term, not by a disclosure procedure', () => {
    expect(short?.fix?.clause).toBe('confidentiality');
  });

  it('takes out only the paragraph of the term; the duty in 一、 stays', () => {
    const clause = fixesFor(library, result, doc)(short!.fix!)!;
    const placement = fixPlacement(doc, segment(doc), short!, clause);
    expect(placement.kind).toBe('part');
    if (placement.kind !== 'part') return;
    expect(placement.part.deleted.map((d) => d.text)).toEqual([TERM]);
  });
});
