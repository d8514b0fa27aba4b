import type { ReviewContext } from '../context';
import { partyIntroductions } from '../places';
import { ourSide, partyRefs } from './side';

const CHINA = /\b(?:People['’]s\s+Republic\s+of\s+China|PRC|China|Chinese)\b|中华人民共和国|中国/;

/**
 * Whether PRC technology-contract law is likely to govern: the governing-law clause names China, or
 * the other side is established there (a deal with a Chinese counterparty is usually made under PRC
 * law, and PRC courts apply its mandatory rules on technology contracts).
 */
export function underPrcLaw(ctx: ReviewContext): boolean {
  if (ctx.topics['governing-law'].evidence.some((e) => CHINA.test(e.text))) return true;
  const ours = ourSide(ctx);
  const intros = partyIntroductions(ctx.sentences, ctx.parties.map((p) => p.name));
  return ctx.parties.some((p, i) => {
    const side = partyRefs(ctx, p.shortName ?? p.name)[0]?.side;
    return side !== undefined && side !== 'both' && side !== ours && CHINA.test(intros[i]!);
  });
}

type PrcNote = 'review.rule.note.prc-grant-back' | 'review.rule.note.prc-derived' | 'review.rule.note.prc-compete-ban';

/**
 * The PRC note, where PRC law is likely to govern: for a grant-back or a ban on improving the
 * technology (the default), what is derived from the discloser's information taken whoever makes it,
 * or a ban on developing competing technology.
 */
export function prcNote(ctx: ReviewContext, note: PrcNote = 'review.rule.note.prc-grant-back'): { note?: PrcNote } {
  return underPrcLaw(ctx) ? { note } : {};
}
