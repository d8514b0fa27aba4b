import type { WordApi, WordContext } from '../../../src/host/word/api';
import { type ApiVersion, FakeContext } from './context';
import { FakeDocument, type ParagraphSeed } from './model';

export { FakeDocument, type ParagraphSeed } from './model';
export { FakeOfficeError } from './errors';
export type { ApiVersion } from './context';

/**
 * An in-memory Word for host tests: the document (`doc`), the API the host is given (`api`), a
 * sync counter, the requirement sets on offer, and failures to inject. It implements only the
 * subset in src/host/word/api.ts, and fails where Office.js fails:
 * - proxies read nothing until a queued load runs at sync; reading an unloaded property, or a
 *   collection's items before load, throws PropertyNotLoaded;
 * - writes and inserts are queued and applied in order at sync; Word.run syncs what is left;
 * - an object used after its Word.run ended throws InvalidObjectPath;
 * - WordApi 1.4 and 1.6 calls fail with ApiNotFound at sync when the set is not offered;
 * - search follows Word's plain search (255 characters, "^" codes, case);
 * - new paragraphs take their neighbour's style and list; with Track Changes on, inserts and
 *   deletes become tracked changes and deleted paragraphs stay in the text (office-js#1267);
 * - nested loads ("items/listItemOrNullObject/listString") fill navigation properties in one query;
 * - `quirks` switches on platform behaviours (Mac's empty deleted text, the web's missing items);
 * - an injected GeneralException leaves the batch partly applied (see context.ts for why).
 */
export class FakeWord {
  readonly doc: FakeDocument;
  syncs = 0;
  /** Operations sent in the most recent sync, to aim an injected failure at the middle of a batch. */
  lastBatchOps = 0;
  private failures: { afterSyncs: number; op: number }[] = [];
  /** Known platform behaviours to reproduce: deleted text "" on Mac (office-js#5188), a collection
   * answered with no `items` on the web (office-js#6673), TrackMineOnly not set (office-js#6450); and, to test the fallback, a Word that declines insertOoxml. */
  quirks: { macDeletedText?: boolean; emptyItemsUndefined?: boolean; trackMineOnlyIgnored?: boolean; ooxmlRefused?: boolean; rowsRefused?: boolean } = {};
  /** Documents opened with Application.createDocument, as the base64 Word was given. */
  opened: string[] = [];

  constructor(
    seeds: readonly (ParagraphSeed | string)[],
    public apiVersion: ApiVersion = '1.6',
  ) {
    this.doc = new FakeDocument(seeds);
  }

  supports(version: string): boolean {
    const minor = (v: string) => Number(v.split('.')[1] ?? NaN);
    return version.startsWith('1.') && minor(version) <= minor(this.apiVersion);
  }

  /** Make operation `op` (0-based) of the `nth` sync from now (1 = the next) fail with GeneralException. */
  failAt(op: number, nth = 1): void {
    this.failures.push({ afterSyncs: this.syncs + nth, op });
  }

  takeFailure(): number | undefined {
    const i = this.failures.findIndex((f) => f.afterSyncs === this.syncs);
    if (i < 0) return undefined;
    return this.failures.splice(i, 1)[0]!.op;
  }

  /** Word.run: a fresh context per batch; anything still queued is synced when the batch returns,
   * and the context's objects are dead afterwards. */
  readonly api: WordApi = {
    run: async <T>(batch: (context: WordContext) => Promise<T>): Promise<T> => {
      const context = new FakeContext(this);
      try {
        const result = await batch(context);
        if (context.pending > 0) await context.sync();
        return result;
      } finally {
        context.ended = true;
      }
    },
    requirements: {
      isSetSupported: (name: string, minVersion?: string) => name === 'WordApi' && this.supports(minVersion ?? '1.1'),
    },
  };
}
