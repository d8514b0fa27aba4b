// A term defined by "hereinafter" without quotation marks: "(hereinafter referred to as the
// Distributor)", "hereinafter called the Licensee,", "(hereinafter Supplier)". Drafts from many
// places define their parties and things so; the words after "hereinafter" are the term as surely
// as a quoted one. The term is the capitalised words right after the phrase, and only where a
// bracket, comma or full stop closes it, so "as hereinafter provided" or "the Products hereinafter
// described" define nothing.

/** The phrase and the capitalised words after it; what closes them is checked apart. */
const HEREINAFTER =
  /(?:(\()\s{0,3})?\bhereinafter,?\s{1,3}(?:(?:collectively|individually|jointly|together|each|both)\s{1,3})?((?:referred\s{1,3}to|called|named|designated|known|defined)\s{1,3}(?:as\s{1,3})?)?(?:(?:the|an?|each\s{1,3}an?)\s{1,3})?([A-Z][\w&'’-]{0,40}(?:\s{1,3}(?:of\s{1,3}|for\s{1,3})?[A-Z][\w&'’-]{0,40}){0,5})/g;
/** A second name after "or" or "and" in the same bracket: "(hereinafter the Seller or Party A)". */
const ALSO = /^\s{1,3}(?:or|and)\s{1,3}(?:the\s{1,3})?([A-Z][\w&'’-]{0,40}(?:\s{1,3}[A-Z][\w&'’-]{0,40}){0,3})/;
/** What closes the term: a bracket, a comma, a semicolon, a full stop or a closing quote. */
const CLOSED = /^\s{0,3}(?:[),;.”"]|$)/;

/** Lower-case terms a sentence defines with "hereinafter" and no quotation marks. */
export function hereinafterTerms(text: string): string[] {
  if (!text.includes('ereinafter')) return [];
  const out: string[] = [];
  HEREINAFTER.lastIndex = 0;
  for (let m = HEREINAFTER.exec(text); m; m = HEREINAFTER.exec(text)) {
    // "(hereinafter Supplier)" needs its bracket; a verb ("called", "referred to as") defines alone.
    if (!m[1] && !m[2]) continue;
    const terms = [m[3]!];
    let rest = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
    const also = ALSO.exec(rest);
    if (also) {
      terms.push(also[1]!);
      rest = rest.slice(also[0].length);
    }
    if (!CLOSED.test(rest)) continue;
    for (const t of terms) {
      const term = t.replace(/\s+/g, ' ').toLowerCase();
      out.push(term);
      // "Party A's Product" is then "the Product" too, as a defined term is without its owner's name.
      const owned = /^[^']{1,40}['’]s (.+)$/.exec(term);
      if (owned) out.push(owned[1]!);
    }
  }
  return out;
}
