import type { Sentence } from '../context';
import { GAP, SHARED_THINGS, re, type TopicDetector } from './detector';

/** The deal's reach and its end: exclusivity, territory, what happens after termination. */
export const DEAL_DETECTORS: TopicDetector[] = [
  {
    id: 'exclusivity',
    cue: /exclusiv|\bsole\b|not\s+(?:to\s+)?(?:appoint|grant|sell|purchase|compete|engage|distribute|market|enter)|requirements|\bgrant|other\s+than|anyone\s+else|except\s+for\s+the\s+benefit/i,
    // A recital says what a party wants ("WHEREAS, Sponsor desires to acquire the exclusive right");
    // the operative clause is what grants it.
    deals: ({ text }) => !RECITAL.test(text) && EXCLUSIVITY.some((r) => r.test(text)),
  },
  {
    id: 'territory',
    cue: /territor|worldwide|throughout\s+the\s+world|countries|exclusiv/i,
    deals: ({ text }) => TERRITORY.some((r) => r.test(text)),
  },
  {
    id: 'return-or-destroy',
    cue: /return|destr|delet|eras|purg|deliver|surrender|dispos|expung/i,
    deals: ({ text }) =>
      (RETURN_VERB.test(text) || (HAND_BACK.test(text) && HANDED_OVER.test(text))) &&
      RETURN_OBJECT.test(text) &&
      RETURN_WHEN.test(text) &&
      !RETURN_OTHER_SENSE.test(text),
  },
  {
    id: 'continuing-rights',
    cue: /continu|perpetual|irrevocable|sell[\s-]off|(?:remaining|existing|unsold)\s+(?:inventory|stock)|(?:after|following|upon)\s+(?:the\s+|any\s+|its\s+)?(?:terminat|expir)|dispos|independent|survive|fail\s+to\s+(?:agree|enter|execute)|discussions|negotiations|talks|(?:further|definitive|final)\s+agreement/i,
    deals: ({ text }) => CONTINUING.some((r) => r.test(text)),
  },
  {
    id: 'survival',
    cue: /surviv|outl(?:ive|ast)|continu|remain|notwithstanding|not\s+(?:affect|relieve|release)|after|following|beyond|perpetu|permanent|indefinite|limit\s+of\s+time|until/i,
    deals: ({ text, heading }) =>
      SURVIVAL.some((r) => r.test(text) && (r !== NOT_RELIEVED || !ACCRUED_ONLY.test(text))) || (/surviv/i.test(heading) && SURVIVAL_UNDER_HEADING.test(text)),
  },
];

// What an exclusive grant is of: a role, a licence or a right to trade. "Exclusive remedy",
// "exclusive jurisdiction", "exclusive property" and "exclusive right to settle" are not exclusivity.
const EXCLUSIVE_ROLE = String.raw`(?:licen[cs]es?|sub-?licen[cs]es?|licensee|privilege|distributors?|distributorship|resellers?|agents?|agency|representatives?|suppliers?|supply|providers?|sources?|partners?|dealers?|dealership|manufacturers?|basis|arrangements?|relationship|dealing|marketing|sales|distribution|appointment|customers?|purchasers?|buyers?|franchisee?|sponsors?|sponsorship|territory|promotion|co-?promot\w*|developers?|vendors?|channel|option|contractors?|brokers?|importers?|retailers?|carrier|placement|integrator|provision)`;
const TRADE_VERB = String.raw`(?:sell|resell|distribute|market|promote|manufacture|make|have\s+made|use|supply|purchase|buy|develop|commerciali[sz]e|exploit|represent|license|sublicense|offer|import|provide|act\s+as|be\s+the|operate|advertis\w*|sponsor|host|display|broadcast|publish|produce|reproduce|practi[cs]e|co-?promote|detail)`;
// Each "exclusive …" must grant something and not be negated ("non-exclusive", "no exclusive territory").
const EXCLUSIVE_GRANT = new RegExp(
  String.raw`^\s+(?:(?:and|or)\s+[\w-]+\s+)?(?:[\w-]+\s+)?(?:${EXCLUSIVE_ROLE}\b|(?:license\s+)?rights?\s+(?:(?:and\s+licen[cs]es?\s+)?(?:to|in|within|throughout)\s+(?:the\s+)?(?:${TRADE_VERB}\b|Territory)|granted|hereunder|under\s+this)|licen[cs]e\s+rights?|right\s+and\s+licen[cs]e)`,
  'i',
);
// "an exclusive, non-transferable (except …) and non-sublicensable licence"
const EXCLUSIVE_LIST_GRANT = /^\s*,[^.;]{0,200}?\b(?:licen[cs]e|right\s+and\s+licen[cs]e|rights?\s+to)\b/i;
// A definition of a right is not a grant of it: 'the term "Copyright" means the exclusive legal right to reproduce'.
const DEFINED_BEFORE = /["”]\s+(?:shall\s+)?means?\s+(?:the\s+|an?\s+)?$/i;
const RECITAL = /^\s*(?:\(?[A-Z0-9]{1,3}[.)]\s*)?WHEREAS\b/i;
const NEGATED_BEFORE = /(?:\bnon[\s\-\u2010-\u2014]{0,2}|\b(?:not|no|nor|neither|without|nothing)\b[\w\s,'’-]{0,60})$/i;
const EXCLUSIVE_WORD = /exclusiv(?:e|ity)\b/gi;

function grantsExclusivity(text: string): boolean {
  EXCLUSIVE_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = EXCLUSIVE_WORD.exec(text)) !== null) {
    if (NEGATED_BEFORE.test(text.slice(Math.max(0, m.index - 70), m.index))) continue;
    if (DEFINED_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    if (m[0].toLowerCase() === 'exclusivity') {
      // A bare heading says nothing; its clause does.
      if (text.split(/\s+/, 6).length < 6) continue;
      if (!/^\s+of\s+(?:warrant|remed|the\s+foregoing)/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))) return true;
      continue;
    }
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 220);
    if (EXCLUSIVE_GRANT.test(after) || EXCLUSIVE_LIST_GRANT.test(after)) return true;
  }
  return false;
}

const EXCLUSIVITY = [
  { test: grantsExclusivity },
  re(String.raw`\b(?:purchase|buy|obtain|source|order)\b${GAP(60)}\b(?:exclusively|solely)\s+from\b`),
  re(String.raw`\bsell\w*\b${GAP(60)}\b(?:exclusively|solely)\s+(?:to|through)\b`),
  re(String.raw`\b(?:all|100%)\s+of\s+(?:its|their)\s+(?:requirements|needs)\b`),
  re(String.raw`\bsole\s+(?:and\s+exclusive\s+)?(?:agent|distributor|supplier|source|provider|licensee|reseller|representative|dealer|vendor)\b`),
  // "the sole right to make all final decisions regarding any Recall" is authority, not exclusivity.
  re(String.raw`\bsole\s+(?:and\s+exclusive\s+)?rights?\s+to\s+(?!make\s+(?:all\s+|any\s+|the\s+)?(?:final\s+)?(?:decisions?|determinations?|changes|claims?|elections?)\b)${TRADE_VERB}\b`),
  // A party may not exploit the subject matter except for the other's benefit: "CONTENT PROVIDER
  // will not … exploit … the Content … except for the benefit of the COMPANY".
  re(String.raw`\bnot\b${GAP(120)}\b(?:exploit|sell|distribute|market|license|reproduce|display|broadcast|publish|commerciali[sz]e)\b${GAP(200)}\bexcept\s+(?:for\s+the\s+benefit|on\s+behalf)\s+of\b`),
  re(String.raw`\b(?:sales?|marketing|distribution|supply)\b${GAP(60)}\b(?:exclusively|solely)\s+(?:by|through)\b`),
  // "agrees not to grant the right to use … to anyone other than Company"
  {
    test: (text: string) =>
      NO_OTHER_GRANT.test(text) && ONLY_US.test(text) && !/sub-?licen|security\s+interest|\blien/i.test(text),
  },
  re(String.raw`\bnot\s+enter\s+into\b${GAP(80)}\b(?:same|similar|competing|comparable)\b${GAP(80)}\bwith\s+any\s+other\b`),
  re(String.raw`\b(?:not|no|nor)\b${GAP(40)}\b(?:appoint|grant|license|authori[sz]e|engage)\b${GAP(60)}\b(?:any\s+)?(?:other|third\s+part(?:y|ies)|another|additional)\b${GAP(80)}\b(?:distributors?|agents?|resellers?|licensees?|representatives?|dealers?|franchisees?|rights?\s+to\s+${TRADE_VERB})\b`),
  re(String.raw`\b(?:not|no|nor)\b${GAP(60)}\b(?:sell|distribute|market|promote|purchase|manufacture|commerciali[sz]e)\b${GAP(100)}\b(?:compet(?:ing|itive)|similar|substitut\w*|rival)\b${GAP(30)}\b(?:products?|goods|lines?|brands?)`),
];

const NO_OTHER_GRANT = re(
  String.raw`\b(?:not|no|nor|prohibited\s+from)\b${GAP(40)}\b(?:grant|appoint|authori[sz]e)\w*\b${GAP(160)}\b(?:anyone|any\s+(?:other|third)\s+(?:person|party|parties|entity|company|companies|distributor)|others|anyone\s+else|any\s+other\s+party|any\s+(?:person|party|entity|company|one)\s+other\s+than)\b`,
);

const ONLY_US = /\b(?:other\s+than|else|except|to\s+(?:use|operate|sell|distribute|market|promote|manufacture))\b/i;

// Places an exclusivity is bounded by when the grant names them itself: "an exclusive licence in the
// United States", "exclusive distributor for Mexico and Brazil".
const PLACE = String.raw`(?:United\s+States|U\.S\.(?:A\.)?|USA|North\s+America|South\s+America|Latin\s+America|Central\s+America|Europe|European\s+(?:Union|Economic\s+Area)|EEA|Asia(?:[\s-]Pacific)?|Middle\s+East|Africa|Oceania|(?:Greater|Mainland)\s+China|China|PRC|Hong\s+Kong|Macau|Taiwan|Japan|Korea|Singapore|India|Indonesia|Malaysia|Thailand|Vietnam|Philippines|Australia|New\s+Zealand|Canada|Mexico|Brazil|Argentina|Chile|Peru|Colombia|United\s+Kingdom|U\.K\.|England|Ireland|Germany|France|Italy|Spain|Portugal|Netherlands|Belgium|Luxembourg|Switzerland|Austria|Sweden|Norway|Denmark|Finland|Poland|Russia|Turkey|Israel|Saudi\s+Arabia|United\s+Arab\s+Emirates|Egypt|South\s+Africa|Nigeria|Kenya)`;
// What an exclusive grant is of, in a few words: "exclusive, non-transferable licence", "exclusive agent".
// Each word before the role is set off by a space or comma, so a long word is never split into several.
const EXCLUSIVE_OF = String.raw`\bexclusiv\w*(?:(?:\s*,\s*|\s+)(?:and\s+)?[\w-]+){0,4}?\s+(?:${EXCLUSIVE_ROLE}|rights?)\b`;

const TERRITORY = [
  re(String.raw`["“]Territory["”]|\bTerritory\b`, ''),
  // The place follows the grant in the same clause, not after a comma that starts another.
  re(String.raw`${EXCLUSIVE_OF}[^.;:,]{0,80}?\b(?:in|within|throughout|for)\s+(?:the\s+)?${PLACE}(?![\w-])`),
  // An exclusivity bounded by a channel, not a region: "the exclusive provider on the Retailer's web site".
  re(String.raw`${EXCLUSIVE_OF}${GAP(40)}\b(?:on|through|via)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:Site|web\s?sites?|online\s+stores?|platforms?|marketplaces?|app(?:lication)?\s+stores?)\b`),
  re(String.raw`\b(?:within|in|throughout|outside(?:\s+of)?|into)\s+(?:the\s+)?(?:territory|territories)\s+of\b`),
  re(String.raw`\b(?:licen[cs]e|rights?|distribut\w+|sell|market|exclusiv\w+)\b${GAP(120)}\b(?:worldwide|world-wide|throughout\s+the\s+world|in\s+all\s+countries)\b`),
  re(String.raw`\b(?:worldwide|world-wide)\b${GAP(40)}\b(?:licen[cs]e|rights?|basis|exclusive|non-exclusive)\b`),
];

const RETURN_VERB = re(String.raw`\b(?:return(?:ed|s|ing)?|destroy(?:ed|s|ing)?|destruction|delet(?:e|ed|es|ion)|eras(?:e|ed|es|ure)|purg(?:e|ed|es)|dispos(?:e|ed|al)\s+of|(?:re)?deliver(?:ed)?\s+(?:up|back)|redeliver\w*|surrender\w*|expunge\w*)\b`);
// "deliver" alone is also how goods and deliverables move; it hands back only what came from the other side.
const HAND_BACK = /\bdeliver\w*\b/i;
const HANDED_OVER = re(String.raw`\b(?:furnished|provided|received|disclosed|supplied|delivered\s+to\s+(?:it|you|them)|in\s+(?:its|your|their)\s+possession|all\s+copies)\b`);
const RETURN_OBJECT = re(String.raw`\b${SHARED_THINGS}`);
// The event that triggers it: the end of the agreement ("when the Agreement ends"), the purpose or
// the talks ("in the event the transaction is not successful"). A return owed
// only on request is a return term too, but it does not settle what happens at the end: see
// returnsOnRequest.
const RETURN_WHEN = re(String.raw`\b(?:terminat\w*|expir\w*|expiry|completion|complete[ds]?|conclu\w+|cessation|end\s+of|at\s+the\s+end|no\s+longer\s+(?:require|need|necessary|used)\w*|not\s+to\s+proceed|not\s+(?:be\s+)?(?:successful|consummated|pursued)|(?:does|do|did)\s+not\s+(?:proceed|close|occur)|(?:agreement|contract|engagement|relationship)\s+(?:ends|has\s+ended)|withdraw\w*|abandon\w*|fulfil\w*|accomplish\w*|finish\w*|cancell?ation)\b|\b(?:after|following|at\s+the\s+end\s+of|upon\s+expiry\s+of)\s+the\s+(?:[\w-]+\s+)?(?:Period|Term|Project|Evaluation|Program(?:me)?|Study|Test(?:ing)?)\b`);
// "at the instruction of the disclosing party" is a request by another name.
const ON_REQUEST = re(String.raw`\b(?:request\w*|demand\w*|so\s+requires?|as\s+directed|at\s+the\s+(?:written\s+)?(?:instruction|direction)\s+of)\b`);

/**
 * A duty to return or destroy shared material that the topic does not count because no end triggers
 * it: owed when the discloser asks ("should the Discloser so require"), or stated under a heading about
 * the end ("Effect of Termination"). The draft has a return term; "missing" would be wrong.
 */
export function returnsOtherwise(sentences: readonly { text: string; heading?: string }[]): { text: string } | undefined {
  return sentences.find(
    ({ text, heading }) =>
      RETURN_VERB.test(text) &&
      RETURN_OBJECT.test(text) &&
      (ON_REQUEST.test(text) || END_HEADING.test(heading ?? '')) &&
      !RETURN_OTHER_SENSE.test(text),
  );
}

/** A return owed only because the discloser asks: the sentence that says so, if any. */
export function returnsOnRequest(sentences: readonly Sentence[]): Sentence | undefined {
  return sentences.find(({ text }) => RETURN_VERB.test(text) && RETURN_OBJECT.test(text) && ON_REQUEST.test(text) && !RETURN_OTHER_SENSE.test(text));
}

// Under a heading about the end, the heading is the trigger.
const END_HEADING = /terminat|expir|effect\s+of|end\s+of/i;
const RETURN_OTHER_SENSE = re(String.raw`\b(?:after\s+(?:their|its|the|such)\s+(?:return|destruction)|return\s+on\s+(?:investment|capital|equity|assets)|tax\s+returns?|return\s+receipt|in\s+return\s+for|rate\s+of\s+return|return\s+(?:policy|authori[sz]ation)|RMA)\b`);

const CONTINUING = [
  re(String.raw`\b(?:terminat\w*|expir\w*)\b${GAP(160)}\b(?:may|shall\s+be\s+entitled\s+to|will\s+be\s+entitled\s+to|have\s+the\s+right\s+to|be\s+permitted\s+to|is\s+permitted\s+to)\s+(?:continue\s+to\s+)?(?:use|sell|distribute|exploit|practi[cs]e|market|dispose)\b`),
  re(String.raw`\bcontinue\s+to\s+(?:use|sell|distribute|exploit|practi[cs]e|have\s+access|market|offer|support|provide)\b${GAP(120)}\b(?:after|following|upon|notwithstanding|beyond|post)\b${GAP(30)}\b(?:terminat\w*|expir\w*)`),
  re(String.raw`\bsell[\s-]?off\b|\bsell\s+(?:off|through)\s+(?:its|any|the|all)?\s*(?:remaining\s+)?(?:inventory|stock)`),
  re(String.raw`\bdispose\s+of\b${GAP(30)}\b(?:remaining\s+)?(?:inventory|stock)\b`),
  // "may sell its remaining stock of Products for six months after termination"
  re(String.raw`\bsell\s+(?:off\s+|through\s+)?(?:its|any|the|all|such)\s+(?:remaining|existing|unsold)\s+(?:inventory|stock)\b`),
  re(String.raw`\b(?:may|entitled\s+to|right\s+to|permitted\s+to)\s+(?:continue\s+to\s+)?(?:use|sell|distribute|exploit|practi[cs]e|market|dispose\s+of)\b${GAP(100)}\b(?:after|following|upon)\s+(?:the\s+|any\s+|its\s+)?(?:terminat|expir)\w*`),
  re(String.raw`\blicen[cs]es?\b${GAP(80)}\b(?:shall|will)\s+survive\b`),
  // A licence granted for ever or beyond recall settles what its holder goes on using after the end.
  re(String.raw`(?<!\bnon-?)\b(?:perpetual|irrevocable)\b${GAP(60)}\blicen[cs]e\b`),
  // A right to go on developing independently, not the usual carve-out from what is confidential.
  re(String.raw`\b(?:nothing|not)\b${GAP(100)}\b(?:prohibit|restrict|prevent|limit|preclude|impair)\w*${GAP(100)}\b(?:independently\s+develop\w*|develop\w*\s+independently)\b`),
  re(String.raw`\b(?:may|right\s+to|free\s+to|entitled\s+to)\s+(?:\w+\s+){0,3}(?:independently\s+develop\w*|develop\w*\s+independently)\b`),
  re(String.raw`\bfail\s+to\s+(?:agree|enter\s+into|execute)\b${GAP(80)}\b(?:definitive|further|final|license|supply|development)\s+agreement`),
  // Talks that break off: "if either Party ends discussions", "if negotiations terminate", "where this
  // Agreement ends without a definitive agreement being signed". What follows such a condition is what
  // each side may keep using, which is the topic itself.
  re(String.raw`\b(?:if|where|when|once|upon|after|following|in\s+the\s+event)\b${GAP(60)}\b(?:ends?|ended|terminat\w*|breaks?\s+off|broken\s+off|discontinu\w*|abandon\w*|withdraws?\s+from)\s+(?:the\s+|its\s+|all\s+|such\s+)?(?:discussions|negotiations|talks)\b`),
  re(String.raw`\b(?:if|where|when|once|upon|after|following|in\s+the\s+event)\b${GAP(40)}\b(?:discussions|negotiations|talks)\b${GAP(30)}\b(?:end|ends|ended|terminat\w*|break\s+down|breaks\s+down|broke\s+down|fail|fails|failed|are\s+discontinued|cease)\b`),
  re(String.raw`\b(?:if|where|when|once|upon|after|following|in\s+the\s+event)\b${GAP(80)}\bwithout\s+(?:a|any)\s+(?:further|definitive|final)\s+agreement\b`),
];

// "after this Agreement ends" as well as "after the end of".
const TERMINATION = String.raw`(?:terminat\w*|expir\w*|expiry|cancell?ation|completion|conclusion|end\s+of|ends\b|ended\b|cessation|discontinu\w*)`;
// "termination shall not affect / relieve … obligations"
const NOT_RELIEVED = re(String.raw`\b${TERMINATION}${GAP(100)}\b(?:shall|will|does|do)\s+not\s+(?:affect|relieve|release|discharge|terminate|extinguish|limit|impair|prejudice)\b`);
// "… any obligation incurred prior to such termination": accrued rights, which keep past debts alive
// but no duty that runs on after the end.
const ACCRUED_ONLY = re(String.raw`\b(?:accrued|incurred|arising|arisen|accruing)\b${GAP(60)}\b(?:prior\s+to|before|up\s+to)\b`);
const SURVIVAL = [
  // "shall survive termination", "survive the expiration"; "the surviving corporation" is not
  re(String.raw`\bsurviv(?:e|es|ed|al)\b(?!\s+(?:entity|corporation|company|party|spouse))`),
  // "shall outlive the termination", "outlast the expiry"
  re(String.raw`\b(?:outlive|outlast)s?\b${GAP(30)}\b${TERMINATION}`),
  NOT_RELIEVED,
  // "obligations continue for three years after termination", "remain in force for five years following"
  re(String.raw`\b(?:continue|remain|be\s+bound|apply|last|extend|endure|subsist|in\s+effect|in\s+force)\b${GAP(100)}\b(?:after|following|beyond|from|notwithstanding|subsequent\s+to)\s+(?:the\s+|any\s+|such\s+|its\s+|this\s+)?(?:date\s+of\s+)?(?:\w+\s+){0,2}${TERMINATION}`),
  re(String.raw`\bnotwithstanding\b${GAP(30)}\b${TERMINATION}${GAP(120)}\b(?:continue|remain|bound|apply|in\s+effect|in\s+force|obligations?|(?:keep|hold|treat)\b${GAP(60)}\b(?:confiden\w+|secret)|not\s+(?:to\s+)?(?:disclose|use)|neither\b${GAP(40)}\bdisclose)\b`),
  // A duty of confidence for a stated time after the end: "shall not disclose it for three years after
  // termination", "until five years after this Agreement ends"; not a right to sell stock for six months.
  re(String.raw`\b(?:confiden\w+|secre(?:t|cy)|disclos\w+|obligations?|duty|duties|bound|restrictions?|undertakings?)\b${GAP(120)}\b(?:for|until)\s+(?:a\s+(?:further\s+)?period\s+of\s+)?[\w\s()-]{1,30}?\b(?:years?|months?)\s+(?:after|following|from)\s+(?:the\s+|any\s+|its\s+|this\s+)?(?:date\s+of\s+)?(?:\w+\s+){0,2}${TERMINATION}`),
  re(String.raw`\b(?:after|following|beyond|subsequent\s+to)\s+(?:the\s+|any\s+|its\s+)?${TERMINATION}${GAP(120)}\b(?:continue|remain|be\s+bound|shall\s+apply|in\s+effect|in\s+force)\b`),
  re(String.raw`\bcontinue\s+to\s+be\s+bound\b`),
  // Duties as to what was already received outlast the period that new disclosures fall in: "each
  // party's obligations with respect to Confidential Information which it has previously received shall continue".
  re(String.raw`\bobligations?\b${GAP(160)}\b(?:previously|already|theretofore|heretofore)\s+(?:received|disclosed|furnished)\b${GAP(60)}\b(?:shall|will)\s+(?:continue|remain)\b`),
  // "during the Term and for five (5) years thereafter"
  re(String.raw`\b(?:term|period|agreement|relationship|negotiations|discussions|engagement|employment)\b${GAP(60)}\band\s+(?:for\s+)?(?:a\s+period\s+of\s+)?[\w\s()-]{1,30}?\b(?:years?|months?)\s+(?:thereafter|after(?:wards)?)\b`),
  re(String.raw`\b(?:remain|be)\s+binding\b${GAP(80)}\b(?:after|following|beyond|notwithstanding)\b${GAP(30)}\b${TERMINATION}`),
  // Obligations without an end: "shall not terminate but shall continue without limit of time"
  re(String.raw`\b(?:continue|remain|survive|bound|confidential|obligations?)\b${GAP(120)}\b(?:without\s+(?:any\s+)?limit(?:ation)?\s+(?:of|in|as\s+to)\s+time|in\s+perpetuity|perpetually|permanently|indefinitely|for\s+an\s+indefinite\s+period)\b`),
  re(String.raw`\b(?:perpetual|permanent)\s+(?:obligations?|duty|confidentiality)\b`),
  // "for so long as the information remains confidential" (or "for as long as"), "ten years after the last disclosure"
  // The duty itself may carry the time: "hold it in confidence for as long as it remains a trade secret".
  re(String.raw`\b(?:continue|remain|survive|last|apply|in\s+(?:full\s+)?(?:force|effect)|in\s+confidence|(?:keep|hold|treat)\b${GAP(60)}\b(?:confiden\w+|secret)|not\s+(?:to\s+)?(?:disclose|use))\b${GAP(120)}\bfor\s+(?:so\s+|as\s+)?long\s+as\b${GAP(60)}\b(?:remains?|qualif\w+|constitutes?|is)\b${GAP(40)}\b(?:confidential|secret|trade\s+secrets?|protect\w*|non-?public)`),
  re(String.raw`\b(?:continue|remain|survive|last|apply|in\s+(?:full\s+)?(?:force|effect)|obligations?)\b${GAP(120)}\b(?:after|following|from)\s+(?:the\s+)?(?:date\s+of\s+)?(?:the\s+|each\s+|such\s+|any\s+)?(?:last|final|latest|first|relevant|respective)?\s*disclosure\b`),
  // Retained information stays bound: "will remain subject to the confidentiality obligations"
  re(String.raw`\b(?:continue|remain)\s+(?:to\s+be\s+)?(?:subject\s+to|held|treated|kept|bound|in\s+(?:full\s+)?(?:force|effect)\s+notwithstanding)\b${GAP(80)}\b(?:terms|obligations?|confiden\w+|agreement|restrictions?|notwithstanding)\b`),
  re(String.raw`\bcontinue\s+to\s+(?:treat|hold|keep|apply|protect)\b${GAP(80)}\b(?:confiden\w+|obligations?|agreement|terms)\b`),
  re(String.raw`\b(?:obligations?|provisions?|undertakings?|restrictions?)\b${GAP(100)}\b(?:shall|will)\s+continue\s+to\s+(?:apply|bind|be\s+binding)\b`),
  re(String.raw`\b(?:continue|remain)\s+in\s+(?:full\s+)?(?:force|effect)(?:\s+and\s+effect)?\s+notwithstanding\b`),
  // "not to use or disclose … until such trade secrets become generally available"
  re(String.raw`\b(?:not|confiden\w+)\b${GAP(160)}\buntil\b${GAP(60)}\b(?:become|becomes|is|are)\s+(?:generally\s+|publicly\s+)?(?:available|public|known)\b`),
];
const SURVIVAL_UNDER_HEADING = /\b(?:sections?|clauses?|articles?|paragraphs?|provisions?|obligations?)\b/i;
