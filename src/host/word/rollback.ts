import type { HostMessage } from '../types';
import type { WordApi } from './api';

/**
 * Word does not roll back a batch that fails part-way, so after a failed insertion we remove what
 * did go in. The inserted paragraphs are found by comparing the texts before and after: they are
 * a run of `planned` paragraphs, in order, with the user's paragraphs unchanged on both sides.
 * Nothing is deleted unless that holds exactly, so the user's text is never touched.
 */
export async function removeInserted(api: WordApi, before: readonly string[], planned: readonly string[], how: { slot?: boolean } = {}): Promise<HostMessage> {
  try {
    return await api.run(async (ctx) => {
      const paragraphs = ctx.document.body.paragraphs;
      paragraphs.load('items/text');
      await ctx.sync();
      const now = paragraphs.items.map((p) => p.text);
      const extra = now.length - before.length;
      if (extra === 0) return { key: 'host.done.nothing' };
      const start = insertedRun(before, now, planned, how);
      if (start === null) return { key: 'host.done.partialInsert', params: { count: Math.max(extra, 0) } };
      const items = paragraphs.items;
      items[start]!.getRange('Whole').expandTo(items[start + extra - 1]!.getRange('Whole')).delete();
      try {
        await ctx.sync();
      } catch {
        return { key: 'host.done.partialInsert', params: { count: extra } };
      }
      return { key: 'host.done.rolledBack', params: { count: extra } };
    });
  } catch {
    return { key: 'host.done.partialUnknown' };
  }
}

/**
 * Where the inserted run starts in `now`, or null when the difference is not just that run. With
 * `slot`, the run may end in the empty paragraph OOXML blocks are inserted into (insert.ts).
 */
export function insertedRun(before: readonly string[], now: readonly string[], planned: readonly string[], { slot = false }: { slot?: boolean } = {}): number | null {
  const extra = now.length - before.length;
  if (extra <= 0 || extra > planned.length + (slot ? 1 : 0)) return null;
  const ours = (run: readonly string[]) =>
    run.every((t, i) => t === planned[i]) || (slot && run.at(-1) === '' && run.slice(0, -1).every((t, i) => t === planned[i]));
  let prefix = 0;
  while (prefix < before.length && now[prefix] === before[prefix]) prefix++;
  for (let s = prefix; s >= 0; s--) {
    const run = now.slice(s, s + extra);
    const rest = now.slice(s + extra);
    if (ours(run) && rest.every((t, i) => t === before[s + i])) return s;
  }
  return null;
}
