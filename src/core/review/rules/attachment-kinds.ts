// Attachments named by their kind, in the plural: "the rates set out in Rate Appendices agreed from
// time to time", "the Work Schedules the parties sign". The words name a series of documents the
// parties will add, as "Exhibit A" names one; there is nothing to define. One attachment so named
// ("the Payment Schedule") is still a term the draft should attach or define.

/** The plural of an attachment's label. */
const KIND_PLURAL = new Set(['Appendices', 'Appendixes', 'Schedules', 'Exhibits', 'Annexes', 'Attachments', 'Addenda', 'Addendums', 'Supplements']);

/** The capitalised phrase (single-spaced) of two or three words ends in the plural of an attachment's label. */
export function attachmentKind(phrase: string): boolean {
  const words = phrase.split(' ');
  return words.length >= 2 && words.length <= 3 && KIND_PLURAL.has(words[words.length - 1]!) && words.every((w) => /^[A-Z]/.test(w));
}
