import type { Rule } from '../context';
import { EN_REPEALED, type RepealedLaw, ZH_REPEALED } from '../zh/repealed-laws';
import { draftingFinding } from './drafting';
import { listOf } from './finding';
import { groupedEvidence, hits, type Hit, zhHits } from './text';

const ZH_NAMES = ZH_REPEALED.map((l) => l.name).join('|');
/**
 * In 《》, with or without the state's name; after the state's name; or bare after a word of applying
 * (按技术合同法第四十六条, 按合同法规定). Each form starts the name where it starts: 《劳动合同法》 is another law.
 */
const ZH_CITED = new RegExp(
  `《(?:中华人民共和国)?(${ZH_NAMES})》|中华人民共和国(${ZH_NAMES})(?![律规])|(?<=[按依照据用及和、与])(${ZH_NAMES})(?=第|实施条例|的?规定|之规定)`,
  'g',
);
const EN_CITED = /\b(?:Data Protection Act,? 1998|Directive 95\/46\/EC)\b/g;

/** A sentence that tells the law's history (a repeal, an old contract made under it) cites it as no basis. */
const ZH_HISTORY = /废止|失效|[施实]行前|生效前|[施实]行之前|生效之前|已被/;
const ZH_FORMER = /[原前](?:根据|依据|按照)?$/;
const EN_HISTORY = /\b(?:repeal|supersed|replac|formerly|predecessor)/i;

/** A statute the draft cites as its basis that no longer stands: 《合同法》 after the Civil Code. */
export const repealedLaw: Rule = (ctx) => {
  const governing = (history: RegExp) => (h: Hit) =>
    !history.test(h.sentence.text) && !ZH_FORMER.test(h.sentence.text.slice(Math.max(0, h.index - 3), h.index));
  const found = [
    ...zhHits(ctx, ZH_CITED, governing(ZH_HISTORY)).map((h) => ({ h, law: ZH_REPEALED.find((l) => l.name === (h.match[1] ?? h.match[2] ?? h.match[3]))! })),
    ...hits(ctx, EN_CITED, governing(EN_HISTORY)).map((h) => ({ h, law: EN_REPEALED.find((l) => l.name === h.text.replace(',', ''))! })),
  ].filter(({ law }) => !nowCited(ctx.sentences, law));
  if (found.length === 0) return [];
  const laws = [...new Set(found.map(({ law }) => `${law.cited} → ${law.now}`))];
  return draftingFinding(ctx, 'drafting.repealed-law', groupedEvidence(found.map(({ h }) => h)), { count: found.length, laws: listOf(laws) }, 'low');
};

/** Where the law now in force is cited too, the old one is a transition or history, not the draft's basis. */
function nowCited(sentences: readonly { text: string }[], law: RepealedLaw): boolean {
  return sentences.some((s) => law.nowCited.test(s.text));
}
