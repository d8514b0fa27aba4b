// A broadcaster named where it broadcasts: "a tournament televised by Golf Channel", "a Golf
// Channel televised event". The name of a channel or network is no defined term, though it is
// capitalised and used more than once.
import type { ReviewContext } from '../context';
import { escapeRegExp } from '../../regex-escape';

/** A name that ends in a broadcaster's kind: "Golf Channel", "Fox Sports Network". */
const BROADCASTER = /\s(?:Channel|Network|Television|TV|Radio)$/;
/** Broadcasting words, next to the name on either side. */
const BROADCAST = /\b(?:televised|telecast|broadcast|aired|airs|carried|shown)\b/i;

/** The phrase names a channel or network, and some use of it stands beside a broadcasting word. */
export function broadcasterName(ctx: ReviewContext, phrase: string): boolean {
  if (!BROADCASTER.test(phrase)) return false;
  const name = new RegExp(escapeRegExp(phrase).replace(/ /g, String.raw`\s{1,24}`), 'g');
  for (const s of ctx.sentences) {
    name.lastIndex = 0;
    for (let m = name.exec(s.text); m; m = name.exec(s.text)) {
      const around = `${s.text.slice(Math.max(0, m.index - 20), m.index)} ${s.text.slice(m.index + m[0].length, m.index + m[0].length + 16)}`;
      if (BROADCAST.test(around)) return true;
    }
  }
  return false;
}
