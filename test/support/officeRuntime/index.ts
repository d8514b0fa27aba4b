import type { WordApi, WordContext } from '../../../src/host/word/api';
import { FakeDocument, type ParagraphSeed } from '../fakeWord/model';
import { type Platform, RichApiDocument } from './richApi';
import { officeRuntime } from './runtime';

export type { SyncRecord, Platform } from './richApi';

/**
 * The Word host's API over Microsoft's real Office.js runtime, answered by a simulated document:
 * `api` goes to createWordHost, `word.syncs` holds each round trip's request and response size.
 */
export function realRuntimeWord(seeds: readonly (ParagraphSeed | string)[], apiVersion = '1.6', platform: Platform = {}) {
  const word = new RichApiDocument(new FakeDocument(seeds), platform);
  const Word = officeRuntime(word);
  const minor = (v: string) => Number(v.split('.')[1] ?? NaN);
  const api: WordApi = {
    run: <T>(batch: (context: WordContext) => Promise<T>) => Word.run((context) => batch(context as unknown as WordContext)),
    requirements: { isSetSupported: (name, min = '1.1') => name === 'WordApi' && minor(min) <= minor(apiVersion) },
  };
  return { api, word };
}
