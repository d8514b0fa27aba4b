// One naming bracket may give a party several names: (the "Employee" or "you"), ("Kestrel", the
// "Customer" or "you"), （以下简称“甲方”、“朔光公司”或“贵方”）. Every name in that list is the same
// party, so a duty the terms put on "you" is that party's, on its side.
import { partyRefs } from '../../../src/core/review/rules/side';
import { zhPartyRefs } from '../../../src/core/review/zh/side';
import { makeContext } from './rules/make-context';

const sides = (refs: { text: string; side?: string }[]) => refs.map((r) => `${r.text}:${r.side ?? '?'}`);

const consultancy = (bracket: string) =>
  [
    'CONSULTING AGREEMENT',
    `This Agreement is made on 2 March 2025 between Larkfield Analytics Limited, a company registered in Scotland (the "Company"), and Priya Raman, an individual residing at 14 Elm Row, Edinburgh ${bracket}.`,
    '1. Services',
    '1.1 The Consultant shall design the data pipeline described in the Schedule and deliver it to the Company by 30 June 2025.',
    '1.2 The Company shall pay the Consultant the fees set out in the Schedule within thirty days of each invoice.',
    '2. Work Product',
    '2.1 All work product made by the Consultant under this Agreement belongs to the Company, and the Consultant hereby assigns it to the Company.',
    '2.2 You shall keep the Company informed of the progress of your work.',
  ].join('\n');

describe('every name in one naming bracket is the same party', () => {
  it('makes "you" the person where the bracket lists it after the role', () => {
    const ctx = makeContext(consultancy('(the "Consultant" or "you")'), { scenario: 'custom-development', role: 'customer' });
    expect(sides(partyRefs(ctx, 'You shall keep the Company informed'))).toEqual(['You:A', 'Company:B']);
  });

  it('reads a list joined by commas and "and", typed quotes and all', () => {
    const ctx = makeContext(consultancy("(''Consultant'', ''Ms Raman'' and ''you'')"), { scenario: 'custom-development', role: 'customer' });
    expect(sides(partyRefs(ctx, 'You and Ms Raman shall keep the Company informed'))).toEqual(['You:A', 'Ms Raman:A', 'Company:B']);
  });

  it('leaves "you" no party where no bracket names it', () => {
    const ctx = makeContext(consultancy('(the "Consultant")'), { scenario: 'custom-development', role: 'customer' });
    expect(sides(partyRefs(ctx, 'You shall keep the Company informed'))).toEqual(['Company:B']);
  });

  it('makes "you" a company party where only that party is called so', () => {
    const text = [
      'EVALUATION AGREEMENT',
      'This Agreement is made between Harbourline Systems Limited (the "Provider") and Qingtai Robotics Co., Ltd. ("Qingtai", the "Evaluator" or "you").',
      '1. Evaluation',
      '1.1 You shall test the Samples in your own laboratory and report the results to the Provider.',
    ].join('\n');
    const ctx = makeContext(text, { scenario: 'sample-testing', role: 'provider' });
    expect(sides(partyRefs(ctx, ctx.sentences[ctx.sentences.length - 1]!.text))).toEqual(['You:B', 'Provider:A']);
  });

  it('gives every Chinese short name in the bracket to its party', () => {
    const text = [
      '样品测试协议',
      '本协议由深圳朔光科技有限公司（以下简称“甲方”、“朔光公司”或“贵方”）与 Qingtai Robotics Ltd.（以下简称“乙方”或“测试方”）签订。',
      '一、测试',
      '1. 贵方应向乙方提供样品，朔光公司承担运费。',
    ].join('\n');
    const ctx = makeContext(text, { scenario: 'sample-testing', role: 'provider' });
    expect(sides(zhPartyRefs(ctx, '贵方应向乙方提供样品，朔光公司承担运费'))).toEqual(['贵方:A', '乙方:B', '朔光公司:A']);
    // A word no bracket gives is no party.
    expect(sides(zhPartyRefs(ctx, '本公司承担运费'))).toEqual([]);
  });
});
