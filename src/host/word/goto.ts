import type { Finding } from '../../core/findings';
import { locateEvidence } from '../common/locate';
import type { HostCapabilities, HostResult } from '../types';
import type { WordApi } from './api';
import { failed, ok, reading } from './errors';

/** Selects the passage (the snippet when Word finds it once, else its paragraph): at most three round trips. */
export function goTo(api: WordApi, caps: HostCapabilities, finding: Finding): Promise<HostResult<null>> {
  if (!caps.read) return Promise.resolve(failed({ key: 'host.limit.api13' }));
  const ev = finding.evidence[0];
  if (!ev) return Promise.resolve(failed({ key: 'host.error.noPassage' }));
  return reading(() =>
    api.run(async (ctx) => {
      const paragraphs = ctx.document.body.paragraphs;
      paragraphs.load('items/text');
      await ctx.sync();
      const at = locateEvidence(
        paragraphs.items.map((p) => p.text),
        ev,
      );
      if (!at) return failed<null>({ key: 'host.error.passageGone' });
      const paragraph = paragraphs.items[at.paragraph]!;
      let range = paragraph.getRange('Whole');
      if (at.snippet) {
        const hits = paragraph.search(at.snippet, { matchCase: true });
        hits.load('items/text');
        await ctx.sync();
        if (hits.items.length === 1) range = hits.items[0]!;
      }
      range.select();
      await ctx.sync();
      return ok(null);
    }),
  );
}
