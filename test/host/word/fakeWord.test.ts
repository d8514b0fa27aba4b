import { FakeWord } from '../../support/fakeWord';
import { DRAFT, PURPOSE } from '../fixtures';

// The fake must fail where Word fails, or host bugs reach users instead of these tests.
describe('fake Word', () => {
  it('throws PropertyNotLoaded when a property is read without load and sync', async () => {
    const word = new FakeWord(DRAFT);
    await expect(
      word.api.run(async (ctx) => {
        const paragraphs = ctx.document.body.paragraphs;
        paragraphs.load('items/text');
        await ctx.sync();
        return paragraphs.items[PURPOSE]!.style;
      }),
    ).rejects.toMatchObject({ code: 'PropertyNotLoaded' });
    await expect(
      word.api.run(async (ctx) => {
        const paragraphs = ctx.document.body.paragraphs;
        paragraphs.load('items/text');
        return paragraphs.items.length;
      }),
    ).rejects.toMatchObject({ code: 'PropertyNotLoaded' });
  });

  it('queues writes until sync', async () => {
    const word = new FakeWord(DRAFT);
    await word.api.run(async (ctx) => {
      ctx.document.body.paragraphs.getLast().insertParagraph('Schedule 1: Sample specifications', 'After');
      expect(word.doc.paragraphs).toHaveLength(DRAFT.length);
      await ctx.sync();
      expect(word.doc.texts().at(-1)).toBe('Schedule 1: Sample specifications');
    });
    expect(word.syncs).toBe(1);
  });

  it('rejects objects used after their Word.run ended', async () => {
    const word = new FakeWord(DRAFT);
    const kept = await word.api.run(async (ctx) => {
      const p = ctx.document.body.paragraphs.getLast();
      p.load('text');
      await ctx.sync();
      return p;
    });
    expect(kept.text).toBe('');
    expect(() => kept.insertParagraph('Late', 'After')).toThrow(expect.objectContaining({ code: 'InvalidObjectPath' }));
  });

  it('searches as Word does: 255 characters at most, ^ special, ? and * literal', async () => {
    const word = new FakeWord(DRAFT);
    const count = (text: string) =>
      word.api.run(async (ctx) => {
        const paragraphs = ctx.document.body.paragraphs;
        paragraphs.load('items/text');
        await ctx.sync();
        const hits = paragraphs.items[21]!.search(text, { matchCase: true });
        hits.load('items/text');
        await ctx.sync();
        return hits.items.length;
      });
    await expect(count('[or arbitration?]')).resolves.toBe(1);
    await expect(count('Stockholm*')).resolves.toBe(0);
    await expect(count('^$tockholm')).resolves.toBe(1);
    await expect(count('x'.repeat(256))).rejects.toMatchObject({ code: 'SearchStringInvalidOrTooLong' });
    await expect(count('Sweden ^ courts')).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('refuses WordApi 1.4 calls at sync when only 1.3 is offered', async () => {
    const word = new FakeWord(DRAFT, '1.3');
    expect(word.api.requirements.isSetSupported('WordApi', '1.3')).toBe(true);
    expect(word.api.requirements.isSetSupported('WordApi', '1.4')).toBe(false);
    await expect(
      word.api.run(async (ctx) => {
        ctx.document.body.paragraphs.getLast().getRange('Whole').insertComment('Check this');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
    expect(word.doc.comments).toHaveLength(0);
  });

  it('applies the operations before an injected failure and drops the rest, reporting traces', async () => {
    const word = new FakeWord(DRAFT);
    word.failAt(2);
    const error = await word.api
      .run(async (ctx) => {
        const last = ctx.document.body.paragraphs.getLast();
        const a = last.insertParagraph('Annex A', 'After');
        ctx.trace('a');
        const b = a.insertParagraph('Annex B', 'After');
        b.insertParagraph('Annex C', 'After');
        await ctx.sync();
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'GeneralException', traceMessages: ['a'] });
    expect(word.doc.texts().slice(-3)).toEqual(['', 'Annex A', 'Annex B']);
  });

  it('keeps tracked deletions in the text and drops deleted own insertions', async () => {
    const word = new FakeWord(DRAFT);
    word.doc.trackingMode = 'TrackAll';
    await word.api.run(async (ctx) => {
      const paragraphs = ctx.document.body.paragraphs;
      paragraphs.load('items/text');
      await ctx.sync();
      paragraphs.items[PURPOSE]!.getRange('Whole').delete();
      paragraphs.items[PURPOSE]!.insertParagraph('Evaluator shall use the Samples only for the Purpose.', 'Before');
      await ctx.sync();
    });
    expect(word.doc.paragraphs[PURPOSE + 1]).toMatchObject({ deleted: true, text: DRAFT[PURPOSE]!.text });
    expect(word.doc.allChanges().map((c) => c.type).sort()).toEqual(['Added', 'Deleted']);
  });
});
