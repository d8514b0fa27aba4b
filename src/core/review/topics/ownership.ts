import { DEFINITION, GAP, re, type TopicDetector } from './detector';
import { ownsJointly } from './joint';
import { PRIOR_IP } from './prior-ip';

// Intellectual property as contracts name it.
const IP = String.raw`(?:intellectual\s+property|IP\b|IPR|patents?|copyrights?|know-how|inventions?|technology|trade\s+secrets?|proprietary\s+rights?|rights?,\s+title\s+and\s+interest|right\s+title\s+and\s+interest|title)`;
// Things made in the cooperation.
const MADE = String.raw`(?:results|foreground|work\s+product|deliverables?|inventions?|developments?|discoveries|creations?|works?\s+of\s+authorship|data\s+(?:generated|created|collected|derived)|(?:developed|arising|project|program|new)\s+(?:IP|intellectual\s+property|technology|know-how)|improvements?|enhancements?|modifications?|derivatives?|derivative\s+works?|adaptations?|translations?)`;
const CREATED = String.raw`(?:created|developed|conceived|made|invented|generated|produced|authored|reduced\s+to\s+practice|prepared|arising|resulting|derived|discovered)`;
const OWNED = String.raw`(?:(?:sole\s+and\s+exclusive|exclusive|sole)\s+)?(?:property|owner|ownership)`;

/** Who owns what: samples, background, results, joint results, improvements, their use. */
export const OWNERSHIP_DETECTORS: TopicDetector[] = [
  {
    id: 'sample-ownership',
    cue: /sample|specimen|prototype|evaluation\s+(?:unit|product|material)|materials?\b|equipment/i,
    deals: ({ text }) => SAMPLE_OWNERSHIP.some((r) => r.test(text)),
  },
  {
    id: 'background-ip',
    cue: /background|pre-?existing|existing|retain|reserv|remain|own|title|belong|rights?\s+in\b/i,
    deals: ({ text }) => BACKGROUND.some((r) => r.test(text)),
  },
  {
    id: 'background-license',
    cue: /licen[cs]|right\s+to\s+use|privilege/i,
    deals: ({ text }) => BACKGROUND_LICENCE.some((r) => grantedIn(text, r)),
  },
  {
    id: 'foreground-ip',
    cue: /assign|own|property|vest|belong|title|hire/i,
    deals: ({ text }) => allocates(text) && FOREGROUND.some((r) => r.test(text)) && !CREATOR_KEEPS.test(text),
  },
  {
    id: 'joint-ownership',
    cue: /joint|co-?own|undivided|common|equal|both|shar|half|fifty|50/i,
    deals: ({ text }) => ownsJointly(text),
  },
  {
    id: 'improvements',
    cue: /improve|enhance|modif|derivativ|adaptation|invention/i,
    // The section's heading may be what says it is about intellectual property.
    deals: ({ text, heading }) => allocates(text) && (IP_CONTEXT.test(text) || IP_HEADING.test(heading)) && IMPROVEMENTS.some((r) => r.test(text)),
  },
  {
    id: 'results-use',
    cue: /result|foreground|work\s+product|deliverable|developed|invention|project|program|(?:research|study|test)\s+data/i,
    deals: ({ text }) => !NEGATED_GRANT.test(text) && RESULTS_USE.some((r) => r.test(text)),
  },
  {
    id: 'feedback',
    cue: /feedback|suggestion/i,
    deals: ({ text }) => FEEDBACK.some((r) => r.test(text)) && FEEDBACK_RIGHTS.test(text),
  },
  {
    id: 'test-data',
    cue: /test|evaluat|trial|analys|assay/i,
    // A definition listing "test data" among confidential things is not a term about test data.
    deals: ({ text }) => TEST_DATA.some((r) => r.test(text)) && !(DEFINITION.test(text) && !DEFINES_DATA.test(text)),
  },
];

const NEGATED_GRANT = /\b(?:no|nothing|not)\b[^.;]{0,80}\blicen[cs]e/i;

/**
 * A licence granted in a sentence that does not take it back. The reservation beside a grant ("No
 * license is granted for any other purpose") limits that grant and does not undo it, so a negation
 * counts only in the grant's own sentence.
 */
function grantedIn(text: string, pattern: RegExp): boolean {
  const m = pattern.exec(text);
  if (!m) return false;
  const start = Math.max(text.lastIndexOf('.', m.index), text.lastIndexOf(';', m.index)) + 1;
  return !NEGATED_GRANT.test(text.slice(start, m.index + m[0].length));
}

const SAMPLE_THING = String.raw`(?:samples?|specimens?|prototypes?|evaluation\s+(?:units?|products?|materials?|equipment)|(?:loaned|loan|demonstration|demo|test)\s+(?:units?|equipment|products?)|(?:the|such|all|any)\s+materials?)`;
const SAMPLE_OWNERSHIP = [
  re(String.raw`\b${SAMPLE_THING}${GAP(120)}\b(?:remains?|shall\s+(?:at\s+all\s+times\s+)?remain|is\s+and\s+shall\s+remain|are\s+and\s+shall\s+remain|continue\s+to\s+be)\b${GAP(30)}\b${OWNED}\b`),
  re(String.raw`\b(?:title|ownership)\s+(?:to|in|of)\b${GAP(40)}\b${SAMPLE_THING}${GAP(80)}\b(?:remain|retain|not\s+pass|not\s+be\s+transferred|stay)`),
  re(String.raw`\bretains?\s+(?:all\s+)?(?:title|ownership|right,\s+title\s+and\s+interest)\b${GAP(40)}\b${SAMPLE_THING}`),
  re(String.raw`\bbailment\b`),
];

const OWN_IP = String.raw`(?:background|pre-?existing|existing|its\s+own|their\s+own|its|their|licensed|the\s+licensed|all|any|(?:each|either)\s+part(?:y|ies)['’]s?)\s+(?:[A-Z][\w-]*\s+){0,2}${IP}`;
// What a party calls its own by a defined name: "the IAC Property", "Developer Technology".
const NAMED_OWN = String.raw`(?:the\s+|its\s+)?[A-Z][\w-]*\s+(?:Property|Technology|IP|Intellectual\s+Property|Know-How|Materials)\b`;
// "right, title and interest" with or without the serial comma.
const RTI = String.raw`right,?\s+title,?\s+and\s+interest`;
const BACKGROUND = [
  ...PRIOR_IP,
  re(String.raw`\bbackground\s+(?:IP|IPR|intellectual\s+property|technology|know-how|patents?|rights|information|materials?)\b`),
  re(String.raw`\bpre-?existing\s+(?:IP|IPR|intellectual\s+property|technology|know-how|patents?|rights|works?|materials?)\b`),
  re(String.raw`\b(?:retains?|reserves?|shall\s+retain|will\s+retain|keeps?)\b${GAP(60)}\b(?:all\s+)?(?:${RTI}|rights?|ownership|title)\b${GAP(40)}\b(?:in|to|of|over|with\s+respect\s+to)\b${GAP(20)}${OWN_IP}`),
  // "IAC shall own, and hereby retains, all right, title, and interest in and to the IAC Property"
  re(String.raw`\b(?:retains?|reserves?|shall\s+retain|will\s+retain)\b${GAP(60)}\b${RTI}\s+in\s+(?:and\s+to\s+)?${NAMED_OWN}`, ''),
  // "The Manufacturer is the owner of the intellectual property pertaining to the products";
  // "X has sole right, title and interest in and to all intellectual property rights covering …"
  re(String.raw`\b(?:is|are|remains?)\s+the\s+(?:sole\s+(?:and\s+exclusive\s+)?|exclusive\s+)?owners?\s+of\s+(?:all\s+)?(?:the\s+)?(?:intellectual\s+property|IP\b|IPR|patents?|know-how|technology)`),
  re(String.raw`\b(?:has|have|holds?)\s+(?:the\s+)?(?:sole|exclusive|full)\s+(?:and\s+exclusive\s+)?${RTI}\s+in\s+(?:and\s+to\s+)?(?:all\s+)?(?:the\s+)?(?:intellectual\s+property|IP\b|IPR|patents?|know-how|technology)`),
  re(String.raw`\b${OWN_IP}${GAP(80)}\b(?:remains?|shall\s+remain|is\s+and\s+shall\s+remain|shall\s+continue\s+to\s+be)\b${GAP(40)}\b(?:the\s+|(?:such|that|its|their)\s+(?:Party['’]s\s+)?)?${OWNED}\b`),
  // "All intellectual property rights in the Products remain with the Supplier"
  re(String.raw`\b${OWN_IP}${GAP(80)}\b(?:remains?|shall\s+remain|will\s+remain)\s+(?:vested\s+)?(?:with|in)\s+(?:the\s+|that\s+|each\s+)?(?:[A-Z][\w-]*|part(?:y|ies)|its\s+owner)\b`),
  re(String.raw`\b(?:intellectual\s+property|IP|technology|know-how|patents?)\s+(?:owned|controlled|developed)\s+(?:by\s+(?:either|a|each)\s+party\s+)?(?:prior\s+to|before|independently|outside)`),
  // "… which were owned or controlled by the providing party ("Originator") shall remain the sole property of the Originator"
  re(String.raw`\b(?:owned|controlled)\s+(?:or\s+controlled\s+)?by\s+the\s+(?:providing|disclosing|contributing|originating|furnishing)\s+party\b${GAP(60)}\b(?:remains?|shall\s+remain|will\s+remain)\s+(?:the\s+)?${OWNED}\b`),
  // "The intellectual property of the programmes the Customer uses belongs to the Provider": what a
  // party already has, not what the work makes ("the IP in the Deliverables belongs to" is results).
  re(String.raw`\b(?:intellectual\s+property|IPR?|copyrights?|patents?)(?:\s+rights?)?\s+(?:of|in)\s+(?!(?:the\s+|all\s+|any\s+|such\s+)?${MADE}\b)${GAP(140)}\b(?:belongs?|shall\s+belong|will\s+belong)\s+(?:exclusively\s+|solely\s+)?to\s+(?:the\s+)?[A-Z][\w-]*`),
  // The other side acknowledges it takes nothing in ours: "Customer has no rights in any of the
  // Provider's software, systems, documentation … or any modifications thereof".
  re(String.raw`\b(?:has|have|shall\s+have|will\s+have|acquires?|shall\s+acquire|will\s+acquire)\s+(?:no|any)\s+(?:rights?|title|ownership(?:\s+interest)?|proprietary\s+interest)\b${GAP(40)}\b(?:in|to)\s+(?:and\s+to\s+)?(?:any\s+of\s+)?(?:the\s+)?(?:[A-Z][\w-]*['’]s|other\s+part(?:y|ies)['’]s?)\s+(?:[\w-]+,?\s+){0,3}?(?:software|systems?|technology|intellectual\s+property|IP\b|know-how|patents?|tools|source\s+code|platform)`),
];

/**
 * Between a grant and its licence, the grant's qualifiers may cite a section by number ("non-
 * transferable (except as permitted in Section 10.6)"): its dot does not end the clause.
 */
const QUALIFIERS = (max: number) => String.raw`(?:[^.;:]|(?<=\d)\.(?=\d)){0,${max}}?`;

const BACKGROUND_LICENCE = [
  // The qualifiers may run long: "a limited, non-exclusive, non-sublicensable (except as set forth herein), non-transferable, … royalty-free (but subject to …) license".
  re(String.raw`\b(?:grants?|granted|hereby\s+grants?|agrees\s+to\s+grant|shall\s+grant|will\s+grant)\b${QUALIFIERS(300)}\blicen[cs]es?\b${GAP(200)}\b(?:under|to|in)\b${GAP(60)}\b(?:its|the|their|such|[A-Z][\w-]*['’]s)\b${GAP(40)}\b(?:background|pre-?existing|licensed|intellectual\s+property|patents?|know-how|technology|software|IP\b|copyrights?|trade\s+secrets?|marks?|trademarks?|inventions?)`),
  re(String.raw`\blicen[cs]e\b${GAP(60)}\b(?:to|under|in)\b${GAP(30)}\bbackground\b`),
  // A promise of a licence between the parties: "each party undertakes to grant a royalty free licence
  // to the other Party".
  re(String.raw`\b(?:undertakes?|agrees?|shall|will)\s+(?:to\s+)?grant\b${GAP(60)}\blicen[cs]e\s+to\s+the\s+other\s+part(?:y|ies)\b`),
  // A licence in all but name: "hereby grants to X a worldwide, non-exclusive right to use, reproduce and display the Y Content".
  re(String.raw`\bgrants?\b${GAP(80)}\b(?:non-?exclusive|exclusive|royalty[\s-]free|worldwide|non-?transferable)\b${GAP(60)}\brights?\s+to\s+use\b`),
  // A grant stated by what it licenses one to do: "exclusive worldwide licenses to: make, have made, use".
  // A right granted together with a licence or privilege, the use it allows stated after the grant's reach: "grants to the Company the
  // exclusive right and license, within the Territory and during the Term, to use the Endorsement", "the unlimited right and privilege … to use".
  re(String.raw`\bgrants?\b${GAP(80)}\brights?\s+and\s+(?:licen[cs]es?|privileges?)\b${GAP(100)}\bto\s+use\b`),
  // Software and data are licensed by the acts they allow: "a non-exclusive licence to copy, modify and use the data",
  // "a non-exclusive, non-transferable license to: (a) download, execute and display the Program".
  re(String.raw`\b(?:exclusive|non-?exclusive|royalty[\s-]free|worldwide|perpetual|irrevocable)\b${GAP(60)}\blicen[cs]es?\s+to\s*:?\s*(?:\(?\w{1,3}[.)]\s*)?(?:make|use|sell|practi[cs]e|manufacture|have\s+made|copy|reproduce|download|install|execute|run|display|modify)\b`),
  // A grant stated as the licensee's right to deal with the other's software or technology: "The
  // Licensee will have the right to build the Software sources and include the binaries in its products".
  // A party's right to use its own software grants nothing.
  re(String.raw`\b(?:shall|will)\s+have\s+the\s+(?:[\w-]+[\s,]+(?:and\s+)?){0,4}rights?\s+to\s+(?:use|make|sell|copy|reproduce|build|compile|include|incorporate|distribute|modify|install|run|execute|practi[cs]e|manufacture)\b(?!\s+(?:its|their|his|her|our|your)\s+own\b)${GAP(60)}\b(?:software|source|code|programs?|technology|patents?|know-how|binar(?:y|ies)|librar(?:y|ies)|licensed|intellectual\s+property|IP\b)`),
];

/** What is sold and delivered rather than created: title to it passes with a sale. */
const GOODS = String.raw`(?:products?|goods|equipment|inventory|merchandise|stock|units|shipments?|consignments?|hardware|vehicles?)\b`;
const FOREGROUND = [
  // Assignment of intellectual property (not of the agreement itself).
  re(String.raw`\b(?:hereby\s+(?:irrevocably\s+)?assigns?|shall\s+(?:promptly\s+)?assign|agrees?\s+to\s+assign|will\s+assign|does\s+hereby\s+assign|hereby\s+(?:transfers?|conveys?)|assigns?\s+and\s+agrees?\s+to\s+assign)\b${GAP(120)}\b(?:all\s+(?:of\s+)?(?:its\s+|their\s+|his\s+|her\s+)?(?:worldwide\s+)?(?:right|rights|interest)|right,?\s+title|intellectual\s+property|ownership|copyrights?|patents?|an?\s+(?:\[\*+\]|undivided|\w+%?)\s+interest)`),
  // "Work Product shall be the sole and exclusive property of", "Results shall vest in"
  re(String.raw`\b${MADE}\b${GAP(180)}\b(?:shall|will|does|do|is|are|to)\s+(?:be(?:come)?\s+|remain\s+)?(?:and\s+remain\s+)?(?:(?:the\s+)?${OWNED}\s+of|(?:solely\s+|exclusively\s+|jointly\s+)?owned\s+(?:solely\s+|exclusively\s+|jointly\s+)?by|vest(?:ed)?\s+in|belong\s+to)`),
  // "Developed IP conceived by one Party belongs to that Party"
  re(String.raw`\b${MADE}\b${GAP(180)}\b(?:belongs\s+to|vests\s+in)\s+(?:the\s+|that\s+|each\s+|such\s+)?(?:[A-Z][\w-]*|part(?:y|ies))\b`),
  re(String.raw`\b(?:become|becomes|be\s+deemed|deemed\s+to\s+be)\b${GAP(20)}\b(?:the\s+)?${OWNED}\s+of\b`),
  re(String.raw`\b(?:become|becomes)\s+(?:our|its|their|his|her|[A-Z][\w-]*['’]s)\s+(?:sole\s+(?:and\s+exclusive\s+)?|exclusive\s+)?property\b`),
  // "any rights it may have … in the Licensed Mark"; not "any rights under this Agreement"
  re(String.raw`\bassigns?\b${GAP(60)}\bany\s+(?:and\s+all\s+)?rights?\b${GAP(100)}\b(?:in|to)\s+(?:the\s+|such\s+|any\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:trade\s*marks?|marks?|copyrights?|patents?|inventions?|intellectual\s+property|domain\s+names?|URLs?|works?|IP\b|Mark)`),
  re(String.raw`\bto\s+assign\s+(?:such|all|any|the)\s+(?:intellectual\s+property|IPR|copyrights?|patents?|inventions?)`),
  re(String.raw`\b(?:is|are|shall\s+be|will\s+be)(?:,?\s+and\s+shall\s+be,?)?\s+the\s+(?:sole\s+(?:and\s+exclusive\s+)?|exclusive\s+)?owners?\s+of\s+(?:all\s+|any\s+)?${MADE}`),
  // "X shall own all right, title and interest in … developed / generated …"
  re(String.raw`\b(?:shall|will|to)\s+(?:solely\s+|exclusively\s+)?own(?:\s+and\s+retain)?\b${GAP(60)}\b(?:all|any|exclusively|the\s+entire)\b${GAP(200)}\b(?:${MADE}|${CREATED})\b`),
  // "ownership of" and "title to" allocate only when held or passed ("shall have sole ownership of",
  // "retains title to"); named alone they refer to a term ("obligations of confidentiality and
  // ownership of Inventions"). A following verb is caught by the vesting patterns above.
  re(String.raw`\b(?:(?:shall|will)\s+(?:solely\s+|exclusively\s+)?own|owns|(?:shall|will)\s+be\s+owned|(?:(?:have|has|retain|retains|obtain|obtains|acquire|acquires|hold|holds|take|takes|sole|exclusive|full|entire)\s+(?:and\s+\w+\s+)?(?:\w+\s+)?)(?:ownership\s+of|title\s+to))\s+(?:all\s+|any\s+|the\s+)?(?:(?:right,?\s+title\s+and\s+interest|intellectual\s+property(?:\s+rights)?|copyrights?)\s+(?:in|to)\s+)?(?:all\s+|any\s+|the\s+|such\s+)?(?:[A-Z][\w-]*\s+){0,2}${MADE}\b`),
  re(String.raw`(?<!\bnot\s+(?:be\s+)?(?:a\s+|deemed\s+)?["“]?)\bworks?\s+(?:made\s+)?for\s+hire\b`),
  // Goodwill or "benefits" from using a mark vesting in its owner is a trademark-use term, not IP
  // passing to a party: the gap may not run into them ("ownership of the Marks, and any benefits
  // accruing from use of such Marks shall vest in the owner"). Nor may it run into goods: title to
  // products, equipment or stock vesting in a buyer is a sale ("title to the Products shall vest in
  // the Buyer upon delivery").
  re(String.raw`\b(?:ownership|title|all\s+(?:such\s+)?rights)\b(?:(?!goodwill|benefit|${GOODS})[^.;:]){0,80}?\b(?:(?:shall|will|to|automatically)\s+vest|vests)\s+in\b`),
  // The passive assignment: "all Inventions are hereby assigned to Company", "such copyright shall be
  // deemed assigned to Customer". A bare "is transferred to" is left out: "if a Licensed Patent is
  // transferred to an Affiliate" conditions on an assignment and makes none.
  re(String.raw`\b(?:${MADE}|intellectual\s+property(?:\s+rights)?|copyrights?|patents?|inventions?)\b${GAP(120)}\b(?:(?:is|are)\s+hereby|(?:shall|will)\s+(?:automatically\s+)?be(?:\s+hereby)?)\s+(?:irrevocably\s+)?(?:deemed\s+(?:to\s+(?:be|have\s+been)\s+)?)?(?:assigned|transferred)\s+to\b`),
  // Further assurances that carry the transfer out: "the Parties shall execute intellectual property
  // assignments in the form of Exhibit A"; a plain "assignment of this Agreement" is not about IP.
  // "All intellectual property rights in the Deliverables shall pass to Customer": passing, like
  // vesting, moves what was made. Title to goods also passes, so what passes must be made work.
  re(String.raw`\b(?:intellectual\s+property(?:\s+rights)?|copyrights?|patents?|ownership|title|all\s+rights)\s+(?:in|to|of)\s+(?:and\s+to\s+)?(?:the\s+|all\s+|any\s+|such\s+)?(?:[A-Z][\w-]*\s+){0,2}${MADE}\b${GAP(60)}\b(?:shall|will)\s+(?:automatically\s+)?(?:pass|transfer)\s+to\b`),
  re(String.raw`\b(?:execute|deliver|sign|record)\b${GAP(60)}\b(?:intellectual\s+property|IP|patent|copyright|trade\s*mark|invention)\s+(?:assignments?|transfer\s+(?:deeds?|agreements?|instruments?))\b`),
  re(String.raw`\b(?:appointed|designated|deemed|recognized\s+as)\b${GAP(30)}\b(?:the\s+)?(?:sole\s+)?(?:copyright|patent|rights?)\s+(?:holder|owner)\b`),
  re(String.raw`\bcause\b${GAP(80)}\b(?:applications?|registrations?|rights?)\b${GAP(60)}\b(?:assigned|transferred)\s+to\b`),
];

// Each party keeping what it makes ("the property of the creating party", "owned by the party that
// invented it") moves nothing from one party to the other: CUAD's IP Ownership Assignment asks
// whether IP one party creates becomes the counterparty's. An express assignment still counts.
const CREATOR_KEEPS = re(
  String.raw`^(?![^]*\bassign)[^]*\b(?:property\s+of|owned\s+by|belongs?\s+to|vests?\s+in)\s+the\s+(?:creating|inventing|developing|originating|authoring|generating)\s+part(?:y|ies)\b`,
);

// Improvements of technology, not of land ("buildings and other improvements") or of a test.
const IMPROVED = String.raw`(?:improvements?|enhancements?|modifications?|derivative\s+works?|derivatives?|adaptations?)`;
const IMPROVEMENTS = [
  re(String.raw`\b${IMPROVED}\b${GAP(100)}\b(?:(?:shall|will)\s+(?:be\s+)?(?:and\s+remain\s+)?(?:owned|the\s+(?:sole\s+(?:and\s+exclusive\s+)?|exclusive\s+)?property|vest|belong)|(?:are|is)\s+(?:owned|the\s+(?:sole\s+)?property)|(?:hereby\s+)?assign(?:s|ed)?\s+to|licen[cs]e(?:d)?\s+back|grant[\s-]?back)\b`),
  re(String.raw`\b(?:own|owns|ownership\s+of|title\s+to|property\s+in|assigns?|vest(?:s|ed)?\s+in|grant[\s-]?back)\b${GAP(80)}\b${IMPROVED}\b`),
  // Improvements by another name: what is invented with or about a party's defined technology or
  // information goes to that party ("assigns to the Owner all rights in any invention developed with
  // use of Confidential Information provided by the Owner", "title to all inventions related to the
  // Licensor Technology shall be owned by the Licensor"). Case-sensitive: the defined terms only.
  re(String.raw`\b(?:assigns?|assigned|owned\s+by|property\s+of|vest(?:s|ed)?\s+in|belongs?\s+to|[Tt]itle\s+to)\b${GAP(120)}\binventions?\b${GAP(120)}\b(?:developed|made|conceived|created|derived)?\s*(?:with\s+(?:the\s+)?use\s+of|related\s+to|relating\s+to|based\s+(?:up)?on|derived\s+from)\b${GAP(120)}\b(?:Technology|Confidential\s+Information|Background)\b`, ''),
];
const IP_CONTEXT = /intellectual\s+property|patent|copyright|invention|technolog|software|know-how|source\s+code|\b(?:the\s+)?(?:Licensed|Background|Samples?|Prototypes?|Materials?|Products?|Improvements?)\b/;
const IP_HEADING = /intellectual\s+property|\bpatents?\b|proprietary\s+rights|\bownership\b/i;
/** An allocation is a statement: not a definition, and not a heading ("Ownership of Work Product"). */
function allocates(text: string): boolean {
  return !DEFINITION.test(text) && text.split(/\s+/, 8).length >= 8;
}
const RESULTS_THING = String.raw`(?:(?:research|study|project|program|test)\s+(?:data|results)|(?:such\s+|any\s+such\s+)?inventions?|results|foreground|work\s+product|deliverables?|developed\s+(?:IP|technology|intellectual\s+property)|project\s+(?:IP|results|technology)|program\s+(?:IP|technology|inventions?)|joint\s+inventions?|arising\s+(?:IP|intellectual\s+property)|collaboration\s+(?:IP|technology|inventions?|know-how))`;
const RESULTS_USE = [
  re(String.raw`\blicen[cs]e\b${GAP(200)}\b${RESULTS_THING}\b`),
  re(String.raw`\b${RESULTS_THING}\b${GAP(120)}\blicen[cs]e[ds]?\b`),
  re(String.raw`\b(?:right|rights|entitled|free|permitted|may)\s+(?:to\s+)?(?:use|exploit|commercialize|commercialise|practice)\b${GAP(60)}\b${RESULTS_THING}\b`),
];

const FEEDBACK = [
  re(String.raw`\bfeedback\b`),
  re(String.raw`\b(?:suggestions?|comments?|ideas?|recommendations?)\b${GAP(80)}\b(?:regarding|about|concerning|relating\s+to|for|to\s+improve)\b${GAP(60)}\b(?:products?|services?|software|platform|technology|samples?|improvements?)\b`),
];

// What a feedback term settles: who owns it, who may use it and on what terms.
const FEEDBACK_RIGHTS = /\b(?:us(?:e|ed|ing)|own(?:s|ed|ership)?|property|licen[cs]e|assign\w*|rights?|free(?:ly)?|restrictions?|obligations?|confidential|royalt\w*|title)\b/i;
// A defined term is a few words: bounded, so an unclosed quote cannot make the scan quadratic.
const DEFINES_DATA = /^(?:\([a-z0-9]{1,4}\)|[\d.]+)?[^a-z]{0,20}["“][^"”]{0,60}(?:data|results?|reports?)[^"”]{0,60}["”]/i;
const TEST_DATA = [
  re(String.raw`\b(?:test(?:ing)?|evaluation|trial|analysis|assay|validation|qualification)\s+(?:data|results|reports?|findings|records)\b`),
  re(String.raw`\b(?:data|results|reports?|findings)\s+(?:of|from|generated\s+(?:in|by|from|during)|obtained\s+(?:in|from|during)|arising\s+from)\s+(?:the\s+|any\s+|such\s+)?(?:test(?:s|ing)?|evaluations?|trials?|analys[ie]s|assays?|validation)\b`),
];

