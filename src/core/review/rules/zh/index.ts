import type { ReviewContext, Rule } from '../../context';
import { chineseSentences } from '../../zh/cjk';
import type { RuleEntry } from '../entry';
import { assignmentZh } from './assignment';
import { competeBanZh } from './compete-ban';
import { freeFeedbackZh } from './free-feedback';
import { improvementBanZh } from './improvement-ban';
import { jointOwnershipZh } from './joint-ownership';
import { licenceEndZh } from './licence-end';
import { licenceLapseZh } from './licence-lapse';
import { lockedResultsZh } from './locked-results';
import { markedOnlyZh } from './marked-only';
import { residualsZh } from './residuals';
import { shortConfidentialityZh } from './short-confidentiality';
import { chinaTerritoryZh, territoryUndefinedZh } from './territory';

/** The Chinese reading of a rule, by the first finding rule id of the rule it joins. */
const CHINESE: Partial<Record<string, Rule>> = {
  'ambiguous.joint-ownership': jointOwnershipZh,
  'ambiguous.territory-undefined': territoryUndefinedZh,
  'ambiguous.china-territory': chinaTerritoryZh,
  'one-sided.residuals': residualsZh,
  'one-sided.locked-results': lockedResultsZh,
  'one-sided.free-feedback': freeFeedbackZh,
  'one-sided.assignment': assignmentZh,
  'one-sided.compete-ban': competeBanZh,
  'one-sided.improvement-ban': improvementBanZh,
  'one-sided.short-confidentiality': shortConfidentialityZh,
  'one-sided.marked-only': markedOnlyZh,
  'one-sided.licence-end': licenceEndZh,
  'one-sided.licence-lapse': licenceLapseZh,
};

/** Whether the draft has Chinese in it: asked once per review, not once per rule. */
function hasChinese(ctx: ReviewContext): boolean {
  return chineseSentences(ctx.sentences).size > 0;
}

/**
 * Each rule with a Chinese reading runs it too, under the same ids, so switching a rule off
 * switches off both languages. A rule already finding in English does not report twice: the
 * Chinese reading adds a finding only where the English one found nothing.
 */
export function withChinese(entries: readonly RuleEntry[]): RuleEntry[] {
  return entries.map((entry) => {
    const zh = CHINESE[entry.rules[0]!.id];
    if (!zh) return entry;
    return {
      ...entry,
      check: (ctx) => {
        const en = entry.check(ctx);
        return en.length > 0 || !hasChinese(ctx) ? en : zh(ctx);
      },
    };
  });
}
