import type { Sentence } from '../context';

// A service the provider runs and the customer reaches over a network.
const HOSTED =
  /\b(?:cloud\s+(?:services?|platforms?|solutions?)|software[\s-]as[\s-]a[\s-]service|SaaS|hosted\s+(?:services?|solutions?|platforms?|applications?)|subscription\s+services?)\b/i;
// A grant that hands over technology to build on: a right to make, modify or practise, under patents, in know-how or source code.
const HANDS_OVER =
  /\b(?:grants?|licen[cs]es?|right|deliver\w*)\b[^.;]{0,120}?\b(?:to\s+(?:make|have\s+made|manufacture|practi[cs]e|modify|adapt|create\s+derivative\s+works)|under\s+(?:\w+\s+){0,3}patents?|know-how|source\s+code)\b/i;
// "may not … modify", "will not … create derivative works": a restriction, not a grant; "reserves the
// right to modify the service": the provider's own right to change what it runs.
const BARRED = /\b(?:not|no|never|reserves?)\b/i;

/**
 * The deal is access to a service the provider runs, and nothing in it hands over technology to make,
 * change or build on. A cloud customer uses the service under the grant to access it; neither side's
 * existing IP needs a licence of its own, so a missing background licence is no gap.
 */
export function hostedOnly(sentences: readonly Sentence[]): boolean {
  let hosted = 0;
  for (const s of sentences) {
    if (HOSTED.test(s.text)) hosted++;
    const m = HANDS_OVER.exec(s.text);
    if (m && !BARRED.test(s.text.slice(Math.max(0, m.index - 20), m.index + m[0].length))) return false;
  }
  // Named more than in passing: the subject of the deal, not one service among its terms.
  return hosted >= 3;
}
