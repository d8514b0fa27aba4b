import type { Rule } from '../context';
import { limits } from './liability-words';
import { ourSide } from './side';
import { oneWayCapFinding, oneWayCapZh } from './zh/one-way-cap';

const NOT_HERE: ReadonlySet<string> = new Set(['pre-deal-disclosure', 'sample-testing']);

/**
 * "Licensor's total liability shall not exceed the fees paid", with nothing capping ours: what they
 * owe us has a ceiling and what we owe them (an indemnity, a breach of the licence) has none. Quiet
 * where any cap reaches us, both sides or no one named, and where a full exclusion names us or both (one
 * naming no one is most often a component's own notice, its authors excused); an exclusion of indirect loss alone leaves our direct loss unbounded, so it does not quiet it. A heading
 * ("Limitation of Liability") limits nothing by itself. Chinese drafts are read by oneWayCapZh.
 */
export const oneWayCap: Rule = (ctx) => {
  const zh = oneWayCapZh(ctx);
  if (zh.length > 0) return zh;
  const ours = ourSide(ctx);
  // As for a one-way exclusion: an NDA's limits are weighed by leak-damages.ts, and a free evaluation
  // pays for nothing the other side's cap could take from us.
  if (!ours || NOT_HERE.has(ctx.scenario ?? '')) return [];
  const read = limits(ctx).filter((l) => !l.heading);
  const caps = read.filter((l) => l.kind === 'cap');
  if (caps.length === 0 || read.some((l) => (l.kind === 'cap' ? l.side === undefined || l.side === ours || l.side === 'both' : !l.indirect && (l.side === ours || l.side === 'both')))) return [];
  return [oneWayCapFinding(ctx, caps.map((l) => l.hit))];
};
