import type { Rule } from '../context';
import { finding } from './finding';
import { weReceive } from './flow';
import { groupedEvidence, hits, substantive } from './text';

// China named as a place the information may not go: "transmit ... the technical data received
// pursuant hereto ... to Afghanistan, People's Republic of China, or any other Country Group ...
// country", "shall not export ... to the PRC". Not the law of China named as one to comply with.
const TO_CHINA = /\bto\s+(?:[\w'’.-]+,?\s+){0,8}?(?:the\s+)?(?:People['’]s\s+Republic\s+of\s+China|PRC|China)\b/gi;
const SENDS = /\b(?:export\w*|re-?export\w*|transmit\w*|ship\w*|transfer\w*|send\w*|deliver\w*)\b/i;
// The sending is barred, or needs a foreign government's leave.
const BARRED = /\b(?:not|never|no|prohibit\w*|forbid\w*|without\s+(?:first\s+)?(?:obtaining\s+)?(?:the\s+)?(?:prior\s+)?(?:written\s+)?(?:authori[sz]ation|licen[cs]es?|approval|permission|consent))\b/i;

/**
 * We receive their technical information, and an export clause bars sending it, or what is made with
 * it, to China without a foreign licence: our group's engineers who are to evaluate it cannot lawfully
 * see it at home, whichever of its companies signs. Old forms list China among embargoed destinations.
 */
export const exportBarsChina: Rule = (ctx) => {
  if (ctx.scenario !== 'pre-deal-disclosure' || !weReceive(ctx)) return [];
  const found = hits(ctx, TO_CHINA, (h) => substantive(ctx, h.sentence) && SENDS.test(h.sentence.text) && BARRED.test(h.sentence.text));
  if (found.length === 0) return [];
  return [
    finding(ctx, {
      rule: 'one-sided.export-bars-china',
      topic: 'export-control',
      fixClause: 'export-control',
      severity: 'high',
      kind: 'one-sided',
      evidence: groupedEvidence(found),
    }),
  ];
};
