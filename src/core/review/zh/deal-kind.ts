import type { ReviewContext } from '../context';
import { perReview } from '../per-review';
import { chineseTitle } from './scenario';

/**
 * The kind of contract a Chinese draft is, as the Civil Code names it: the technology contracts of
 * chapter 20 (技术开发, 技术转让, 技术许可, 技术咨询, 技术服务) and the work contract of chapter 17
 * (承揽: goods made or processed to the customer's requirements). The kind decides what the law
 * already settles: a consultant or service provider keeps the new results it makes (art. 885), and a
 * customer that has goods made to its drawings takes the goods, not the maker's technology (art. 770).
 */
export type ZhDealKind = 'development' | 'transfer' | 'consulting' | 'service' | 'work-made';

// Most specific first: 技术开发 before 服务 (a development contract may name its 技术服务 support).
const TITLE_KINDS: readonly [ZhDealKind, RegExp][] = [
  ['development', /开发|研发|研制/],
  ['transfer', /转让|许可/],
  ['consulting', /技术咨询|咨询服务|顾问/],
  ['service', /技术服务|技术培训/],
  ['work-made', /承揽|加工|定作|代工|来料/],
];

// The parties' names for each other in the body: 委托方 against 顾问方, 定作方 against 承揽方.
const ROLE_KINDS: readonly [ZhDealKind, RegExp][] = [
  ['consulting', /顾问方/],
  ['work-made', /定作[方人]/],
];

export const zhDealKind = perReview((ctx: ReviewContext): ZhDealKind | undefined => {
  const title = chineseTitle(ctx.doc);
  const byTitle = title === undefined ? undefined : TITLE_KINDS.find(([, re]) => re.test(title))?.[0];
  if (byTitle) return byTitle;
  // Without a title that names the kind, a role word only that kind uses names it.
  const text = ctx.sentences.slice(0, 60).map((s) => s.text).join('\n');
  return ROLE_KINDS.find(([, re]) => re.test(text))?.[0];
});
