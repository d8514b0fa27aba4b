import type { Rule } from '../context';
import { finding } from './finding';
import { ourSide, partyBefore } from './side';
import { groupedEvidence, hits, type Hit } from './text';
import { anyMatching } from './sentence-gate';

// A right to cut off our access: "Provider may temporarily suspend Customer's access to the Product".
const SUSPEND =
  /\b(?:may|(?:shall\s+have|has|reserves?)\s+the\s+right\s+to|(?:is|shall\s+be)\s+entitled\s+to)\s+(?:\w+\s+){0,2}?(?:suspend|disable|block|deactivate)\b/gi;
// Cut off with no notice owed: "with or without notice", "without prior notice", "at any time and without notice".
const UNANNOUNCED = /\bwith\s+or\s+without\s+(?:\w+\s+)?notice\b|\bwithout\s+(?:any\s+|prior\s+|advance\s+|further\s+)?notice\b/i;
// Our data held in what they run: "Customer Content", "Customer Data", data we upload to or store in the service.
const OUR_DATA_HELD =
  /\b(?:Customer|Client|Licensee|Subscriber|Your)\s+(?:Content|Data)\b|\b(?:submit|upload|store|host)\w*\s+(?:\w+\s+){0,4}?(?:data|content)\b|\b(?:data|content)\s+(?:\w+\s+){0,4}?(?:submitted|uploaded|stored|hosted)\b/;
// A way to get our data out: "may export, retrieve or download its Customer Data", "return all Customer Data".
const WAY_OUT = /\b(?:export|retriev|download|extract|migrat|return|obtain\s+a\s+copy|make\s+available\s+for\s+export)\w*\b[^.;]{0,80}?\b(?:data|content)\b/i;
/** Deals in which we use a product or service the other side runs for us. */
const DEALS: ReadonlySet<string> = new Set(['technology-license', 'custom-development']);

/**
 * The other side may cut off our access to a service that holds our data, with no notice owed, and
 * nothing lets us take our data out: a dispute over an invoice or a use it judges harmful then stops our
 * business and leaves our data with them. Quiet where notice is owed, where the draft gives us a way to
 * export or retrieve our data, where the right is ours, and where the service holds no data of ours.
 * Suspension on sanctions grounds is the sanctions-exit point.
 */
export const suspensionNoExport: Rule = (ctx) => {
  if (ourSide(ctx) !== 'B' || !DEALS.has(ctx.scenario ?? '')) return [];
  if (!anyMatching(ctx.sentences, OUR_DATA_HELD) || anyMatching(ctx.sentences, WAY_OUT)) return [];
  const theirs = hits(ctx, SUSPEND, (h: Hit) => {
    const text = h.sentence.text;
    if (!UNANNOUNCED.test(text) || /\b(?:sanctions?|export\s+control)/i.test(text)) return false;
    const by = partyBefore(ctx, text, h.index)?.side;
    return by !== undefined && by !== 'B' && by !== 'both';
  });
  if (theirs.length === 0) return [];
  return [finding(ctx, { rule: 'one-sided.suspension-no-export', topic: 'background-license', severity: 'medium', kind: 'one-sided', evidence: groupedEvidence(theirs) })];
};
