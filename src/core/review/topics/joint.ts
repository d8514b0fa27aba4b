import { GAP, re } from './detector';

// Joint ownership of intellectual property as contracts word it. Co-ownership words alone are not
// enough: "an undivided interest" in a lease, a cable "owned in common and undivided shares" and
// "a company jointly owned by the parties" share the words with joint IP, so the generic wordings
// also need a thing that can be invented, authored or registered in the sentence.

/** What co-owners of intellectual property hold, as contracts name it. */
const CO_OWNABLE = re(
  String.raw`\b(?:intellectual\s+property|IP|IPR|patents?|copyrights?|know-how|inventions?|technology|trade\s+secrets?|software|source\s+code|data(?:bases?)?|results|foreground|work\s+product|deliverables?|developments|discoveries|improvements?|enhancements?|modifications?|derivative\s+works?|works?\s+of\s+authorship|designs?|trade\s*marks?|marks|domain\s+names?|content|proprietary\s+rights?|customer\s+lists?)\b`,
);

/** Wordings that name intellectual property themselves: "Joint Inventions", "joint authors". */
const JOINT_IP = [
  // A defined class of jointly made IP; not a body that manages it ("Joint Patent Committee").
  re(
    String.raw`\bJoint(?:ly\s+Owned)?\s+(?:Inventions?|Patents?|IP|Intellectual\s+Property|Works?|Technology|Know-How|Developments|Results|Data|Improvements?|Program\s+(?:IP|Technology)|Materials?)\b(?!\s+(?:Committee|Team|Board|Group|Plan|Program|Meeting|Review|Working))`,
    '',
  ),
  re(String.raw`\b(?:jointly|co-?)\s*(?:developed|created|invented|conceived|made)\b${GAP(120)}\b(?:owned|ownership|own|property\s+of|title|belong)`),
  re(String.raw`\b(?:ownership|owned|title)\b${GAP(150)}\b(?:developed|created|invented|conceived|made)\s+jointly\b`),
  // A joint work under copyright law makes its authors co-owners.
  re(String.raw`\bjoint\s+(?:authors?(?:ship)?|works?\s+of\s+authorship)\b`),
  // Only owners enforce or file together: "the parties shall jointly prosecute the patent
  // applications", "will jointly cooperate on any enforcement action for infringement". Defending a
  // third party's claim together is an indemnity term, not ownership.
  re(
    String.raw`\bjointly\s+(?:(?:prosecute|enforce|file|register|apply\s+for|maintain)\w*|cooperate\s+(?:on|in)\s+(?:any\s+|the\s+)?(?:enforcement|prosecution))\b${GAP(100)}\b(?:patents?|applications?|registrations?|copyrights?|trade\s*marks?|marks?|domain\s+names?|infringe\w*)\b`,
  ),
];

/** Co-ownership wordings that hold for any property, so the sentence must name intellectual property. */
const JOINT_WORDS = [
  re(String.raw`\b(?:jointly|co-?)\s*own(?:s|ed|ership)?\b`),
  re(String.raw`\bjoint(?:ly)?\s+(?:and\s+equal\s+|equal\s+)?(?:owned|held|ownership|owners?|property|title)\b|\bco-?owners?(?:hip)?\b`),
  // "each Party shall own an equal share in", "each party shall hold a fifty percent (50%) interest in"
  re(String.raw`\beach\s+part(?:y|ies)\s+(?:shall|will)\s+(?:own|hold|have)\s+(?:an?\s+)?(?:equal|one-half|half|fifty\s+percent|50\s*%)[\s(),%\w-]{0,20}?\b(?:interest|share)\s+in\b(?!\s+(?:the\s+|any\s+|all\s+)?(?:costs?|expenses?|fees|profits?|revenues?|royalt\w*|income|proceeds|losses|savings|payments?)\b)`),
  // "the intellectual property rights in the Results shall be shared by both Parties", as a
  // translation of 双方共享 often reads. The rights themselves must be shared: not the costs of them
  // ("the costs of filing patents shall be shared"), nor a right to use, which is a licence.
  re(String.raw`(?<!\b(?:costs?|expenses?|fees)\s{1,3}(?:of|for)\s{1,3}(?:\w{1,30}\s{1,3})?)\b(?:intellectual\s+property(?:\s+rights)?|patent\s+rights|patents|copyrights?)\b(?:(?!costs?|expenses?|fees)[^.;:]){0,80}?\b(?:shall|will)\s+be\s+(?:equally\s+)?shared\s+(?:equally\s+)?(?:by|between|among)\b`),
  // "owned jointly", "owned by the Parties jointly", "shall vest jointly in", "belong jointly to".
  re(String.raw`\b(?:own(?:ed)?|vest(?:s|ed)?|belongs?)\s+(?:(?:by|in|to)\s+(?:both\s+|the\s+)?(?:parties|Parties)\s+)?jointly\b`),
  // "an undivided one-half interest", "equal undivided shares", "an undivided right, title and interest".
  re(String.raw`\bundivided\s+(?:[\w%(),-]+\s+){0,4}?(?:interests?|shares?|rights?)\b`),
  re(String.raw`\b(?:in|under)\s+(?:the\s+)?joint\s+names?\b|\bin\s+the\s+names?\s+of\s+(?:both|each\s+of\s+the)\s+part(?:y|ies)\b`),
  re(String.raw`\b(?:owned|held)\s+(?:equally|in\s+equal\s+(?:undivided\s+)?(?:shares|parts|proportions)|in\s+common|by\s+both\s+(?:parties|Parties))\b`),
  re(String.raw`\bboth\s+(?:parties|Parties)\s+(?:shall|will)\s+(?:jointly\s+)?own\b|\b(?:joint|common)\s+property\s+of\b|\b(?:vest|belong)s?\s+(?:in|to)\s+both\s+(?:parties|Parties)\b`),
  // Shared rather than joint: "shared ownership", "the Parties shall share ownership of", "ownership
  // of the Program Data shall be shared equally". Not "information shared by", which is disclosure.
  re(String.raw`\bshared\s+ownership\b|\bshare\s+(?:equally\s+)?(?:in\s+)?(?:the\s+)?ownership\b|\bownership\b${GAP(80)}\b(?:shall|will|is|are)\s+(?:be\s+)?shared\b`),
  // Title held together. Meetings and workshops are also "held jointly", so what is held must be a right.
  re(String.raw`\b(?:title|rights?|interests?|patents?|inventions?|IP|intellectual\s+property)\b${GAP(60)}\b(?:held|hold|holds)\s+(?:\w+\s+)?jointly\b|\bowned\s+by\s+(?:each\s+of\s+)?(?:both|the\s+two)\b|\btenants\s+in\s+common\b`),
];

/**
 * A company the parties own together is a joint venture, not jointly owned IP, even where it holds
 * IP. The company must be what is owned: "the Company and Consultant shall be jointly owned" is about
 * a party called the Company.
 */
export const JOINT_ENTITY = re(
  String.raw`\b(?:jointly|co-?)[\s-]*owned\s+(?:by\s+(?:both\s+|the\s+)?(?:parties|Parties)\s+)?(?:company|companies|corporations?|subsidiar(?:y|ies)|entit(?:y|ies)|joint\s+ventures?|partnerships?|affiliates?|enterprises?)\b|\b(?:company|corporation|subsidiary|entity|joint\s+venture|enterprise),?\s+(?:(?:which|that)\s+(?:is|shall\s+be|will\s+be)\s+|to\s+be\s+|being\s+)?(?:jointly|co-?)[\s-]*owned\b`,
);

const JOINT_DENIED = [
  // "No Transferred Patent is jointly owned", "shall not be construed to create … co-ownership"
  re(String.raw`\b(?:no|nor|not|neither)\b${GAP(60)}\b(?:is|are|be|been|was|were)\s+(?:\w+\s+)?(?:jointly\s+owned|co-?owned)\b`),
  re(String.raw`\b(?:not|nothing)\b${GAP(60)}\b(?:create|imply|constitute|establish)\b${GAP(80)}\b(?:co-?ownership|joint\s+ownership|shared\s+ownership)\b`),
  JOINT_ENTITY,
];

/** Whether a sentence makes intellectual property the joint property of the parties. */
export function ownsJointly(text: string): boolean {
  const joint = JOINT_IP.some((r) => r.test(text)) || (JOINT_WORDS.some((r) => r.test(text)) && CO_OWNABLE.test(text));
  return joint && !JOINT_DENIED.some((r) => r.test(text));
}
