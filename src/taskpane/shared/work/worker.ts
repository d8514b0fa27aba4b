/// <reference lib="webworker" />
import type { DocModel } from '../../../core/document';
import type { ReviewPart } from './reviewPart';
import { perform } from './perform';
import { KEPT, type SentRequest } from './protocol';

// The page keeps this worker between requests and ends it when the user cancels, the page goes or
// it has been idle a while (keeper.ts). It keeps the document it read or reviewed last and the
// library it was sent last, so that reviewing again does not copy either back from the page.
let kept: { doc?: DocModel; library?: ReviewPart } = {};

self.onmessage = async (event: MessageEvent<SentRequest>) => {
  const sent = event.data;
  if (sent.kind !== 'review') {
    const reply = await perform(sent);
    if (reply.kind === 'read') kept = { ...kept, doc: reply.doc };
    return self.postMessage(reply);
  }
  const doc = sent.doc === KEPT ? kept.doc : sent.doc;
  const library = sent.library === KEPT ? kept.library : sent.library;
  if (!doc || (sent.library === KEPT && !library)) return self.postMessage({ kind: 'failed', message: 'nothing kept to review' });
  kept = { doc, library: library ?? kept.library };
  const { library: _sent, ...rest } = sent;
  self.postMessage(await perform({ ...rest, doc, ...(library ? { library } : {}) }));
};
