import { FakeOfficeError } from './errors';
import type { FakeWord } from './index';
import { DocumentProxy } from './proxies';

export type ApiVersion = '1.3' | '1.4' | '1.6';

interface Op {
  name: string;
  needs?: ApiVersion;
  run: () => void;
}

/**
 * A Word.RequestContext: proxies queue operations here; sync() sends the queue to the "document"
 * in order. Modelled on what Word does when an operation fails mid-batch: the operations before it
 * stay applied, it and the rest are dropped, and sync() rejects. Word does not roll a batch back
 * (Office.js documents that earlier commands in a failed batch have taken effect), so a host that
 * promises "all or nothing" has to undo its own partial work; the fake makes that visible.
 */
export class FakeContext {
  private queue: Op[] = [];
  ended = false;
  readonly document: DocumentProxy;
  /** Application.createDocument(base64).open(): the file lands in `word.opened` at sync. */
  readonly application = {
    createDocument: (base64File?: string) => ({
      open: () => this.enqueue('DocumentCreated.open', () => void this.word.opened.push(base64File ?? '')),
    }),
  };

  constructor(readonly word: FakeWord) {
    this.document = new DocumentProxy(this);
  }

  enqueue(name: string, run: () => void, needs?: ApiVersion): void {
    this.assertActive(name);
    this.queue.push({ name, run, needs });
  }

  assertActive(what: string): void {
    if (this.ended) {
      throw new FakeOfficeError(
        'InvalidObjectPath',
        `${what} was used after its Word.run batch ended; objects cannot be used outside the context that created them.`,
        what,
      );
    }
  }

  trace(message: string): void {
    this.enqueue('RequestContext.trace', () => this.traced.push(message));
  }

  private traced: string[] = [];

  async sync(): Promise<void> {
    this.assertActive('RequestContext.sync');
    const ops = this.queue;
    this.queue = [];
    this.word.syncs++;
    this.word.lastBatchOps = ops.length;
    const failAt = this.word.takeFailure();
    this.traced = [];
    await Promise.resolve();
    // Traces are markers, not document operations: an injected failure counts only the latter.
    let index = -1;
    for (const op of ops) {
      if (op.name !== 'RequestContext.trace') index++;
      let error: FakeOfficeError | null = null;
      if (index === failAt && op.name !== 'RequestContext.trace') error = new FakeOfficeError('GeneralException', 'There was an internal error while processing the request.', op.name);
      else if (op.needs && !this.word.supports(op.needs)) {
        error = new FakeOfficeError('ApiNotFound', `${op.name} needs WordApi ${op.needs}.`, op.name);
      } else {
        try {
          op.run();
        } catch (err) {
          error = err instanceof FakeOfficeError ? err : new FakeOfficeError('GeneralException', err instanceof Error ? err.message : String(err), op.name);
        }
      }
      if (error) {
        error.traceMessages = [...this.traced];
        throw error;
      }
    }
  }

  get pending(): number {
    return this.queue.length;
  }
}
