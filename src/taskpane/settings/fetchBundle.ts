import type { MessageKey, MessageParams } from '../../core/i18n';

/** A library server that has not answered in this long will not; the user is told and may retry. */
const TIMEOUT_SECONDS = 20;
/** The built-in library is 0.24 MB of files; an answer this large is not a library. */
const MAX_BUNDLE_MB = 20;

/** A problem found while fetching, as the message to show. */
export class FetchProblem extends Error {
  constructor(readonly problem: { key: MessageKey; params?: MessageParams }) {
    super(problem.key);
  }
}

export const CANCELLED = Symbol('cancelled');

/**
 * A library bundle fetched by URL and parsed, or CANCELLED when the caller aborted with 'cancel'.
 * A server that does not answer within TIMEOUT_SECONDS, an error status, a web page instead of
 * JSON, and an answer far too large for a library each throw a FetchProblem saying so; a network
 * failure (including a server that does not allow the add-in to read it) throws as fetch does.
 */
export async function fetchBundle(url: string, controller: AbortController, timeoutSeconds = TIMEOUT_SECONDS): Promise<unknown> {
  const timer = setTimeout(() => controller.abort('timeout'), timeoutSeconds * 1000);
  try {
    const response = await fetch(url, { signal: controller.signal });
    if (!response.ok) throw new FetchProblem({ key: 'ui.settings.library.httpError', params: { status: response.status } });
    return parseBundle(await boundedText(response), response.headers.get('content-type') ?? '');
  } catch (err) {
    if (controller.signal.reason === 'cancel') return CANCELLED;
    if (controller.signal.reason === 'timeout') throw new FetchProblem({ key: 'ui.settings.library.timeout', params: { seconds: timeoutSeconds } });
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

/** The response's text within MAX_BUNDLE_MB, read in chunks so a huge answer is stopped, not buffered. */
async function boundedText(response: Response): Promise<string> {
  const limit = MAX_BUNDLE_MB * 1024 * 1024;
  const tooLarge = new FetchProblem({ key: 'ui.settings.library.tooLarge', params: { limit: MAX_BUNDLE_MB } });
  if (Number(response.headers.get('content-length') ?? 0) > limit) throw tooLarge;
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return new TextDecoder().decode(bytes);
}

/** The answer as JSON; a web page (a sign-in page, a SharePoint viewer) is named as such, not as a network failure. */
function parseBundle(text: string, contentType: string): unknown {
  const page = /html/i.test(contentType) || /^\s*<(?:!doctype|html)/i.test(text.slice(0, 200));
  if (page) throw new FetchProblem({ key: 'ui.settings.library.webPage' });
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new FetchProblem({ key: 'ui.settings.library.notJson' });
  }
}
