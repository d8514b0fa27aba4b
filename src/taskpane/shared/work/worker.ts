/// <reference lib="webworker" />
import { perform } from './perform';
import type { WorkRequest } from './protocol';

// One request a worker: the page ends the worker when the answer comes or the user cancels,
// which stops a long read or review at once, wherever it is.
self.onmessage = async (event: MessageEvent<WorkRequest>) => {
  self.postMessage(await perform(event.data));
};
