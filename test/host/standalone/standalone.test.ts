import type { DocModel } from '../../../src/core/document';
import { recordOf } from '../../../src/core/agreement/records';
import { createStandaloneHost } from '../../../src/host/standalone';
import { DRAFT, FINDINGS, PURPOSE, renderFromFixture, RETURN, TERMS } from '../fixtures';

const doc: DocModel = { paragraphs: DRAFT.map((p, index) => ({ index, text: p.text, style: p.style ?? 'Normal' })) };

/** A document the way io reads our own .docx output back: the built clauses inside tagged controls. */
function builtDoc(): DocModel {
  const paragraphs = TERMS.clauses.flatMap((c) =>
    [`${c.number}.\t${c.title}`, ...c.paragraphs.map((p) => `${p.label}\t${p.text}`)].map((text) => ({ text, contentControl: { tag: c.tag, title: c.title } })),
  );
  return { paragraphs: paragraphs.map((p, index) => ({ index, ...p })) };
}

describe('standalone host', () => {
  it('needs a document before reading', async () => {
    const host = createStandaloneHost();
    expect(await host.readDocument()).toMatchObject({ ok: false, error: { key: 'host.error.noDocument' } });
    host.open(doc);
    expect(await host.readDocument()).toEqual({ ok: true, value: doc, notes: [] });
  });

  it('records marks the UI renders, replaces a finding\'s earlier mark, and clears them', async () => {
    const host = createStandaloneHost(doc);
    const seen: number[] = [];
    const stop = host.subscribe(() => seen.push(host.snapshot().marks.length));
    const result = await host.markFindings(FINDINGS);
    expect(result).toMatchObject({ ok: true, value: { marked: 5, as: 'highlight', unplaced: ['no-reverse-engineering/missing#1'] } });
    const ev = FINDINGS[0]!.evidence[0]!;
    expect(host.snapshot().marks[0]).toEqual({ findingId: FINDINGS[0]!.id, severity: 'high', message: FINDINGS[0]!.message, paragraph: PURPOSE, start: ev.start, end: ev.end });
    await host.markFindings([FINDINGS[0]!]);
    expect(host.snapshot().marks).toHaveLength(5);
    expect(await host.clearMarks()).toEqual({ ok: true, value: { removed: 5 }, notes: [] });
    stop();
    await host.markFindings(FINDINGS);
    expect(seen).toEqual([5, 5, 0]);
  });

  it('records the selection for goTo and a proposed fix for applyFix, leaving the draft as read', async () => {
    const host = createStandaloneHost(doc);
    const before = host.snapshot();
    await host.goTo(FINDINGS[3]!);
    expect(host.snapshot().selection).toEqual({ paragraph: RETURN, start: FINDINGS[3]!.evidence[0]!.start, end: FINDINGS[3]!.evidence[0]!.end });
    expect(await host.applyFix(FINDINGS[3]!, TERMS.clauses[2]!)).toEqual({ ok: true, value: { mode: 'replaced', paragraphs: 3, tracked: false }, notes: [] });
    expect(host.snapshot().fixes).toEqual([{ findingId: FINDINGS[3]!.id, paragraph: RETURN, clause: TERMS.clauses[2] }]);
    expect(host.snapshot().doc).toBe(before.doc);
    expect(before.selection).toBeNull();
  });

  it('refuses, and says why, a fix core finds no place for in the draft, so nothing is shown that the revised draft would leave out', async () => {
    const host = createStandaloneHost(doc);
    const refused = await host.applyFix(FINDINGS[3]!, TERMS.clauses[2]!, { kind: 'none' });
    expect(refused).toMatchObject({ ok: false, error: { key: 'host.error.noPlace' } });
    expect(host.snapshot().fixes).toEqual([]);
    // Where it has a place, it is proposed as before.
    expect(await host.applyFix(FINDINGS[3]!, TERMS.clauses[2]!, { kind: 'new' })).toMatchObject({ ok: true });
    expect(host.snapshot().fixes).toHaveLength(1);
  });

  it('collects built terms and checks drift of our clauses in a document read back', async () => {
    const host = createStandaloneHost();
    expect(await host.insertClauses(TERMS, 'end')).toEqual({ ok: true, value: { clauses: 3, paragraphs: 9, recorded: true }, notes: [] });
    expect(host.snapshot().built).toEqual([TERMS]);
    const read = builtDoc();
    read.paragraphs[7]!.text = read.paragraphs[7]!.text.replace('30 days', '60 days');
    host.open(read);
    const drift = await host.checkDrift(renderFromFixture);
    expect(drift.ok && drift.value.map((d) => [d.clauseId, d.status])).toEqual([
      ['definitions', 'unchanged'],
      ['purpose-limitation', 'unchanged'],
      ['return-or-destroy', 'edited'],
    ]);
  });

  it('names a fix recorded in the file but no longer found, keeps its record through every listing, and forgets it only when asked', async () => {
    const host = createStandaloneHost();
    const gone = TERMS.clauses[2]!;
    // A draft whose record says one fix of ours was proposed; the draft no longer holds it (rejected, or edited past recognition).
    host.open({ ...doc, clauseRecords: { [gone.tag]: { ...recordOf(gone), proposed: true } } });
    const note = { key: 'host.note.fixesGone', params: { fixes: gone.title } };
    expect(await host.listClauses()).toEqual({ ok: true, value: [], notes: [note] });
    expect(await host.listClauses()).toEqual({ ok: true, value: [], notes: [note] });
    expect(await host.checkDrift(renderFromFixture)).toEqual({ ok: true, value: [], notes: [note] });
    expect(await host.forgetGoneFixes()).toEqual({ ok: true, value: { removed: 1 }, notes: [] });
    expect(await host.listClauses()).toEqual({ ok: true, value: [], notes: [] });
    expect(await host.checkDrift(renderFromFixture)).toEqual({ ok: true, value: [], notes: [] });
  });

  it('keeps what was forgotten as workspace state, which a document opened again gets back, and checks a forgotten fix found again by its record', async () => {
    const host = createStandaloneHost();
    const gone = TERMS.clauses[2]!;
    const records = { [gone.tag]: { ...recordOf(gone), proposed: true as const } };
    host.open({ ...doc, clauseRecords: records });
    await host.forgetGoneFixes();
    expect(host.snapshot().forgotten).toEqual([gone.tag]);
    // Opened again (the workspace stores the tags per document and puts them back): nothing named.
    host.open({ ...doc, clauseRecords: records });
    expect(host.snapshot().forgotten).toEqual([]);
    host.restoreForgotten([gone.tag]);
    expect(await host.listClauses()).toEqual({ ok: true, value: [], notes: [] });
    // A copy of the draft that still holds the fix: its record is used again to check it.
    const built = builtDoc();
    host.open({ ...built, clauseRecords: records });
    host.restoreForgotten([gone.tag]);
    const checked = await host.checkDrift(renderFromFixture);
    expect(checked.ok && checked.value.find((c) => c.tag === gone.tag)?.status).toBe('unchanged');
  });
});
