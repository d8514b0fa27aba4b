import { GAP, re, type TopicDetector } from './detector';

/** The disclosure boundary: confidentiality, purpose, no reverse engineering, no licence, residuals. */
export const DISCLOSURE_DETECTORS: TopicDetector[] = [
  {
    id: 'confidentiality',
    cue: /confiden|secre|non-?disclos|not\s+(?:to\s+)?(?:disclose|divulge|reveal)/i,
    deals: ({ text }) =>
      CONFIDENTIALITY.some((r) => r.test(text)),
  },
  {
    id: 'purpose-limitation',
    cue: /\buse|\bpurpose|benefit/i,
    deals: ({ text }) => PURPOSE.some((r) => r.test(text)),
  },
  {
    id: 'no-reverse-engineering',
    cue: /reverse|decompil|disassembl|analy[sz]|deconstruct|chemical|composition|derive/i,
    deals: ({ text }) => REVERSE.some((r) => r.test(text)),
  },
  {
    id: 'no-implied-license',
    cue: /licen[cs]|right|propert|implied|implication|title|ownership/i,
    deals: ({ text, heading, lead }) => NO_LICENCE.some((r) => r.test(text)) || RESERVED.test(`${heading}. ${text}`) || (lead !== undefined && LEAD_DENIES.test(lead) && ITEM_GRANTS.test(text)),
  },
  {
    id: 'residuals',
    cue: /residual|unaided\s+memor|memory|minds?\s+of/i,
    // "fees, residuals or other amounts" are payments; residual knowledge is about memory and know-how.
    deals: ({ text }) => RESIDUALS.some((r) => r.test(text)) && KNOWLEDGE.test(text),
  },
];

const CONFIDENTIALITY = [
  // "maintain the Software in the strictest confidence": the article is optional.
  re(String.raw`\b(?:keep|hold|maintain|treat|retain|protect)\b${GAP(100)}\b(?:confidential(?:ity)?|in\s+(?:the\s+)?(?:strict(?:est)?\s+)?(?:confidence|secrecy)|secret)\b`),
  re(String.raw`\b(?:shall|will|agrees?\s+to|must|undertakes?\s+to)\s+not\b${GAP(40)}\b(?:disclose|divulge|reveal|make\s+available|communicate)\b`),
  re(String.raw`\b(?:not|never)\s+(?:to\s+)?(?:disclose|divulge|reveal)\b${GAP(80)}\b(?:confidential|information|terms|proprietary)`),
  // "Neither Party shall, without the other Party's consent, disclose … any information designated as confidential".
  re(String.raw`\bneither\s+(?:party|[A-Z][\w-]*)\s+(?:shall|will|may)\b${GAP(80)}\b(?:disclose|divulge|reveal)\b${GAP(120)}\b(?:confidential|proprietary)\b`),
  re(String.raw`["“]Confidential\s+Information["”]\s+(?:shall\s+)?means?\b`),
  re(String.raw`\b(?:obligations?|duty|duties)\s+of\s+(?:confidentiality|non-?disclosure|secrecy)\b`),
  re(String.raw`\bconfidentiality\s+(?:obligations?|undertakings?|provisions?|restrictions?)\b`),
  // The duty in the passive: "The Information shall be kept confidential", "held in strict confidence".
  re(String.raw`\b(?:be|been|is|are)\s+(?:kept|held|maintained|treated)\s+(?:as\s+)?(?:strictly\s+|permanently\s+|absolutely\s+|and\s+)*(?:confidential|in\s+(?:strict(?:est)?\s+)?(?:confidence|secrecy)|secret)\b`),
  // An acknowledgement that binds: "all information provided is confidential and may not be used or disclosed".
  re(String.raw`\b(?:is|are)\s+(?:strictly\s+)?confidential\s+and\s+(?:may|shall|will|must)\s+not\s+be\s+(?:used|disclosed|divulged|revealed|copied)\b`),
  // A list of verbs after a time phrase: "shall not, at any time after closing, print, publish, divulge or
  // communicate … any trade secrets or other confidential information".
  re(String.raw`\b(?:shall|will|must)\s+not\b${GAP(80)}\b(?:divulge|disclose|reveal)\b${GAP(240)}\b(?:confidential|secret|proprietary)`),
];

// "use its best efforts to resume performance … only for the period" is an efforts duty, not a use limit.
const NOT_EFFORTS = String.raw`(?!\s+(?:its|their|all|his|her)?\s*(?:commercially\s+)?(?:reasonable|best|bests|diligent|good\s+faith)?\s*(?:efforts|endeavou?rs))`;
const PURPOSE = [
  // "use the Confidential Information solely for the Purpose", "used only in connection with"
  re(String.raw`\bus(?:e|ed|ing)\b${NOT_EFFORTS}${GAP(140)}\b(?:solely|only|exclusively|strictly)\s+(?:for|in\s+connection\s+with|in\s+relation\s+to|to\b|as\s+(?:necessary|required|needed)|with\s+respect\s+to|in\s+furtherance|within|on\s+behalf)`),
  // "shall not use … for any purpose other than / except"
  re(String.raw`\b(?:not|no|nor|never)\b${GAP(120)}\bus(?:e|ed|ing)\b${GAP(160)}\b(?:other\s+than|except|save\s+for|apart\s+from|for\s+(?:any|its\s+own|their\s+own)\s+(?:other\s+|commercial\s+|competitive\s+)?(?:purpose|benefit)|for\s+any\s+reason|to\s+(?:the\s+)?(?:detriment|disadvantage|competitive))`),
  // "shall not, at any time after closing, divulge … or use for his or their own account any … information"
  re(String.raw`\b(?:not|nor|never)\b${GAP(200)}\bus(?:e|ed|ing)\s+(?:it\s+|them\s+|such\s+\w+\s+)?for\s+(?:its|his|her|their)(?:\s+or\s+(?:its|his|her|their))?\s+own\s+(?:account|benefit)\b`),
  // "shall only use Confidential Information for the purpose of", "to use it for the Permitted Purpose"
  re(String.raw`\b(?:only|solely|exclusively)\s+(?:be\s+)?us(?:e|ed)\b${GAP(100)}\bfor\b`),
  // "will only use the Discloser's Confidential Information to fulfil its obligations or exercise its rights"
  re(String.raw`\b(?:only|solely|exclusively)\s+(?:be\s+)?us(?:e|ed)\b${GAP(100)}\bto\s+(?:fulfil|fulfill|perform|exercise|carry\s+out|evaluate|assess|provide)\w*\b`),
  re(String.raw`\bus(?:e|ed|ing)\b${GAP(80)}\bfor\s+the\s+(?:[A-Z][\w-]*\s+)?Purposes?\b`, ''),
  // "not … derive any benefit … from the Confidential Information"
  re(String.raw`\b(?:not|no)\b${GAP(60)}\bderive\s+any\s+(?:benefit|advantage)\b`),
  // "disclosed for the sole purpose of", "provided to them only for purposes of"
  re(String.raw`\b(?:disclosed|provided|furnished|produced|made\s+available|delivered)\b${GAP(60)}\b(?:solely|only|exclusively)\s+for\s+(?:the\s+)?(?:purposes?|evaluation|use)\b`),
  re(String.raw`\bfor\s+the\s+(?:sole|exclusive|limited)\s+purpose\s+of\b`),
  re(String.raw`\bus(?:e|ed|ing)\b${GAP(60)}\bfor\s+(?:any|no)\s+(?:other\s+)?purpose\s+(?:other\s+than|except|whatsoever\s+(?:other\s+than|except))`),
  re(String.raw`\bpurpose\s+limitation|\blimited\s+use\b|\brestrictions?\s+on\s+use\b`),
  // Use barred outright but with consent, in a list of verbs: "shall not, without the Discloser's consent,
  // copy, use or otherwise exploit the Confidential Information".
  re(String.raw`\b(?:not|nor|never)\b${GAP(80)}\b(?:disclose|divulge|reveal|publish|copy)\s*,?\s+(?:or\s+)?use\b${GAP(80)}\b(?:information|data|materials?|trade\s+secrets?)\b`),
  // Held for the discloser alone: "is held in trust by the Adviser only for the Client".
  re(String.raw`\b(?:held|hold|holds|kept|keep)\s+in\s+trust\b${GAP(80)}\b(?:solely|only|exclusively)\s+for\b|\bin\s+trust\s+for\s+the\s+(?:sole|exclusive)\s+(?:benefit|use)\b`),
];

const REVERSE = [
  re(String.raw`\breverse[\s-]+engineer|\bdecompil|\bdisassembl|\bdeconstruct`),
  re(String.raw`\b(?:not|no|nor)\b${GAP(80)}\b(?:analy[sz](?:e|is|es)|test|examine|assay)\b${GAP(80)}\b(?:composition|structure|formula|chemical|constituents?|ingredients?|source\s+code)`),
  re(String.raw`\b(?:must|shall|will|may)\s+not\s+be\s+(?:analy[sz]ed|disassembled|decompiled|reverse)`),
];

const GRANTED_THING = String.raw`(?:licen[cs]es?|(?:any\s+)?(?:other\s+)?(?:rights?|title|interest|ownership)\s+(?:whatsoever\s+)?(?:in|to|under|of|beyond|with\s+respect\s+to)\b)`;
const SHARED_INFO = String.raw`(?:information|evaluation\s+materials?|CI|confidential\s+materials?|proprietary\s+materials?|materials?|documents?|data)`;
// Keeping all right, title and interest under a "Reservation of Rights" heading, given as the section's
// heading or run into its first sentence: what the licence does not grant is reserved.
const RESERVED = re(String.raw`\breservation\s+of\s+rights\b[^;:]{0,120}?\bretains?\s+all\s+(?:of\s+its\s+)?right`);
// A lead-in that denies what each of its items says: "Neither this agreement nor any disclosure … in any
// way:", "Nothing in this Agreement shall be construed as:".
const LEAD_DENIES = /^\W*(?:\d+(?:\.\d+)*\.?\s*)?(?:neither|nothing|no\s+provision)\b/i;
// The item that grants: "a. grants the parties any right or license under any intellectual property".
const ITEM_GRANTS = /^\W*(?:\(?[a-z]{1,2}[.)]\s*)?(?:grants?|granting|confers?|conferring|creates?|creating|gives?|giving|implies|implying|transfers?|transferring|vests?)\b[^.;]{0,80}\b(?:licen[cs]es?|rights?)\b/i;
const NO_LICENCE = [
  // "Nothing in this Agreement grants / shall be construed as granting any licence or right in"
  re(String.raw`\bnothing\b${GAP(80)}\b(?:grant|confer|convey|transfer|vest|giv|creat|impl)\w*${GAP(80)}\b${GRANTED_THING}`),
  // "no licence … is granted", "no explicit or implied transfer of ownership", "no licence may be deduced"
  re(String.raw`\bno\s+(?:other\s+)?(?:(?:express|explicit|implied)\s+(?:or\s+(?:express|explicit|implied)\s+)?)?(?:licen[cs]es?|rights?|title|interest|ownership|transfer)\b${GAP(140)}\b(?:granted|implied|conferred|transferred|given|created|conveyed|passes|pass|arise|vest|deduced|derived|inferred|of\s+ownership)`),
  // "does not grant / neither party acquires / does not receive any licence"
  // A saving clause is not a denial: "shall not be construed to limit the right of either party to
  // invest" keeps a right, so the gap may not run through limit, restrict, prevent and the like.
  re(String.raw`\b(?:not|neither|nor|cannot)\b${GAP(30)}\b(?:grant|confer|construed|deemed|interpreted|create|imply|vest|receive|acquire|obtain|deduce|derive|infer)\w*(?:(?!limit|restrict|prevent|prohibit|preclud|affect|impair|waive)[^.;:]){0,100}?\b${GRANTED_THING}`),
  re(String.raw`\b(?:not|neither|nor)\b${GAP(30)}\b(?:grant|confer|receive|acquire|obtain|deduce|derive)\w*\s+(?:any\s+)?(?:licen[cs]es?|rights?)\b`),
  // "all rights not expressly granted are reserved", "reserves all rights"
  re(String.raw`\b(?:rights?|licen[cs]es?)\s+not\s+(?:expressly|specifically|otherwise)\s+granted\b`),
  re(String.raw`\breserves?\s+all\s+(?:of\s+its\s+)?(?:rights?|title|ownership)`),
  // "its disclosure grants no license under such rights", "confers no right in the Product"
  re(String.raw`\b(?:grants?|confers?|conveys?|creates?|transfers?|gives?)\s+no\s+(?:other\s+)?(?:licen[cs]es?|rights?|title|interest)\b`),
  // "Except for the limited license in Section 1.2, the Provider retains all right, title and interest in the Product"
  re(String.raw`\bexcept\s+(?:for\s+|as\s+)?(?:the\s+)?(?:limited\s+|express\s+)?(?:licen[cs]es?|rights?|(?:expressly\s+)?(?:granted|set\s+out|provided))\b(?:[^.;:]|\.(?=\d)){0,120}?\bretains?\s+all\s+(?:of\s+its\s+)?right`),
  // "no licence … by implication, estoppel or otherwise"
  re(String.raw`\b(?:licen[cs]es?|rights?|granted|conferred)\b${GAP(80)}\bby\s+(?:implication|estoppel)\b`),
  // The information stays the discloser's property: no right in it passes.
  re(String.raw`\b${SHARED_INFO}\b${GAP(160)}\b(?:remains?|shall\s+(?:be\s+and\s+)?remain|is\s+and\s+shall\s+remain|are\s+and\s+shall\s+remain|be\s+and\s+remain|are|is|shall\s+be)\s+(?:the\s+)?(?:sole\s+(?:and\s+exclusive\s+)?|exclusive\s+)?property\b`),
  // "all property, including intellectual property rights, in Confidential Information … shall remain
  // with and be vested in the Disclosing Party"
  re(String.raw`\b(?:all|any)\s+(?:rights?|title|property|ownership)\b${GAP(80)}\b(?:in|to|of)\s+(?:the\s+|any\s+|such\s+)?(?:confidential|proprietary|evaluation)\s+(?:information|materials?)\b${GAP(100)}\b(?:remains?\s+(?:with|vested\s+in)|vests?\s+in|vested\s+in)\b`),
  re(String.raw`\b(?:all|any)\s+(?:rights?|title)${GAP(40)}\b(?:in|to)\b${GAP(80)}\b(?:confidential|proprietary)\s+information\b${GAP(60)}\b(?:remain|are|is|shall\s+be)\b${GAP(40)}\bproperty\b`),
];

const KNOWLEDGE = /memor|retain|know-how|knowledge|ideas|concepts|techniques|information|skills|experience/i;
const RESIDUALS = [
  re(String.raw`\bresiduals?\b`),
  re(String.raw`\bunaided\s+memor(?:y|ies)\b`),
  re(String.raw`\bretained\s+in\s+(?:the\s+)?(?:intangible\s+)?(?:form\s+in\s+)?(?:the\s+)?memor(?:y|ies)\b`),
  re(String.raw`\bretained\s+in\s+the\s+minds?\s+of\b`),
];
