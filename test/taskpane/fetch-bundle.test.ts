import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CANCELLED, fetchBundle, FetchProblem } from '../../src/taskpane/settings/fetchBundle';

/** Library URLs that misbehave, served from loopback: each ends in bounded time with its own message. */
let server: Server;
let base: string;
const hanging: (() => void)[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/library.json') return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ files: [] }));
    if (req.url === '/sign-in') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Sign in to your account</title>');
    if (req.url === '/huge') {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let sent = 0;
      const more = (): void => {
        while (sent < 64 && res.write(chunk)) sent++;
        if (sent < 64) res.once('drain', more);
        else res.end();
      };
      return void more();
    }
    if (req.url === '/missing') return void res.writeHead(404).end();
    // Never answers, as the intranet server that started issue 11.
    hanging.push(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  hanging.forEach((end) => end());
  await new Promise((resolve) => server.close(resolve));
});

async function problem(promise: Promise<unknown>): Promise<string> {
  const err = await promise.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(FetchProblem);
  return (err as FetchProblem).problem.key;
}

describe('fetching a library bundle by URL', () => {
  it('returns the parsed bundle', async () => {
    await expect(fetchBundle(`${base}/library.json`, new AbortController())).resolves.toEqual({ files: [] });
  });

  it('says a server that never answers timed out, instead of waiting for ever', async () => {
    const started = Date.now();
    expect(await problem(fetchBundle(`${base}/never`, new AbortController(), 0.5))).toBe('ui.settings.library.timeout');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('stops quietly when the user cancels', async () => {
    const controller = new AbortController();
    const pending = fetchBundle(`${base}/never`, controller);
    setTimeout(() => controller.abort('cancel'), 100);
    await expect(pending).resolves.toBe(CANCELLED);
  });

  it('names a web page (a sign-in page) as such, not as a network failure', async () => {
    expect(await problem(fetchBundle(`${base}/sign-in`, new AbortController()))).toBe('ui.settings.library.webPage');
  });

  it('stops reading an answer far larger than any library', async () => {
    expect(await problem(fetchBundle(`${base}/huge`, new AbortController()))).toBe('ui.settings.library.tooLarge');
  });

  it('gives the status of an error answer', async () => {
    expect(await problem(fetchBundle(`${base}/missing`, new AbortController()))).toBe('ui.settings.library.httpError');
  });
});
