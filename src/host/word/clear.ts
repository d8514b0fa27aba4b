import { COMMENT_MARKER, MARK_TAG_PREFIX } from '../common/comment';
import type { HostCapabilities, HostResult } from '../types';
import type { WordApi } from './api';
import { failed, ok, tracesOf, wordError } from './errors';

/** Two round trips: find our comments (by their marker) and our highlight controls (by tag), then
 * remove them in one batch, giving back the text's own highlighting state. */
export async function clearMarks(api: WordApi, caps: HostCapabilities): Promise<HostResult<{ removed: number }>> {
  if (!caps.read) return failed({ key: 'host.limit.api13' });
  try {
    return await api.run(async (ctx) => {
      const body = ctx.document.body;
      const comments = caps.comments ? body.getComments() : null;
      comments?.load('items/content');
      const controls = body.contentControls;
      controls.load('items/tag');
      await ctx.sync();
      const ours = (comments?.items ?? []).filter((c) => c.content.startsWith(COMMENT_MARKER));
      const marks = controls.items.filter((c) => c.tag.startsWith(MARK_TAG_PREFIX));
      for (const c of ours) {
        c.delete();
        ctx.trace('comment');
      }
      for (const m of marks) {
        // Office.js removes a highlight when highlightColor is set to null.
        if (m.tag.endsWith('|h')) m.getRange('Whole').font.highlightColor = null as unknown as string;
        m.delete(true);
        ctx.trace('highlight');
      }
      if (ours.length + marks.length > 0) await ctx.sync();
      return ok({ removed: ours.length + marks.length });
    });
  } catch (err) {
    const count = tracesOf(err).length;
    return failed(wordError(err), [count > 0 ? { key: 'host.done.cleared', params: { count } } : { key: 'host.done.nothing' }]);
  }
}
