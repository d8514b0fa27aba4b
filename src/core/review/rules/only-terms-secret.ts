import type { ReviewContext } from '../context';
import { inHeading } from './text';

// A sentence that binds someone to secrecy.
const SECRECY = /confidential|\bsecre[ct]|保密|秘密|机密/i;
// What it keeps secret is the agreement itself: "the terms of this Agreement", 本协议内容, 本合同的条款.
const OWN_TERMS =
  /\b(?:the\s+)?(?:terms|contents?|existence|provisions)\s+(?:and\s+conditions\s+)?of\s+this\s+(?:agreement|contract)\b|本(?:协议|合同)的?(?:内容|条款|约定|存在)/gi;
// Anything one side hands the other: information, materials, data, samples, know-how.
const HANDED = /information|materials?|\bdata\b|documents?|know-how|samples?|信息|资料|数据|文件|样品|技术|图纸|软件/i;

/**
 * The only secrecy the agreement asks for is of its own terms ("each party keeps the terms of this
 * Agreement confidential", 双方对本协议内容保守秘密): nothing confidential is handed over, so there is
 * nothing to return or destroy at the end.
 */
export function onlyTermsSecret(ctx: ReviewContext): boolean {
  const secret = ctx.sentences.filter((s) => SECRECY.test(s.text) && !inHeading(ctx, s));
  return secret.length > 0 && secret.every((s) => s.text.replace(OWN_TERMS, ' ') !== s.text && !HANDED.test(s.text.replace(OWN_TERMS, ' ')));
}
