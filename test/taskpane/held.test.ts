import { fromText } from '../../src/core/review';
import type { DocModel } from '../../src/core/document';
import { afterRead, nameHeld, takeHeld, type Held } from '../../src/taskpane/shared/work/held';
import { KEPT, type ReviewRequest, type SentReview } from '../../src/taskpane/shared/work/protocol';
import type { ReviewPart } from '../../src/taskpane/shared/work/reviewPart';

/** What the page and its worker each hold, changed only as runWork.ts and worker.ts change them. */
function pair(steady: DocModel[] = []) {
  let page: Held = {};
  let worker: Held = {};
  return {
    read(slot: 'doc' | 'counterpart', doc: DocModel) {
      // The worker read the file and sent its copy back: both now hold the same document.
      steady.push(doc);
      page = afterRead(page, slot, doc);
      worker = afterRead(worker, slot, doc);
    },
    review(request: ReviewRequest) {
      const { sent, next } = nameHeld(request, page, (d) => steady.includes(d));
      page = next;
      // Crossing to the worker makes a copy, as the browser's structured clone does.
      const taken = takeHeld(structuredClone(sent), worker);
      if (taken) worker = taken.next;
      return { sent, taken };
    },
    end: () => void (worker = page = {}),
    held: () => ({ page, worker }),
  };
}

const part = { fixSource: { clauses: [] }, playbooks: {} } as unknown as ReviewPart;
const draft = () =>
  fromText('The Receiving Party shall return or destroy all Confidential Information within thirty (30) days after the Disclosing Party asks in writing.');
const zh = fromText('接收方应当在披露方书面要求后三十（30）日内返还或销毁全部保密信息。');

describe('what the review worker holds between requests', () => {
  it('in Word, lets go of each document once it has replied and keeps only the library part', () => {
    const w = pair();
    // Word reads the document afresh for every review: a new copy each time, sent in full.
    const first = w.review({ kind: 'review', doc: draft(), library: part, locale: 'en' });
    expect(first.sent.doc).not.toBe(KEPT);
    expect(first.sent.keep).toEqual([]);
    expect(first.taken?.request.doc.paragraphs[0]?.text).toMatch(/^The Receiving Party shall return/);
    expect(w.held().worker).toEqual({ library: part });
    expect(w.held().page).toEqual({ library: part });
    const second = w.review({ kind: 'review', doc: draft(), library: part, locale: 'en' });
    expect(second.sent.library).toBe(KEPT);
    expect(second.taken?.request.library).toEqual(part);
    expect(w.held().worker.doc).toBeUndefined();
  });

  it('in the workspace, names the draft it read and its other language version instead of sending them again', () => {
    const w = pair();
    const doc = draft();
    w.read('doc', doc);
    w.read('counterpart', zh);
    const first = w.review({ kind: 'review', doc, counterpart: zh, library: part, locale: 'en' });
    expect(first.sent).toMatchObject({ doc: KEPT, counterpart: KEPT, keep: ['doc', 'counterpart'] });
    expect(first.taken?.request.counterpart?.paragraphs[0]?.text).toMatch(/^接收方应当/);
    const again = w.review({ kind: 'review', doc, counterpart: zh, library: part, locale: 'en', scenario: 'sample-testing' });
    expect(again.sent).toMatchObject({ doc: KEPT, counterpart: KEPT, library: KEPT });
    expect(again.taken?.request.doc).toBe(doc);
  });

  it('after the worker ended, sends the workspace documents once more and then names them again', () => {
    const w = pair();
    const doc = draft();
    w.read('doc', doc);
    w.read('counterpart', zh);
    w.end();
    const first = w.review({ kind: 'review', doc, counterpart: zh, library: part, locale: 'en' });
    expect(first.sent.doc).toBe(doc);
    expect(first.sent.counterpart).toBe(zh);
    expect(first.sent.library).toBe(part);
    const second = w.review({ kind: 'review', doc, counterpart: zh, library: part, locale: 'en' });
    expect(second.sent).toMatchObject({ doc: KEPT, counterpart: KEPT, library: KEPT });
    expect(second.taken).not.toBeNull();
  });

  it('drops the other language version when a new draft is opened, or when the review goes on without it', () => {
    const w = pair();
    w.read('doc', draft());
    w.read('counterpart', zh);
    const next = draft();
    w.read('doc', next);
    expect(w.held().worker).toEqual({ doc: next });
    w.read('counterpart', zh);
    w.review({ kind: 'review', doc: next, locale: 'en' });
    expect(w.held().worker).toEqual({ doc: next });
    expect(w.held().page).toEqual({ doc: next });
  });

  it('refuses a review that names a document the worker does not hold', () => {
    const sent: SentReview = { kind: 'review', doc: KEPT, locale: 'en', keep: [] };
    expect(takeHeld(sent, {})).toBeNull();
    expect(takeHeld({ ...sent, doc: draft(), counterpart: KEPT }, {})).toBeNull();
  });
});
