// A party the opening names with no company form the reader knows ("Ostrava Freight s.r.o.", "the
// person accepting these terms") still takes a short name in its naming bracket ("Transporter",
// "Evaluator"): that term is a party where the terms have it act. Names and wording invented.
import { partyRefs } from '../../../src/core/review/rules/side';
import { makeContext } from './rules/make-context';

const sides = (refs: { text: string; side?: string }[]) => refs.map((r) => `${r.text}:${r.side ?? '?'}`);

describe('a defined role term in a naming bracket', () => {
  it('is a party, placed against the other, where the terms have it act', () => {
    const text = [
      'EVALUATION AGREEMENT',
      'This Evaluation Agreement is entered into by Kestrel Robotics, Inc. ("Kestrel") and the person or entity accepting these terms ("Evaluator").',
      '1. Evaluation',
      '1.1 Kestrel will deliver two evaluation units to Evaluator within ten days after the Effective Date.',
      '1.2 Evaluator shall use the evaluation units only to assess them for its own internal purposes.',
      '1.3 Evaluator agrees to return the evaluation units within sixty days.',
    ].join('\n');
    const ctx = makeContext(text, { scenario: 'sample-testing', role: 'evaluator' });
    expect(ctx.parties.map((p) => [p.name, p.shortName])).toEqual([
      ['Kestrel Robotics, Inc.', 'Kestrel'],
      ['Evaluator', 'Evaluator'],
    ]);
    expect(sides(partyRefs(ctx, 'Kestrel will deliver the units to Evaluator'))).toEqual(['Kestrel:A', 'Evaluator:B']);
  });

  it('takes the name before its bracket where it has one', () => {
    const text = [
      'SAMPLE TRANSPORT AGREEMENT',
      'This Agreement is made between Halvard Cells AB ("Halvard") and Ostrava Freight s.r.o. ("Transporter").',
      '1. Samples',
      '1.1 Halvard shall deliver the battery samples to Transporter at its plant.',
      '1.2 Transporter shall keep all information about the samples confidential.',
      '1.3 Transporter shall not open or test the samples.',
    ].join('\n');
    const ctx = makeContext(text);
    expect(ctx.parties.map((p) => [p.name, p.shortName])).toEqual([
      ['Halvard Cells AB', 'Halvard'],
      ['Ostrava Freight s.r.o.', 'Transporter'],
    ]);
    // Near miss: a defined thing of the deal, though it "will" do things, is no party.
    const thing = text.replace('("Halvard")', '("Halvard") for the carriage of certain battery cells ("Cells")').replace('1.3 Transporter shall not', '1.3 The Cells will withstand shocks. Cells will arrive sealed. Transporter shall not');
    expect(makeContext(thing).parties.map((p) => p.shortName)).toEqual(['Halvard', 'Transporter']);
  });
});
