import type { Rule } from '../context';
import { ZH_SLIPS } from '../zh/slips';
import { draftingFinding } from './drafting';
import { listOf } from './finding';
import { groupedEvidence, zhHits } from './text';

/** Every listed slip, each behind the characters that make it two words instead. */
const SLIP = new RegExp(ZH_SLIPS.map((s) => (s.notAfter ? `(?<![${s.notAfter}])` : '') + s.wrong).join('|'), 'g');

/** A Chinese typing slip a proofreader would mark: 钟裁 for 仲裁, 面分之 for 百分之. */
export const zhSlips: Rule = (ctx) => {
  const found = zhHits(ctx, SLIP);
  if (found.length === 0) return [];
  const seen = [...new Set(found.map((h) => h.text))];
  const slips = seen.map((w) => `${w} → ${ZH_SLIPS.find((s) => s.wrong === w)!.right}`);
  return draftingFinding(ctx, 'drafting.zh-slip', groupedEvidence(found), { count: found.length, slips: listOf(slips) }, 'low');
};
