import { fromText, partiesSentence, review } from '../../../src/core/review';

const LABELLED = `SAMPLE EVALUATION AGREEMENT
This Sample Evaluation Agreement is made between Hanlin Battery Co., Ltd., a company organised under the laws of the People's Republic of China (the "Provider"), and Kestrel Energy GmbH, a company organised under the laws of Germany (the "Evaluator").
1. Samples. The Provider shall deliver twenty prototype cells (the "Samples") to the Evaluator for evaluation.
2. Use. The Evaluator shall use the Samples only to evaluate them for its stationary storage systems.`;

const UNLABELLED = `SAMPLE EVALUATION AGREEMENT
This Sample Evaluation Agreement is made between Hanlin Battery Co., Ltd. ("Hanlin") and Kestrel Energy GmbH ("Kestrel").
1. Samples. Hanlin shall deliver twenty prototype cells (the "Samples") to Kestrel for evaluation.
2. Use. Kestrel shall use the Samples only to evaluate them for its stationary storage systems.`;

describe('the review says which party it took for ours', () => {
  it('names each side by its legal name and the role the draft gives it, for either side', () => {
    const doc = fromText(LABELLED);
    expect(review(doc, { scenario: 'sample-testing', role: 'provider' }).parties).toEqual({
      ours: 'Hanlin Battery Co., Ltd. (Provider)',
      theirs: 'Kestrel Energy GmbH (Evaluator)',
    });
    expect(review(doc, { scenario: 'sample-testing', role: 'evaluator' }).parties).toEqual({
      ours: 'Kestrel Energy GmbH (Evaluator)',
      theirs: 'Hanlin Battery Co., Ltd. (Provider)',
    });
  });

  it('tells two companies without role labels apart by what each does, or by our company name', () => {
    const expected = { ours: 'Kestrel Energy GmbH (Kestrel)', theirs: 'Hanlin Battery Co., Ltd. (Hanlin)' };
    // Hanlin delivers the samples and Kestrel uses them: the evaluator is Kestrel.
    expect(review(fromText(UNLABELLED), { scenario: 'sample-testing', role: 'evaluator' }).parties).toEqual(expected);
    // Nothing in the text says who sends and who tests: only our company's name tells.
    const bare = fromText(`${UNLABELLED.split('\n').slice(0, 2).join('\n')}\n1. Governing Law. This Agreement is governed by the laws of Singapore.`);
    // Neither placed: both are listed, so the reader is asked to name ours.
    expect(review(bare, { scenario: 'sample-testing', role: 'evaluator' }).parties).toEqual({ others: ['Hanlin Battery Co., Ltd. (Hanlin)', 'Kestrel Energy GmbH (Kestrel)'] });
    expect(review(bare, { scenario: 'sample-testing', role: 'evaluator', companyName: 'Kestrel Energy' }).parties).toEqual(expected);
  });

  it('says nothing of parties when no side is chosen', () => {
    expect(review(fromText(LABELLED), { scenario: 'sample-testing' }).parties).toBeUndefined();
  });

  it('words the reading in either language', () => {
    const parties = { ours: 'Kestrel Energy GmbH (Evaluator)', theirs: 'Hanlin Battery Co., Ltd. (Provider)' };
    expect(partiesSentence(parties, 'en')).toBe('Read as: you are Kestrel Energy GmbH (Evaluator); the other side is Hanlin Battery Co., Ltd. (Provider)');
    expect(partiesSentence(parties, 'zh-CN')).toBe('按此理解：我方为Kestrel Energy GmbH (Evaluator)，对方为Hanlin Battery Co., Ltd. (Provider)');
    expect(partiesSentence({ theirs: 'Fronius' }, 'en')).toBe('Read as: the other side is Fronius');
    expect(partiesSentence(undefined, 'en')).toBeUndefined();
  });
});
