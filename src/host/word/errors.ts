import type { HostMessage, HostResult } from '../types';

/** What Word said, as a catalog message: the Office.js error code and its text. */
export function wordError(err: unknown): HostMessage {
  const code = (err as { code?: unknown } | null)?.code;
  return {
    key: 'host.error.word',
    params: { code: typeof code === 'string' ? code : 'Unknown', detail: err instanceof Error ? err.message : String(err) },
  };
}

/** Whether Word declined a call it does not offer here (rather than failing at it). */
export function refused(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && ['NotImplemented', 'ApiNotFound', 'NotAllowed'].includes(code);
}

/** The context.trace() markers that ran before a failed batch stopped (Office.js puts them on the error). */
export function tracesOf(err: unknown): string[] {
  const t = (err as { traceMessages?: unknown } | null)?.traceMessages;
  return Array.isArray(t) ? t.filter((m): m is string => typeof m === 'string') : [];
}

export function ok<T>(value: T, notes: HostMessage[] = []): HostResult<T> {
  return { ok: true, value, notes };
}

export function failed<T>(error: HostMessage, done: HostMessage[] = [{ key: 'host.done.nothing' }]): HostResult<T> {
  return { ok: false, error, done };
}

/** For operations that only read: a failure changed nothing. */
export async function reading<T>(work: () => Promise<HostResult<T>>): Promise<HostResult<T>> {
  try {
    return await work();
  } catch (err) {
    return failed(wordError(err));
  }
}
