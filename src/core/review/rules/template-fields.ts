// A template's field left unset: a bracket holding a variable's name, not words ("[ConfPeriod]",
// "[Dispute.Law.cl]", "[9.Xnum]"). A name of that shape, joined by dots or with capitals inside it, is
// no place or period anyone proposes ("[England and Wales]", "[Delaware]" still are), so it is a blank.

/** The bracket's text in full: dotted names, a number dotted to a name, or capitals inside a run of letters. */
export const TEMPLATE_FIELD = /^\[(?:[A-Za-z]\w{0,30}(?:\.[\w,]{1,20}){1,4}|\d{1,3}\.[A-Za-z]\w{0,20}|[A-Z]?[a-z]{1,20}(?:[A-Z][a-z\d]{0,20}){1,5})\]$/;

/** The same, to put inside a larger pattern (source text, no anchors). */
export const TEMPLATE_FIELD_SOURCE = String.raw`\[(?:[A-Za-z]\w{0,30}(?:\.[\w,]{1,20}){1,4}|\d{1,3}\.[A-Za-z]\w{0,20}|[A-Z]?[a-z]{1,20}(?:[A-Z][a-z\d]{0,20}){1,5})\]`;
