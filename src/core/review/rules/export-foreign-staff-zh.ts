import type { ReviewContext } from '../context';
import { zhPartyBefore } from '../zh/side';
import type { Side } from './side';
import { inHeading, zhHits, type Hit } from './text';

// People barred by nationality in a Chinese draft: 外国人员, 外国国民, 外籍员工, 非美国公民, or release to them at
// home treated as an export (视同出口, 被视为出口).
const FOREIGN = /外国(?:籍)?(?:人员|国民|公民|人士|个人|员工|雇员)|外籍(?:人员|人士|员工|雇员|工程师)|非美国(?:公民|国民|人员|人士)|(?:视同|视为|被视为)(?:再)?出口/g;
// The same, for blanking them out of a sentence (its own object: FOREIGN's lastIndex is in use while we look).
const FOREIGN_ALL = new RegExp(FOREIGN.source, 'g');
// In a Chinese contract 外国人员, 外籍员工 are people who are not Chinese: foreign to our side only where the
// bar is the US export law's (美国, EAR, or export control not named as China's own: 《中华人民共和国出口管制法》,
// 我国出口管制 make 外国人员 people who are not Chinese).
const FOREIGN_TO_CHINA = /^(?:外国|外籍)/;
const US_EXPORT = /美国|\bEAR\b|出口管制(?<!(?:中国|中华人民共和国|我国|国家)的?《?出口管制)/;
// Something passes to them: 披露, 提供, 转让, (再)出口, 接触, 访问, 获取, 传输, 告知.
const PASSES = /披露|提供|转让|出口|接触|访问|获取|传输|告知|泄露|使用/;
// Barred, or only with a government's leave: 不得, 禁止, 严禁, 未经…许可/批准/授权.
const BARRED = /不得|禁止|严禁|不应|未经[^。；]{0,30}?(?:许可|批准|授权|同意)/;
// The company's own people: 员工, 雇员, 工作人员, 工程师, 技术人员, read outside the foreign person itself
// (外籍员工 names the foreigner, not our staff); or a release at home deemed an export, which reaches them.
const OWN_STAFF = /员工|雇员|工作人员|工程师|技术人员/;
const DEEMED = /(?:视同|视为)(?:再)?出口/;
const namesOwnStaff = (text: string): boolean => DEEMED.test(text) || OWN_STAFF.test(text.replace(FOREIGN_ALL, '、'));
// Restating the law: 违反…出口管制法律, 法律允许的除外, 依法取得所需许可, 遵守…出口管制. Most technology may go to
// Chinese nationals with no licence, so such words bar nothing.
const BY_LAW = /违反[^。；]{0,40}?(?:法律|法规|条例|规定)|(?:法律|法规)[^。；]{0,10}?(?:允许|许可|准许)的除外|依法(?:取得|获得|申请)|遵守[^。；]{0,40}?(?:出口管制|法律|法规)|(?:所需|必要|必需)的(?:出口)?(?:许可|批准)/;

/**
 * The Chinese wording of the export bar on foreign nationals that binds our side (the subject of the
 * bar is ours, each side, or no one named), where it is the US law's: our company is Chinese, so nearly
 * every engineer we have is a foreign national under such words. Quiet where it only restates the law,
 * unless it names our own staff.
 */
export function zhForeignBars(ctx: ReviewContext, us: Side): Hit[] {
  return zhHits(ctx, FOREIGN, (h) => {
    const text = h.sentence.text;
    const bar = BARRED.exec(text);
    if (FOREIGN_TO_CHINA.test(h.text) && !US_EXPORT.test(text)) return false;
    if (!bar || inHeading(ctx, h.sentence) || !PASSES.test(text) || (BY_LAW.test(text) && !namesOwnStaff(text))) return false;
    const bound = zhPartyBefore(ctx, text, bar.index)?.side;
    return bound === undefined || bound === us || bound === 'both';
  });
}

/** The Chinese bar names our own staff. */
export function zhOwnStaff(h: Hit): boolean {
  return namesOwnStaff(h.sentence.text);
}
