import { fromText, partiesSentence, review } from '../../../src/core/review';

// Terms posted with software, addressed to the reader as "You": the review's line on the parties
// names our side by what the terms call it, not as "you are You".
const POSTED = `TOOLKIT LICENCE
BY INSTALLING THE TOOLKIT YOU ACCEPT THIS LICENCE FOR THE ORGANISATION YOU WORK FOR ("YOU").
1. Licence. Quillon Analytics, Inc. ("Quillon") hereby grants You a limited, non-exclusive, royalty-free licence to install and run the Toolkit.
2. Use. You shall use the Toolkit only inside Your own organisation.
3. Law. This Agreement is governed by the laws of the State of New York.`;

describe('the parties line where the terms address our side as "You"', () => {
  const parties = review(fromText(POSTED), { scenario: 'technology-license', role: 'licensee' }).parties;

  it('says which party the terms call "You", in English and Chinese', () => {
    expect(parties?.ours).toBe('You');
    expect(partiesSentence(parties, 'en')).toBe('Read as: you are the party these terms call “You”; the other side is Quillon Analytics, Inc. (Quillon)');
    expect(partiesSentence(parties, 'zh-CN')).toBe('按此理解：我方为本条款所称的“You”，对方为Quillon Analytics, Inc. (Quillon)');
  });

  it('names a party with a name as before, and a first-person "we" on the other side as what the terms call it', () => {
    expect(partiesSentence({ ours: 'Kestrel Energy GmbH (Evaluator)', theirs: 'Hanlin Battery Co., Ltd.' }, 'en')).toBe(
      'Read as: you are Kestrel Energy GmbH (Evaluator); the other side is Hanlin Battery Co., Ltd.',
    );
    expect(partiesSentence({ theirs: 'We' }, 'en')).toBe('Read as: the other side is the party these terms call “We”');
    expect(partiesSentence({ ours: '您' }, 'zh-CN')).toBe('按此理解：我方为本条款所称的“您”');
  });
});
