import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { addNewerApi } from './newer-api';

/**
 * Microsoft's real Office.js client runtime for Word (word-web-16.00.debug.js from the npm package
 * @microsoft/office-js), loaded once into its own VM context. Proxies, load strings, batching and
 * the request it serialises for each sync are Microsoft's code; only the transport is ours: every
 * request goes to the executor installed with `answerWith`, which plays the document. The classes
 * of WordApi 1.4 and 1.6 the package predates are added in its own shape (newer-api.ts).
 */
export interface RequestExecutor {
  executeAsync(customData: unknown, flags: number, message: { Url: string; Headers: Record<string, string>; Body: unknown }): Promise<unknown>;
}

interface Runtime {
  Word: { run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> };
  OfficeExtension: { ClientRequestContext: { defaultRequestUrlAndHeaders: unknown } };
}

let loaded: Runtime | null = null;

function load(): Runtime {
  if (loaded) return loaded;
  const file = require.resolve('@microsoft/office-js/dist/word-web-16.00.debug.js');
  // The library probes a browser at load time; it needs little more than these to define Word.
  const sandbox: Record<string, unknown> = { console, setTimeout, clearTimeout, setInterval, clearInterval, Promise };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  sandbox.navigator = { userAgent: 'node' };
  sandbox.document = { createElement: () => ({}), getElementsByTagName: () => [], addEventListener() {}, readyState: 'complete' };
  sandbox.location = { href: 'https://localhost/', search: '', hash: '' };
  vm.createContext(sandbox);
  vm.runInContext(readFileSync(file, 'utf8'), sandbox, { filename: file });
  addNewerApi(sandbox as unknown as Parameters<typeof addNewerApi>[0]);
  loaded = sandbox as unknown as Runtime;
  return loaded;
}

/** The real Word.run, every request of which `executor` answers. */
export function officeRuntime(executor: RequestExecutor): Runtime['Word'] {
  const runtime = load();
  runtime.OfficeExtension.ClientRequestContext.defaultRequestUrlAndHeaders = {
    _resolveRequestUrlAndHeaderInfo: () => Promise.resolve({ url: 'https://word.example/richapi', headers: {} }),
    _createRequestExecutorOrNull: () => executor,
  };
  return runtime.Word;
}
