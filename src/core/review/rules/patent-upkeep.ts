import type { Rule } from '../context';
import { finding } from './finding';
import { ourSide, partyBefore } from './side';
import { groupedEvidence, hits } from './text';
import { anyMatching } from './sentence-gate';

// The owner decides alone whether its patents are kept: "at its sole option and discretion, shall
// file, prosecute and maintain", "the sole right … to abandon … without any obligation to inform".
const ALONE =
  /\b(?:sole|absolute)\s+(?:option|discretion|control|right)\b[^.;]{0,120}?\b(?:prosecut\w*|maint(?:ain|enance)\w*|abandon\w*)\b|\b(?:abandon\w*|discontinu\w*|lapse)\b[^.;]{0,160}?\bwithout\s+(?:any\s+)?(?:obligation\s+to\s+|need\s+to\s+|duty\s+to\s+)?(?:inform|notify|notice|consult)\w*/gi;
// Any promise to tell the licensee first: "shall notify the Licensee at least 60 days before abandoning".
const NOTICE = /\b(?:notify|notice|inform|consult|offer)\w*\b[^.;]{0,100}?\b(?:abandon\w*|lapse|discontinu\w*|ceas\w*\s+to\s+(?:prosecute|maintain|pay))|\b(?:abandon\w*|lapse|discontinu\w*)\b[^.;]{0,100}?\b(?:prior\s+written\s+notice|shall\s+(?:first\s+)?(?:notify|inform|offer))/i;
const WITHOUT_TELLING = /\bwithout\s+(?:any\s+)?(?:obligation|need|duty)/i;

/**
 * We take a licence under the other side's patents, and it may let them lapse or abandon them
 * without telling us: we lose protection we pay for, and the chance to keep the patents up ourselves.
 */
export const patentUpkeep: Rule = (ctx) => {
  if (ourSide(ctx) !== 'B' || ctx.scenario !== 'technology-license') return [];
  if (anyMatching(ctx.sentences, NOTICE, (s) => !WITHOUT_TELLING.test(s.text))) return [];
  const found = hits(ctx, ALONE, (h) => /\bpatent|\bintellectual\s+property\b/i.test(h.sentence.text) && partyBefore(ctx, h.sentence.text, h.index)?.side !== 'B');
  if (found.length === 0) return [];
  return [finding(ctx, { rule: 'one-sided.patent-upkeep', topic: 'patent-prosecution', severity: 'low', kind: 'one-sided', evidence: groupedEvidence(found) })];
};
