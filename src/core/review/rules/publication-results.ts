import type { Rule } from '../context';
import { finding } from './finding';
import { weDisclose } from './flow';
import { partyRightAfter, verdict } from './side';
import { groupedEvidence, hits } from './text';

// The review right before a publication: remove or redact confidential information.
const REMOVAL = /\b(?:remov|delet|redact|excis)\w*\b[^.;]{0,120}?\b(?:confidential|proprietary)\b/i;
// … except the results: "(excluding Research results)", "other than the Study Data".
const RESULTS_EXCEPTED =
  /\b(?:excluding|other\s+than|except(?:\s+for)?|but\s+not(?:\s+including)?|save\s+for)\s+(?:the\s+|any\s+)?(?:[A-Z][\w-]*\s+){0,2}(?:research\s+|study\s+|test\s+|clinical\s+)?(?:results|data|findings)\b/gi;
const PUBLISHING = /\bpublic\w*|\bpublish\w*|\bmanuscript|\babstract|\bpresentation/i;
const OWNER = /\binformation\s+of\s+/gi;

/**
 * We may have our information taken out of the other side's paper, but not the results: results that
 * carry our know-how, or are the invention we mean to patent, can go out as they are.
 */
export const publicationResults: Rule = (ctx) => {
  if (!weDisclose(ctx)) return [];
  const found = hits(ctx, RESULTS_EXCEPTED, (h) => {
    const text = h.sentence.text;
    if (!REMOVAL.test(text) || !PUBLISHING.test(text)) return false;
    // Whose information may be removed: ours, or left unsaid.
    OWNER.lastIndex = 0;
    const of = OWNER.exec(text);
    const owner = of ? partyRightAfter(ctx, text, of.index + of[0].length) : undefined;
    return verdict(ctx, owner?.side) !== 'against';
  });
  if (found.length === 0) return [];
  return [finding(ctx, { rule: 'one-sided.publication-results', topic: 'publication', severity: 'medium', kind: 'one-sided', evidence: groupedEvidence(found) })];
};
