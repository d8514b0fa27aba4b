import type { Finding } from '../../core/findings';
import { locateEvidence } from '../common/locate';
import type { HostCapabilities, HostResult } from '../types';
import type { WordApi } from './api';
import { failed, ok, reading } from './errors';
import { findPassage } from './passage';

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
      const passage = findPassage(paragraphs.items[at.paragraph]!, at.snippet);
      if (passage.searched) await ctx.sync();
      passage.range().select();
      await ctx.sync();
      return ok(null);
    }),
  );
}
