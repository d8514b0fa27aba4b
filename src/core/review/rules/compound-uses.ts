// An abbreviation used only as part of a compound ("Fund/SERV-DCCS processing", "an NSCC-eligible
// account"): the word reader takes the compound as one word, but the abbreviation is used there.
import type { Definition, ReviewContext } from '../context';
import { escapeRegExp } from '../../regex-escape';

/** An abbreviation in capitals: "DCCS", "NSCC", "TD1". */
const ABBREVIATION = /^[A-Z][A-Z0-9]{1,9}$/;

/**
 * The abbreviation written joined to another word by a hyphen or a slash, in capitals as defined,
 * outside its own definition.
 */
export function usedInCompound(ctx: ReviewContext, term: string, defs: readonly Definition[]): boolean {
  if (!ABBREVIATION.test(term)) return false;
  const t = escapeRegExp(term);
  const joined = new RegExp(String.raw`(?:[A-Za-z0-9][-/]${t}(?![A-Za-z0-9])|(?<![A-Za-z0-9])${t}[-/][A-Za-z0-9])`, 'g');
  for (const s of ctx.sentences) {
    if (!s.text.includes(term)) continue;
    joined.lastIndex = 0;
    for (let m = joined.exec(s.text); m; m = joined.exec(s.text)) {
      const at = s.start + m.index;
      if (!defs.some((d) => d.term === term && d.paragraph === s.paragraph && at >= d.start - 2 && at <= d.end)) return true;
    }
  }
  return false;
}
