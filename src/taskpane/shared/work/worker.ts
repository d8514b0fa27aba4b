/// <reference lib="webworker" />
import type { DocModel } from '../../../core/document';
import { perform } from './perform';
import { KEPT, type SentRequest, type WorkRequest } from './protocol';

// The page keeps this worker between requests (runWork.ts) and ends it when the user cancels, which
// stops a long read or review at once, wherever it is. It keeps the document it read or reviewed
// last, so that reviewing it again does not copy it back from the page.
let kept: DocModel | undefined;

self.onmessage = async (event: MessageEvent<SentRequest>) => {
  const sent = event.data;
  if (sent.kind === 'review' && sent.doc === KEPT && !kept) return self.postMessage({ kind: 'failed', message: 'no document kept' });
  const request = (sent.kind === 'review' && sent.doc === KEPT ? { ...sent, doc: kept } : sent) as WorkRequest;
  const reply = await perform(request);
  if (reply.kind === 'read') kept = reply.doc;
  else if (request.kind === 'review') kept = request.doc;
  self.postMessage(reply);
};
