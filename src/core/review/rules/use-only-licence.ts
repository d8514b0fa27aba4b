import type { ReviewContext } from '../context';

// A licence to use what is licensed: "a … license to install and use the Software", "a non-exclusive
// licence to access and use the Service".
const USE_GRANT = /\blicen[cs]e\s+to\s+(?:(?:install|access|run|execute|download)\s+(?:and|or)\s+)?(?:use|access)\b/i;
// A right to put the thing, or products made with it, in other hands or other places.
const PASSES_ON = /\b(?:make|have\s+made|manufacture|sell|offer\s+(?:for|to)\s+sale|distribute|resell|import|export|sublicen[cs]e)\b/i;
const BARRED = /\b(?:not|no|never)\b/i;

/**
 * The licence is only to use what is licensed, inside the licensee's own business: nothing granted
 * lets it make, sell, distribute or sublicense. Where it may use it matters no more than for any other
 * product it buys, so a missing territory is no gap for either side; export control is the term that
 * decides where the thing may go.
 */
export function useOnlyLicence(ctx: ReviewContext): boolean {
  // In a distribution the licence to use is of trade marks beside the appointment, which is the grant that matters.
  if (ctx.scenario !== 'technology-license') return false;
  let grant = false;
  for (const { text } of ctx.sentences) {
    if (!/\bgrant|\blicen[cs]e\s+to\b/i.test(text)) continue;
    if (USE_GRANT.test(text)) grant = true;
    const m = PASSES_ON.exec(text);
    if (m && !BARRED.test(text.slice(Math.max(0, m.index - 120), m.index))) return false;
  }
  return grant;
}
