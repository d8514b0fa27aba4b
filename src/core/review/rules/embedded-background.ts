import type { Evidence } from '../../findings';
import type { Rule } from '../context';
import { finding } from './finding';
import { quote } from './text';
import { matching } from './sentence-gate';

// The developer's own technology: "Developer Technology", "Pre-Existing Materials", "background IP".
const BACKGROUND =
  /\b(?:Developer|Supplier|Contractor|Consultant|Vendor|Background|Pre-?[Ee]xisting|Retained)\s+(?:Technology|IP|Intellectual\s+Property|Materials?|Tools|Software|Code|Know-How|Components)\b|\b(?:pre-?existing|background)\s+(?:technology|intellectual\s+property|materials?|tools|software|code|know-how)\b/;
// Kept by the developer: "Developer shall retain full ownership over its Developer Technology",
// "Client will not acquire any ownership rights to any Developer Technology".
const KEPT = /\bretain\w*\b|\bremains?\s+the\s+(?:sole\s+(?:and\s+exclusive\s+)?)?property\b|\bnot\s+acquire\b/i;
// …and built into what is delivered: "If Developer uses any Developer Technology in any of the Works".
const IN_WORK = /\b(?:uses?|incorporat\w+|embed\w+|includ\w+|contain\w*)\b[^.;]{0,120}?\b(?:Deliverables?|Works?|Work\s+Product|Software|Products?)\b/;
// A licence of it, in whatever words: "grants Client a licence to use the Developer Technology".
const LICENCE = /\blicen[cs]\w*|\bright\s+to\s+use\b/i;

/**
 * The developer keeps its own technology, which is built into the deliverables, and no licence
 * says what the client may do with it: the client will claim an implied licence as wide as its use
 * of the deliverables, and the developer will say it granted none. Either side loses the certainty.
 */
export const embeddedBackground: Rule = (ctx) => {
  if (ctx.scenario !== 'custom-development') return [];
  const about = matching(ctx.sentences, BACKGROUND);
  if (about.some((s) => LICENCE.test(s.text))) return [];
  const kept = about.filter((s) => KEPT.test(s.text));
  const inWork = about.filter((s) => IN_WORK.test(s.text));
  if (kept.length === 0 || inWork.length === 0) return [];
  const evidence: Evidence[] = [...new Set([...kept, ...inWork])].slice(0, 4).map((s) => quote(s));
  return [finding(ctx, { rule: 'ambiguous.embedded-background', topic: 'background-license', severity: 'medium', kind: 'ambiguous', fixClause: 'commercial-terms', evidence })];
};
