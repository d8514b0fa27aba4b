import type { Evidence } from '../../findings';
import type { Rule } from '../context';
import { finding } from './finding';
import { ourSide, partyRefs } from './side';
import { zhPartyRefs } from '../zh/side';
import { quote } from './text';

// "may terminate ... if the default is cured within 30 days": the condition says the breach is put
// right, so as written a cure is the ground for ending, and the breaching party has no cure at all.
// "is not cured" never matches: the negation sits between the verb and "cured".
const EN = /\b(?:is|are|has\s+been|have\s+been)\s+(?:cured|remedied|corrected)\s+(?:in\s+full\s+)?within\s+[^.;]{0,60}?\bdays\b/i;
const EN_END = /\bterminat/i;
// The usual wordings that make a cure stop the ending, read right: "unless", "shall not take effect".
const EN_RIGHT = /\b(?:unless|except|until|not\s+take\s+effect|shall\s+not\s+terminate|may\s+not\s+terminate|(?:be\s+)?(?:deemed\s+)?(?:withdrawn|revoked|void|rescinded))\b/i;
const EN_FAIL = /\b(?:fails?|failure|breach(?:es)?|defaults?|is\s+in\s+(?:breach|default))\b/i;
const ZH_FAIL = /未能|疏忽|违反|违约|不履行/;
// "在书面通知后30日内得到纠正，则…可以终止": the same slip in Chinese. "内未得到纠正" does not match.
const ZH = /(?:日|天)(?:以)?内(?:得到|已经|已|予以)?(?:纠正|补救|改正|消除)[，,]?\s{0,2}(?:则|那么)?[^。；]{0,40}?(?:可以|有权|可)[^。；]{0,20}?(?:终止|解除)/;

/**
 * A termination clause whose cure condition is reversed: the other side may end the licence if our
 * default "is cured" within the period. Read as written, we get no cure, and a court may have to
 * guess what was meant; raised for the side whose breach the clause speaks of, when that is ours.
 */
export const cureReversed: Rule = (ctx) => {
  const ours = ourSide(ctx);
  if (!ours || ctx.scenario !== 'technology-license') return [];
  const evidence: Evidence[] = [];
  for (const s of ctx.sentences) {
    const en = EN.exec(s.text);
    const zh = en ? null : ZH.exec(s.text);
    const m = en ?? zh;
    if (!m) continue;
    if (en && (!EN_END.test(s.text) || EN_RIGHT.test(s.text))) continue;
    // The breaching party: the subject of the failure, named just before it ("If the Licensee fails",
    // "如果用户未能"); a party the duty is owed to, named after, is not it.
    const fail = (en ? EN_FAIL : ZH_FAIL).exec(s.text.slice(0, m.index));
    if (!fail) continue;
    const lead = s.text.slice(Math.max(0, fail.index - 40), fail.index);
    const refs = en ? partyRefs(ctx, lead) : zhPartyRefs(ctx, lead);
    if (refs[refs.length - 1]?.side === ours) evidence.push(quote(s, m.index, m.index + m[0].length));
  }
  if (evidence.length === 0) return [];
  return [finding(ctx, { rule: 'one-sided.cure-reversed', topic: 'background-license', severity: 'medium', kind: 'one-sided', evidence })];
};
