/// <reference lib="webworker" />
import { perform } from './perform';
import { afterRead, takeHeld, type Held } from './held';
import type { SentRequest } from './protocol';

// The messages a review words its findings in are a chunk of their own in the browser, which a
// worker fetches with importScripts, holding its thread until the chunk comes. So they are fetched
// when a review first asks (perform.ts), never as the worker starts: a slow chunk would keep it
// from reading the draft the user opened, and a failed one would end it before it took any request.

// The page keeps this worker between requests and ends it when the user cancels, the page goes or
// it has been idle a while (keeper.ts). It holds the library part it was sent last and the documents
// the page will ask about again (files it read for the workspace), never a copy Word sent for one review.
let held: Held = {};

self.onmessage = async (event: MessageEvent<SentRequest>) => {
  const sent = event.data;
  if (sent.kind !== 'review') {
    const reply = await perform(sent);
    if (reply.kind === 'read' && sent.kind === 'read') held = afterRead(held, sent.slot ?? 'doc', reply.doc);
    return self.postMessage(reply);
  }
  const taken = takeHeld(sent, held);
  if (!taken) return self.postMessage({ kind: 'failed', message: 'nothing kept to review' });
  // What this review does not keep is let go now: once the reply is posted nothing refers to it.
  held = taken.next;
  self.postMessage(await perform(taken.request));
};
