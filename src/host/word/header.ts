import type { HostCapabilities, HostResult } from '../types';
import type { WordApi } from './api';
import { failed, ok, wordError } from './errors';

/**
 * Three round trips whatever the document's length: the sections, then their primary headers' text,
 * then one batch inserting the marking at the top of each header that does not already carry it
 * (so pressing twice marks once). The payload grows with the number of sections, not the text.
 */
export async function markHeader(api: WordApi, caps: HostCapabilities, text: string): Promise<HostResult<{ sections: number; marked: number }>> {
  if (!caps.headerMarking) return failed({ key: 'host.limit.api13' });
  try {
    return await api.run(async (ctx) => {
      const sections = ctx.document.sections;
      sections.load('items');
      await ctx.sync();
      const headers = sections.items.map((s) => s.getHeader('Primary'));
      for (const h of headers) h.load('text');
      await ctx.sync();
      const unmarked = headers.filter((h) => !h.text.includes(text));
      for (const h of unmarked) h.insertParagraph(text, 'Start');
      if (unmarked.length > 0) await ctx.sync();
      return ok({ sections: headers.length, marked: unmarked.length });
    });
  } catch (err) {
    return failed(wordError(err));
  }
}
