import type { Finding } from '../../core/findings';
import { locateEvidence } from '../common/locate';
import type { HostCapabilities, HostResult } from '../types';
import type { WordApi } from './api';
import { failed, ok, reading } from './errors';
import { askReviewed, findPassage } from './passage';

/**
 * Selects the passage (the snippet when Word finds it once, else its paragraph): at most three
 * round trips, four where someone's tracked deletion lies inside the quoted words (the cited
 * paragraph's reviewed text is asked, WordApi 1.4, only then).
 */
export function goTo(api: WordApi, caps: HostCapabilities, finding: Finding): Promise<HostResult<null>> {
  if (!caps.read) return Promise.resolve(failed({ key: 'host.limit.api13' }));
  const ev = finding.evidence[0];
  if (!ev) return Promise.resolve(failed({ key: 'host.error.noPassage' }));
  return reading(() =>
    api.run(async (ctx) => {
      const paragraphs = ctx.document.body.paragraphs;
      paragraphs.load('items/text');
      await ctx.sync();
      const shown = locateEvidence(
        paragraphs.items.map((p) => p.text),
        ev,
      );
      const asked = shown || !caps.apiSets['1.4'] ? null : askReviewed(paragraphs.items, ev);
      if (asked) await ctx.sync();
      const at = shown ?? asked?.located();
      if (!at) return failed<null>({ key: 'host.error.passageGone' });
      const passage = findPassage(paragraphs.items[at.paragraph]!, at.snippet);
      if (passage.searched) await ctx.sync();
      passage.range().select();
      await ctx.sync();
      return ok(null);
    }),
  );
}
