// A purchase of advertising: one side runs, displays or airs the other's promotions, banners or spots
// on its sites or programmes, and the advertiser supplies its own graphics and marks for them. Nothing
// is made to order that the buyer needs to own and no technology passes to be improved, so who owns
// the results and the improvements is no question there. Where anything is developed, researched or
// delivered as work product beside the promotions, the IP questions stay.
import type { Sentence } from '../context';

// What advertising is bought as.
const PROMO = String.raw`(?:promotions?|advertisements?|advertising|ads|banners?|spots?|impressions|sponsorships?|placements?)`;
// One side placing it: "CNET will run two banner advertising programs", "Promotions will run on each weekly episode".
const PLACES = new RegExp(
  String.raw`\b(?:run|runs|display|displays|displayed|air|airs|aired|place|places|placed|serve|served|deliver|delivering|broadcast|publish|published)\b[^.;]{0,80}?\b${PROMO}\b|\b${PROMO}\b[^.;]{0,40}?\b(?:will|shall)\s+(?:be\s+)?(?:run|air|appear|displayed|placed|served|delivered|broadcast)\b`,
  'i',
);
const PROMO_WORD = new RegExp(String.raw`\b${PROMO}\b`, 'i');
// Work made to order or technology made or passed, beside any promotion.
const MADE =
  /\b(?:deliverables?|work\s+product|works?\s+(?:made\s+)?for\s+hire|source\s+code|object\s+code|inventions?|prototypes?|research|statements?\s+of\s+work|engineering\s+(?:services|work)|custom(?:ised|ized)?\s+(?:software|development)|improvements?|enhancements?|derivative\s+works?)\b/i;
const DEVELOP = /\b(?:co-?)?develop(?:s|ed|ing|ment)?\b/i;
// A signature block, whose titles ("Title: Director, Business Development") name no work.
const SIGNER = /\b(?:By|Title|Its|Name)\s*:/;

/** Whether the deal buys the placing of promotions and makes nothing else to order. */
export function buysPromotion(sentences: readonly Sentence[]): boolean {
  let placed = 0;
  for (const s of sentences) {
    if (SIGNER.test(s.text)) continue;
    if (MADE.test(s.text)) return false;
    // "Promotions … as they are developed" develops the advertising itself; any other development is work.
    if (DEVELOP.test(s.text) && !PROMO_WORD.test(s.text)) return false;
    if (PLACES.test(s.text)) placed++;
  }
  return placed >= 2;
}
