import type { ReviewContext } from '../context';
import type { TopicId } from '../../topics';
import { escapeRegExp } from '../../regex-escape';

// A definition of what a party had before the deal, under the draft's own name: "'Reserved Materials'
// means any Content developed by Provider prior to rendering any Services", "'Pre-Existing IP' means
// technology owned before the Effective Date".
const BEFORE_THE_DEAL =
  /\b(?:pre[\s-]?existing|prior\s+to\s+(?:the\s+)?(?:Effective\s+Date|rendering|performing|commencing|commencement|the\s+start|entering)|before\s+(?:the\s+)?(?:Effective\s+Date|rendering|performing|commencing|commencement|the\s+start|entering)|independently\s+of\s+(?:this\s+Agreement|the\s+Services))/i;

/**
 * The topics settled where the draft names a party's existing materials in words of its own: a licence
 * of them to the other side is the background licence ("such Reserved Materials are hereby licensed by
 * Provider to Customer"), and their exclusion from what is assigned keeps them with their owner (Assigned
 * Deliverables "excluding any … Reserved Materials").
 */
export function settledByDefinedBackground(ctx: ReviewContext): ReadonlySet<TopicId> {
  const settled = new Set<TopicId>();
  const names = ctx.definitions.filter((d) => BEFORE_THE_DEAL.test(d.text)).map((d) => escapeRegExp(d.term));
  if (names.length === 0) return settled;
  const name = `(?:${names.join('|')})`;
  const licensed = new RegExp(String.raw`\b${name}\b[^.;]{0,80}?\b(?:are|is)\s+(?:hereby\s+)?licen[cs]ed\b|\blicen[cs]es?\b[^.;]{0,120}?\b${name}\b`);
  const excluded = new RegExp(String.raw`\b(?:excluding|other\s+than|except(?:\s+for)?|but\s+not(?:\s+including)?|does\s+not\s+include)\b[^.;]{0,60}?\b${name}\b`);
  const assigned = /\bassign/i;
  for (const s of ctx.sentences) {
    if (licensed.test(s.text)) settled.add('background-license');
    if (excluded.test(s.text) && assigned.test(s.text)) settled.add('background-ip');
  }
  for (const d of ctx.definitions) if (excluded.test(d.text) && assigned.test(d.text)) settled.add('background-ip');
  return settled;
}
