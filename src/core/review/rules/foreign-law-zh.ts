// A Chinese draft that puts our Chinese company under a foreign law: "本合同适用德国法律", or the other
// side's own law left as a blank to fill in ("根据＿＿（甲方国名）的现行法律…仲裁"). The Law on the
// Application of Laws to Foreign-Related Civil Relations (art. 41) lets the parties choose, so the choice
// holds: we would argue our duties under a law our counsel does not practise, while PRC mandatory rules
// (the Civil Code's technology-contract chapter, the rules on technology imports) apply to us anyway.
import type { Rule } from '../context';
import { countryIn, ourCountry } from '../places';
import { chineseSentences } from '../zh/cjk';
import { zhPartyRefs } from '../zh/side';
import { ourSide } from './side';
import { finding } from './finding';

// Their country as a blank the form leaves for it: "（甲方国名）", "（乙方所在国）".
const THEIR_COUNTRY_BLANK = /[（(](甲方|乙方)(?:所在)?国(?:名|别|家)?[)）]/;
// Hong Kong and Macau law are a Chinese company's neighbours' law, often chosen as neutral: not raised.
const NOT_FOREIGN = new Set(['CN', 'HK', 'MO']);

export const foreignLawZh: Rule = (ctx) => {
  if (!ctx.role || (ourCountry(ctx) ?? 'CN') !== 'CN') return [];
  const law = ctx.topics['governing-law'].evidence;
  const chinese = chineseSentences(ctx.sentences);
  if (law.length === 0 || chinese.size * 2 < ctx.sentences.length) return [];
  const ours = ourSide(ctx);
  const blank = law.find((e) => {
    const m = THEIR_COUNTRY_BLANK.exec(e.text);
    const side = m ? zhPartyRefs(ctx, m[1]!)[0]?.side : undefined;
    return side !== undefined && ours !== undefined && side !== ours && side !== 'both';
  });
  // The country named just before 法律 is the law's; a seat or court named elsewhere is another point.
  const named = law.find((e) =>
    [...e.text.matchAll(/法律/g)].some((m) => {
      const country = countryIn(e.text.slice(Math.max(0, m.index - 16), m.index));
      return country !== undefined && !NOT_FOREIGN.has(country);
    }),
  );
  const at = named ?? blank;
  if (!at) return [];
  return [
    finding(ctx, {
      rule: 'one-sided.foreign-law',
      topic: 'governing-law',
      severity: 'medium',
      kind: 'one-sided',
      fixClause: 'governing-law',
      evidence: [at],
    }),
  ];
};
