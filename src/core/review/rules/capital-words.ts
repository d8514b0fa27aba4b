// Capitalised words that are not defined terms: documents, law, places, time, institutions. Shared by
// the undefined-term rule and its near-miss readers.

/** Words capitalised for reasons other than definition: documents, law, places, time, institutions. */
export const COMMON = new Set(
  (
    'Agreement Agreements Party Parties Section Sections Article Articles Exhibit Exhibits Schedule Schedules Appendix Annex Attachment Clause Clauses Paragraph Recitals Preamble ' +
    'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday ' +
    'State States United Kingdom Commonwealth Republic People Province County City Court Courts Federal Government Internet Web Act Code Rules Regulations Securities Exchange Commission ' +
    'Board Directors Chapter Title Bankruptcy God Incorporation Bylaws Dollars Euro Euros Chairman President Officer Director Manager Secretary Treasurer Chief Executive Vice ' +
    'Company Corporation Inc Ltd Limited English Chinese Party\'s Agreement\'s Witness Whereof Now Therefore Incoterms ' +
    // Pronouns a plain-language draft capitalises ("paid to Us").
    'We Us Our You Your'
  ).split(/\s+/),
);
export const PLACES =
  /^(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New\s+\w+|North\s+\w+|South\s+\w+|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode\s+Island|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West\s+Virginia|Wisconsin|Wyoming|America|Canada|Mexico|China|Japan|Korea|India|Germany|France|Italy|Spain|England|Wales|Scotland|Ireland|Europe|Asia|Singapore|Hong\s+Kong|Taiwan|Macau|Israel|Switzerland|Netherlands|Sweden|Australia|Brazil)$/;
/**
 * Names of laws, bodies and states: "the Securities Act", "the Arbitration Rules", "the Macau Special
 * Administrative Region", "the Department of Health", "the Federal Reserve Board".
 */
export const INSTITUTION = /\b(?:Act|Code|Law|Laws|Regulations?|Rules|Convention|Treaty|Directive|Office|Bureau|Association|Institute|Initiative|Foundation|Consortium|Society|University|Bank|Council|Ministry|Administration|Agency|Authority|Centre|Center|Corporation|Organization|Organisation|Region|Republic|Kingdom|Nations|Commission|Exchange|League|Federation|Court|Tribunal|Department|Treasury|Reserve|Board)$/;
/**
 * Titles of licensed professions and of officers, capitalised as titles: "such Certified Public
 * Accountant", "the Chief Financial Officer of the Company".
 */
export const PROFESSION = /^(?:Certified\s+Public|Chartered|Registered\s+Public)\s+Accountants?$|^Notary\s+Public$|^Chief\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+Officers?$/;
/** The post and the couriers a notices clause names: "the United States Mail", "by Express Mail", "Federal Express". */
export const CARRIER = /^(?:(?:United\s+States|Royal|Canada)\s+)?(?:(?:Express|Priority|First[- ]Class|Certified|Registered|Overnight)\s+)?(?:Mail|Post|Postal\s+Service)$|^Federal\s+Express$/;
/** Rest of a phrase after a defined term that does not make a new term: "the Licensed Products Schedule". */
export const DOCUMENT_WORD = /^(?:Schedules?|Exhibits?|Annex(?:es)?|Appendix|Attachments?|Agreements?|Sections?|Clauses?|Articles?|List|Form)$/;
/** A word that says what kind of name it ends: "Act", "Agreement", "Court". */
export function generic(word: string): boolean {
  const w = word.charAt(0).toUpperCase() + word.slice(1);
  return COMMON.has(w) || DOCUMENT_WORD.test(w) || INSTITUTION.test(w);
}
