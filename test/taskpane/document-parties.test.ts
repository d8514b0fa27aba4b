import type { DocModel } from '../../src/core/document';
import type { Answers } from '../../src/core/agreement';
import { presetAnswers } from '../../src/core/agreement';
import { loadLibraryDir } from '../../src/cli/library-files';
import { freshAnswers } from '../../src/taskpane/agreement/examples';
import { memoryStorage } from '../support/memoryStorage';

/** Two supply drafts on one template: the same title and contents, other parties. */
function draft(first: string, firstShort: string, second: string, secondShort: string): DocModel {
  const texts = [
    'SAMPLE TESTING AGREEMENT',
    `This Sample Testing Agreement is made on 14 April 2026 between ${first}, a company organised under the laws of the People's Republic of China ("${firstShort}"), and ${second}, a company incorporated under the laws of Ireland ("${secondShort}").`,
    '1. SAMPLES',
    `1.1 ${firstShort} shall deliver the Samples to ${secondShort} within 10 days after the date of this Agreement.`,
    '2. CONFIDENTIALITY',
    '2.1 Each Party shall keep the Confidential Information of the other Party confidential.',
  ];
  return { paragraphs: texts.map((text, index) => ({ index, text })) };
}

describe('the parties Build starts from', () => {
  memoryStorage();

  const loaded = loadLibraryDir();
  if (!loaded.ok) throw new Error('the built-in clause library does not load');
  const fresh = freshAnswers(presetAnswers(loaded.library, 'sample-testing'));
  const ningbo = draft('Ningbo Hexa Cell Technology Co., Ltd.', 'Hexa', 'Thornbury Mobility Limited', 'Thornbury');
  const wuxi = draft('Wuxi Lanshan Materials Co., Ltd.', 'Lanshan', 'Ashcombe Instruments Limited', 'Ashcombe');

  it('are the newly opened document’s, not those of the document before, and none of its signing facts carry over', async () => {
    const { keepTypedParties, partiesFor } = await import('../../src/taskpane/agreement/documentParties');
    const first = partiesFor(fresh, ningbo, '');
    expect(first.fromDocument).toBe(true);
    expect(first.answers.parties.us.name).toBe('Ningbo Hexa Cell Technology Co., Ltd.');
    expect(first.answers.parties.them).toMatchObject({ name: 'Thornbury Mobility Limited', shortName: 'Thornbury', jurisdiction: 'Ireland' });

    // The user adds a signatory for this deal: kept for this document.
    const typed: Answers = { ...first.answers, parties: { ...first.answers.parties, them: { ...first.answers.parties.them, signatory: 'Eleanor Voss' } } };
    keepTypedParties(first.document, typed.parties);

    const second = partiesFor(typed, wuxi, '');
    expect(second.fromDocument).toBe(true);
    expect(second.answers.parties.us.name).toBe('Wuxi Lanshan Materials Co., Ltd.');
    expect(second.answers.parties.them).toEqual({ name: 'Ashcombe Instruments Limited', shortName: 'Ashcombe', jurisdiction: 'Ireland' });
    expect(second.answers.purpose).toBe(typed.purpose);

    // Back to the first document: what the user typed for it stays.
    const back = partiesFor(second.answers, ningbo, '');
    expect(back.fromDocument).toBe(false);
    expect(back.answers.parties.them.signatory).toBe('Eleanor Voss');
    expect(back.answers.parties.them.name).toBe('Thornbury Mobility Limited');
  });

  it('keeps the draft’s parties when the open document names none', async () => {
    const { partiesFor } = await import('../../src/taskpane/agreement/documentParties');
    const blank: DocModel = { paragraphs: [{ index: 0, text: 'SAMPLE TESTING AGREEMENT' }, { index: 1, text: 'This Agreement is made on [date] between [Party A] and [Party B].' }] };
    const withWuxi = partiesFor(fresh, wuxi, '').answers;
    const kept = partiesFor(withWuxi, blank, '');
    expect(kept.fromDocument).toBe(false);
    expect(kept.answers.parties).toEqual(withWuxi.parties);
  });
});
