import type { Finding } from '../../core/findings';
import type { Locale } from '../../core/i18n';
import { commentText, MARK_TAG_PREFIX, markTitle } from '../common/comment';
import { type Located, locateEvidence } from '../common/locate';
import type { HostCapabilities, HostResult, MarkReport } from '../types';
import type { WordApi } from './api';
import { failed, ok, tracesOf, wordError } from './errors';
import { askReviewed, findPassage } from './passage';

type Target = Located & { finding: Finding };

/**
 * Three round trips for any number of findings: read the paragraphs' text, search each passage's
 * snippet in its paragraph, then add every comment (or highlight) in one batch. A snippet that Word
 * does not find exactly once falls back to the whole paragraph. Where someone's tracked deletion
 * lies inside a quote, the cited paragraphs' reviewed text is asked (WordApi 1.4), for all such
 * quotes in one round trip more, only then.
 */
export async function markFindings(
  api: WordApi,
  caps: HostCapabilities,
  findings: readonly Finding[],
  locale: Locale,
  fixText?: (finding: Finding) => string | undefined,
): Promise<HostResult<MarkReport>> {
  if (!caps.read) return failed({ key: 'host.limit.api13' });
  const as = caps.comments ? 'comment' : 'highlight';
  let total = 0;
  try {
    return await api.run(async (ctx) => {
      const paragraphs = ctx.document.body.paragraphs;
      paragraphs.load('items/text');
      await ctx.sync();
      const items = paragraphs.items;
      const texts = items.map((p) => p.text);
      const unplaced: string[] = [];
      const targets: Target[] = [];
      const shown = findings.map((finding) => {
        const ev = finding.evidence[0];
        return ev ? locateEvidence(texts, ev) : null;
      });
      const asked = findings.map((finding, i) => {
        const ev = finding.evidence[0];
        return ev && !shown[i] && caps.apiSets['1.4'] ? askReviewed(items, ev) : null;
      });
      if (asked.some(Boolean)) await ctx.sync();
      findings.forEach((finding, i) => {
        const at = shown[i] ?? asked[i]?.located();
        if (at) targets.push({ ...at, finding });
        else unplaced.push(finding.id);
      });
      total = targets.length;
      const passages = targets.map((t) => findPassage(items[t.paragraph]!, t.snippet));
      // Where comments are missing we highlight, but only text that has no highlight of the user's.
      const fonts = as === 'highlight' ? targets.map((t) => items[t.paragraph]!.font) : [];
      fonts.forEach((f) => f.load('highlightColor'));
      if (passages.some((p) => p.searched) || fonts.length > 0) await ctx.sync();

      targets.forEach((t, i) => {
        const range = passages[i]!.range();
        if (as === 'comment') range.insertComment(commentText(t.finding, locale, fixText?.(t.finding)));
        else {
          const colour = fonts[i]!.highlightColor === null;
          if (colour) range.font.highlightColor = 'Yellow';
          const control = range.insertContentControl();
          control.tag = `${MARK_TAG_PREFIX}${t.finding.id}|${colour ? 'h' : '-'}`;
          control.title = markTitle(t.finding);
        }
        ctx.trace(t.finding.id);
      });
      if (targets.length > 0) await ctx.sync();
      return ok({ marked: targets.length, as, unplaced }, unplaced.length > 0 ? [{ key: 'host.note.unplaced', params: { count: unplaced.length } }] : []);
    });
  } catch (err) {
    const count = tracesOf(err).length;
    return failed(wordError(err), [count > 0 ? { key: 'host.done.marks', params: { count, total } } : { key: 'host.done.nothing' }]);
  }
}
