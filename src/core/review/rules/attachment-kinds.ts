// Attachments named by their kind, in the plural: "the rates set out in Rate Appendices agreed from
// time to time", "the Work Schedules the parties sign". The words name a series of documents the
// parties will add, as "Exhibit A" names one; there is nothing to define. One attachment so named
// ("the Payment Schedule") is still a term the draft should attach or define.

/** The plural of an attachment's label, ending a phrase of two or three words. */
const KIND_PLURAL = /^[A-Z][\w-]{1,30}(?: [A-Z][\w-]{1,30})? (?:Appendices|Appendixes|Schedules|Exhibits|Annexes|Attachments|Addenda|Addendums|Supplements)$/;

/** The capitalised phrase (single-spaced) names attachments of one kind. */
export function attachmentKind(phrase: string): boolean {
  return KIND_PLURAL.test(phrase);
}
