import { FakeWord } from './fakeWord';
import type { ParagraphSeed } from './fakeWord/model';
import { realRuntimeWord } from './officeRuntime';

/** The two Words the host's tracked-change tests run over, each on WordApi 1.6 with its sync count. */
export const RUNTIMES = [
  ['the real Office.js runtime', (s: ParagraphSeed[]) => {
    const r = realRuntimeWord(s, '1.6');
    return { api: r.api, doc: r.word.doc, syncs: () => r.word.syncs.length };
  }],
  ['the fake Word', (s: ParagraphSeed[]) => {
    const f = new FakeWord(s, '1.6');
    return { api: f.api, doc: f.doc, syncs: () => f.syncs };
  }],
] as const;

// Whether Word's search reads deleted words is not documented and differs by platform and markup
// view (src/host/README.md): the host must find the passage either way.
export const SEARCHES = [
  ['a search that reads deleted words', false],
  ['a search that leaves them out', true],
] as const;
