import { createStandaloneHost } from '../../../src/host/standalone';
import { createWordHost } from '../../../src/host/word';
import { FakeWord } from '../../support/fakeWord';
import { DRAFT } from '../fixtures';

describe('openDocument', () => {
  it('opens a report as a new Word document in one round trip, the bytes unchanged', async () => {
    const word = new FakeWord(DRAFT, '1.3');
    const host = createWordHost(word.api, 'en');
    expect(host.capabilities().openDocument).toBe(true);
    // Larger than one encoding slice, with every byte value, as a zipped .docx has.
    const docx = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 256);
    expect(await host.openDocument(docx)).toEqual({ ok: true, value: null, notes: [] });
    expect(word.syncs).toBe(1);
    expect(Buffer.from(word.opened[0]!, 'base64').equals(Buffer.from(docx))).toBe(true);
    expect(word.doc.texts()).toEqual(DRAFT.map((p) => p.text));
  });

  it('reports what Word said when it cannot open the file', async () => {
    const word = new FakeWord(DRAFT);
    word.failAt(0);
    const result = await createWordHost(word.api, 'en').openDocument(new Uint8Array([80, 75, 3, 4]));
    expect(result).toMatchObject({ ok: false, error: { key: 'host.error.word' }, done: [{ key: 'host.done.nothing' }] });
  });

  it('is not offered in the browser workspace, which downloads instead', async () => {
    const host = createStandaloneHost(null);
    expect(host.capabilities().openDocument).toBe(false);
    expect(await host.openDocument(new Uint8Array([80, 75]))).toMatchObject({ ok: false, error: { key: 'host.limit.openDocument' } });
  });
});
