import { GAP, SHARED_THINGS, re, type TopicDetector } from './detector';

/** The deal's reach and its end: exclusivity, territory, what happens after termination. */
export const DEAL_DETECTORS: TopicDetector[] = [
  {
    id: 'exclusivity',
    cue: /exclusiv|sole\s+(?:source|supplier|distributor|agent)|not\s+(?:to\s+)?(?:appoint|grant|sell|purchase|compete|engage|distribute|market|enter)|requirements/i,
    deals: ({ text }) => EXCLUSIVITY.some((r) => r.test(text)),
  },
  {
    id: 'territory',
    cue: /territor|worldwide|throughout\s+the\s+world|countries/i,
    deals: ({ text }) => TERRITORY.some((r) => r.test(text)),
  },
  {
    id: 'return-or-destroy',
    cue: /return|destr|delet|eras|purg|deliver/i,
    deals: ({ text }) => RETURN_VERB.test(text) && RETURN_OBJECT.test(text) && RETURN_WHEN.test(text) && !RETURN_OTHER_SENSE.test(text),
  },
  {
    id: 'continuing-rights',
    cue: /continu|sell[\s-]off|dispos|independent|survive|fail\s+to\s+(?:agree|enter|execute)/i,
    deals: ({ text }) => CONTINUING.some((r) => r.test(text)),
  },
  {
    id: 'survival',
    cue: /surviv|continu|remain|notwithstanding|not\s+(?:affect|relieve|release)|after|following|beyond/i,
    deals: ({ text, heading }) => SURVIVAL.some((r) => r.test(text)) || (/surviv/i.test(heading) && SURVIVAL_UNDER_HEADING.test(text)),
  },
];

// An exclusive right or role; "non-exclusive", "exclusive remedy", "exclusive jurisdiction" are not.
const EXCLUSIVE_ROLE = String.raw`(?:licen[cs]e[es]?|sub-?licen[cs]e|rights?|privilege|distributors?|distributorship|resellers?|agents?|agency|representatives?|suppliers?|supply|providers?|sources?|partners?|dealers?|dealership|manufacturers?|manufacturing|basis|arrangements?|relationship|dealing|marketing|sales|selling|distribution|appointment|customers?|purchasers?|buyers?|franchisee?|sponsors?|territory|promotion|co-?promot\w*|developers?|vendors?|channel|negotiations?|option|contractors?|licensee|brokers?|importers?|retailers?|hosting|carrier|placement|integrat\w+|online|provision)`;
const EXCLUSIVITY = [
  re(String.raw`(?<![-\w])(?:sole\s+and\s+)?exclusive(?:ly)?\s+(?:(?:and|or)\s+\w+\s+)?(?:(?:[\w-]+\s+){0,3})${EXCLUSIVE_ROLE}\b`),
  re(String.raw`(?<!non-?|non\s)\bexclusivity\b`),
  re(String.raw`(?<![-\w])exclusive(?:ly)?\s+(?:to|from|through|with|for|in|within)\b${GAP(80)}\b(?:purchase|buy|sell|supply|distribute|market|source|obtain|order|territory|customers?)`),
  re(String.raw`\b(?:purchase|buy|obtain|source|order)\b${GAP(60)}\b(?:exclusively|solely|only)\s+from\b`),
  re(String.raw`\b(?:all|100%)\s+of\s+(?:its|their)\s+(?:requirements|needs)\b`),
  re(String.raw`\b(?:not|no|nor)\b${GAP(40)}\b(?:appoint|grant|license|authori[sz]e|engage)\b${GAP(60)}\b(?:any\s+)?(?:other|third\s+part(?:y|ies)|another|additional)\b${GAP(80)}\b(?:distributors?|agents?|resellers?|licensees?|representatives?|suppliers?|rights?|licen[cs]es?)`),
  re(String.raw`\b(?:not|no|nor)\b${GAP(60)}\b(?:sell|distribute|market|promote|purchase|manufacture|develop|commercialize|offer|license|represent|engage\s+in|carry\s+on|exploit|provide)\b${GAP(100)}\b(?:compet(?:ing|itive|e|es)|similar|substitut\w*|rival)\b${GAP(30)}\b(?:products?|services?|business|goods|lines?|offerings?|content)`),
];

const TERRITORY = [
  re(String.raw`["“]Territory["”]|\bTerritory\b`, ''),
  re(String.raw`\b(?:within|in|throughout|outside(?:\s+of)?|into)\s+(?:the\s+)?(?:territory|territories)\s+of\b`),
  re(String.raw`\b(?:licen[cs]e|rights?|distribut\w+|sell|market|exclusiv\w+)\b${GAP(120)}\b(?:worldwide|world-wide|throughout\s+the\s+world|in\s+all\s+countries)\b`),
  re(String.raw`\b(?:worldwide|world-wide)\b${GAP(40)}\b(?:licen[cs]e|rights?|basis|exclusive|non-exclusive)\b`),
];

const RETURN_VERB = re(String.raw`\b(?:return(?:ed|s|ing)?|destroy(?:ed|s|ing)?|destruction|delet(?:e|ed|es|ion)|eras(?:e|ed|es|ure)|purg(?:e|ed|es)|dispos(?:e|ed|al)\s+of|deliver(?:ed)?\s+(?:up|back)|surrender|expunge)\b`);
const RETURN_OBJECT = re(String.raw`\b${SHARED_THINGS}`);
// The event that triggers it: the end of the agreement or purpose, or the other side's request.
const RETURN_WHEN = re(String.raw`\b(?:terminat\w*|expir\w*|request\w*|demand\w*|completion|conclusion|cessation|end\s+of|instruct\w*|direct(?:ion|ed|s)|notice|no\s+longer\s+(?:require|need)\w*|(?:at|upon)\s+(?:any\s+time|the\s+option)|certif\w*|withdraw\w*|asked|option)\b`);
const RETURN_OTHER_SENSE = re(String.raw`\b(?:return\s+on\s+(?:investment|capital|equity|assets)|tax\s+returns?|in\s+return\s+for|rate\s+of\s+return|return\s+(?:policy|authori[sz]ation)|RMA)\b`);

const CONTINUING = [
  re(String.raw`\b(?:terminat\w*|expir\w*)\b${GAP(160)}\b(?:may|shall\s+be\s+entitled\s+to|will\s+be\s+entitled\s+to|have\s+the\s+right\s+to|be\s+permitted\s+to|is\s+permitted\s+to)\s+(?:continue\s+to\s+)?(?:use|sell|distribute|exploit|practi[cs]e|market|dispose)\b`),
  re(String.raw`\bcontinue\s+to\s+(?:use|sell|distribute|exploit|practi[cs]e|have\s+access|market|offer|support|provide)\b${GAP(120)}\b(?:after|following|upon|notwithstanding|beyond|post)\b${GAP(30)}\b(?:terminat\w*|expir\w*)`),
  re(String.raw`\bsell[\s-]?off\b|\bsell\s+(?:off|through)\s+(?:its|any|the|all)?\s*(?:remaining\s+)?(?:inventory|stock)`),
  re(String.raw`\bdispose\s+of\b${GAP(30)}\b(?:remaining\s+)?(?:inventory|stock)\b`),
  re(String.raw`\blicen[cs]es?\b${GAP(80)}\b(?:shall|will)\s+survive\b`),
  re(String.raw`\b(?:independently\s+develop\w*|developed\s+independently)\b`),
  re(String.raw`\bfail\s+to\s+(?:agree|enter\s+into|execute)\b${GAP(80)}\b(?:definitive|further|final|license|supply|development)\s+agreement`),
];

const TERMINATION = String.raw`(?:terminat\w*|expir\w*|expiry|cancell?ation|completion|conclusion|end\s+of|cessation|discontinu\w*)`;
const SURVIVAL = [
  // "shall survive termination", "survive the expiration"; "the surviving corporation" is not
  re(String.raw`\bsurviv(?:e|es|ed|al)\b(?!\s+(?:entity|corporation|company|party|spouse))`),
  // "termination shall not affect / relieve … obligations"
  re(String.raw`\b${TERMINATION}${GAP(100)}\b(?:shall|will|does|do)\s+not\s+(?:affect|relieve|release|discharge|terminate|extinguish|limit|impair|prejudice)\b`),
  // "obligations continue for three years after termination", "remain in force for five years following"
  re(String.raw`\b(?:continue|remain|be\s+bound|apply|last|extend|endure|subsist|in\s+effect|in\s+force)\b${GAP(100)}\b(?:after|following|beyond|from|notwithstanding|subsequent\s+to)\s+(?:the\s+|any\s+|such\s+|its\s+|this\s+)?(?:date\s+of\s+)?(?:\w+\s+){0,2}${TERMINATION}`),
  re(String.raw`\bnotwithstanding\b${GAP(30)}\b${TERMINATION}${GAP(120)}\b(?:continue|remain|bound|apply|in\s+effect|in\s+force|obligations?)\b`),
  re(String.raw`\b(?:after|following|beyond|subsequent\s+to)\s+(?:the\s+|any\s+|its\s+)?${TERMINATION}${GAP(120)}\b(?:continue|remain|be\s+bound|shall\s+apply|in\s+effect|in\s+force)\b`),
  re(String.raw`\bcontinue\s+to\s+be\s+bound\b`),
];
const SURVIVAL_UNDER_HEADING = /\b(?:sections?|clauses?|articles?|paragraphs?|provisions?|obligations?)\b/i;
