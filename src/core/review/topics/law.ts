import { DEFINITION, GAP, re, type TopicDetector } from './detector';

/** Patents, publication, governing law, disputes and export control. */
export const LAW_DETECTORS: TopicDetector[] = [
  {
    id: 'patent-prosecution',
    cue: /patent|registe?rable/i,
    deals: ({ text }) => PROSECUTION.some((r) => r.test(text)),
  },
  {
    id: 'publication',
    cue: /publish|publication/i,
    deals: ({ text }) => PUBLICATION.some((r) => r.test(text)) && !PUBLISHED_RATE.test(text) && !DEFINITION.test(text),
  },
  {
    id: 'governing-law',
    cue: /\blaws?\b|govern/i,
    deals: ({ text }) => GOVERNING_LAW.some((r) => r.test(text)),
  },
  {
    id: 'dispute-resolution',
    cue: /arbitra|jurisdiction|dispute|venue|mediat|court/i,
    // "a court of competent jurisdiction" orders disclosure or rules on severability; it sends no dispute anywhere.
    // A statement about litigation "pending or threatened before any court or arbitral tribunal" is a
    // representation, not a choice of where disputes go.
    deals: ({ text }) => {
      if (LITIGATION_REP.test(text)) return false;
      const forum = text.replace(NOT_A_FORUM, ' ');
      return DISPUTES.some((r) => r.test(forum));
    },
  },
  {
    id: 'export-control',
    cue: /export|sanction|embargo|ITAR|OFAC/i,
    deals: ({ text }) => EXPORT.some((r) => r.test(text)) && !/\b(?:duties|tariffs?|taxes|levies|force\s+majeure|acts\s+of\s+god)\b/i.test(text),
  },
];

const PROSECUTION = [
  re(String.raw`\b(?:prosecut\w*|file|filing|filed|maintain\w*|maintenance)\b${GAP(100)}\bpatents?(?:\s+applications?)?\b`),
  re(String.raw`\bpatents?(?:\s+applications?)?\b${GAP(100)}\b(?:prosecut\w*|filing|maintenance|office\s+actions?)\b`),
  re(String.raw`\bpatent\s+(?:costs|expenses|fees|filings?)\b`),
  // Patents named by what they are, a protection one registers: "sole discretion, at its expense, to
  // seek registerable protection for such Foreground Intellectual Property".
  re(String.raw`\b(?:seek|obtain|apply\s+for|file\s+for|pursue)\b${GAP(20)}\bregiste?rable\s+(?:protection|rights?)\b`),
];

const RESEARCH = String.raw`(?:results|papers?|articles?|manuscripts?|abstracts?|scientific|academic|scientific\s+journals?|thesis|theses|dissertations?|findings|data|research|studies|study|presentations?|posters?|conferences?|symposi\w+)`;
const PUBLICATION = [
  re(String.raw`\b(?:publish\w*|publication)\b${GAP(120)}\b${RESEARCH}\b`),
  re(String.raw`\b${RESEARCH}\b${GAP(120)}\b(?:publish\w*|publication)\b`),
  re(String.raw`\b(?:proposed|intended|prior\s+to(?:\s+any)?|before(?:\s+any)?)\s+publication\b`),
];

// "the prime rate as published in", "exchange rate published by": a source of figures, not a publication term.
const PUBLISHED_RATE = /\brates?\b[^.;]{0,80}\bpublished\b|\bas\s+published\b/i;

// Words that name a law by its subject or its reach, not by its place.
const NOT_A_PLACE = '(?:Applicable|Relevant|Such|Any|All|Other|Local|Export|Import|Control|Data|Privacy|Protection|Competition|Antitrust|Tax|Labou?r|Employment|Sanctions?|Securities|Insolvency|Bankruptcy|Consumer|Environmental|Mandatory)';
const GOVERNING_LAW = [
  re(String.raw`\bgovern(?:ed|s)?\b${GAP(120)}\b(?:laws?|regulations|legislation)\s+(?:of|in\s+force\s+in|applicable\s+in)\b`),
  re(String.raw`\b(?:laws?|legislation)\s+of\b${GAP(120)}\b(?:shall|will|to|exclusively)\s+(?:govern|apply|control)\b`),
  re(String.raw`\bgoverning\s+law\b`),
  // "subject to, and construed in accordance with, the laws of": a comma may close the run of verbs.
  re(String.raw`\b(?:construed|interpreted|enforced)\b${GAP(80)}\b(?:in\s+accordance\s+with|under|pursuant\s+to|by),?\s+(?:the\s+)?(?:substantive\s+|internal\s+)?laws?\s+of\b`),
  re(String.raw`\b(?:subject\s+to|governed\s+by)\s+(?:the\s+)?(?:substantive\s+|internal\s+)?laws?\s+of\b`),
  // "construed and enforced in accordance with English Law": the law named by its adjective. Case
  // counts here, so "Applicable Law" (a defined term for every law) is left out by name.
  re(String.raw`\b(?:construed|interpreted|enforced)\b${GAP(80)}\b(?:in\s+accordance\s+with|under)\s+(?:the\s+)?(?!(?:Applicable|Relevant|Such|Any|All|Other|Local)\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\s+[Ll]aws?\b`, ''),
  // The contract itself made subject to a law named by its adjective: "This contract is subject to German law".
  // Not a law of one subject ("subject to Export Control Law") nor any law ("subject to Applicable Law").
  re(String.raw`\b(?:[Tt]his|[Tt]he)\s+(?:[A-Z]{2,5}|[Aa]greement|[Cc]ontract)\s+(?:is|shall\s+be|will\s+be)\s+subject\s+to\s+(?:the\s+)?(?!${NOT_A_PLACE}\b)[A-Z][a-z]+(?:\s+(?!${NOT_A_PLACE}\b)[A-Z][a-z]+){0,2}\s+[Ll]aws?\b`, ''),
  // The law named as the one that makes the agreement binding: "This Agreement is legally binding under
  // the laws of the State of Michigan". A party's status ("organised under the laws of") binds nothing.
  re(String.raw`\b(?:agreement|contract|terms)\b${GAP(40)}\b(?:is|are|shall\s+be|will\s+be)\s+(?:legally\s+)?binding\s+(?:on\s+the\s+parties\s+)?under\s+(?:the\s+)?laws?\s+of\b`),
  // The law chosen by name: "The applicable law shall be the UNIDROIT Principles", "the proper law
  // of this Agreement is English law". Not a duty to obey the law that applies ("comply with the
  // applicable law"), which chooses none.
  re(String.raw`\b(?:applicable|proper)\s+law\s+(?:of|to|for|governing)\s+(?:this|the)\s+(?:agreement|contract)\b`),
  // Named, not acted on: "shall be amended", "shall be observed" choose nothing.
  re(String.raw`\bthe\s+(?:applicable|proper)\s+law\s+(?:shall|will)\s+be\s+(?!(?:amended|changed|modified|deemed|complied|observed|construed|determined|applied|followed|respected)\b)`),
  // "governed by English law", "governed by the PRC Law", "governed by the internal laws State of New York"
  { test: (text: string) => OF_THE_AGREEMENT.test(text) && GOVERNED_BY_LAW.test(text) },
  // "shall be in accordance with and controlled by the laws of"; not "organised under the laws of"
  {
    test: (text: string) => OF_THE_AGREEMENT.test(text) && ACCORDING_TO_LAW.test(text) && !CORPORATE_STATUS.test(text),
  },
];
const OF_THE_AGREEMENT = /\b(?:agreement|contract|hereto|hereof|hereunder|herein)\b/i;
const GOVERNED_BY_LAW = re(String.raw`\bgoverned\s+(?:\w+\s+){0,2}by\b${GAP(100)}\blaws?\b`);
const ACCORDING_TO_LAW = re(
  String.raw`\b(?:in\s+accordance\s+with|controlled\s+by|pursuant\s+to)\s+(?:and\s+\w+\s+by\s+)?(?:the\s+)?(?:internal\s+|substantive\s+)?laws?\s+(?:of|in)\b`,
);
const CORPORATE_STATUS = /\b(?:organi[sz]ed|incorporated|existing|formed|registered|duly)\b/i;

const LITIGATION_REP = /\b(?:pending\s+or\s+threatened|threatened\s+or\s+pending)\b/i;
const NOT_A_FORUM = /\bcourts?\s+(?:or\s+(?:other\s+)?\w+\s+(?:body|authority|agency)\s+)?of\s+competent\s+jurisdiction\b|\bjurisdiction['’]s\b/gi;

const DISPUTES = [
  re(String.raw`\barbitra(?:tion|tor|tors|l|ted|te)\b`),
  re(String.raw`\b(?:submit|submits|consent|consents|agree|agrees|irrevocably\s+\w+)\b${GAP(60)}\b(?:exclusive\s+|non-exclusive\s+)?(?:jurisdiction|venue)\b`),
  re(String.raw`\bcourts?\b${GAP(100)}\b(?:jurisdiction|venue)\b|\b(?:jurisdiction|venue)\b${GAP(100)}\bcourts?\b`),
  re(String.raw`\bdisputes?\b${GAP(160)}\b(?:resolved|settled|referred|submitted|determined|brought|heard|escalated|negotiat\w*|mediat\w*|litigat\w*|adjudicat\w*)\b`),
  re(String.raw`\bmediat(?:ion|or)\b`),
  // "shall be enforceable in the courts of that state", "brought only in the courts located in",
  // "commenced and heard only within the district court for Elmfield County": named courts, not "any
  // court of competent jurisdiction"; a few more verbs and adverbs may stand before "in" or "within".
  re(
    String.raw`\b(?:enforceable|enforced|brought|litigated|heard|tried)\s+(?:(?:and|or|conducted|commenced|heard|tried|litigated|maintained|pursued|only|exclusively|solely)\s+){0,4}(?:in|within|before)\s+the\s+(?:\w+\s+){0,3}?courts?\s+(?:of|in|for|located|situated|sitting)\b`,
  ),
  // "Jurisdiction is agreed to be at Vienna", "Place of jurisdiction shall be Munich"
  re(String.raw`\b(?:place\s+of\s+)?jurisdiction\s+(?:is|shall\s+be|will\s+be)\s+(?:agreed\s+(?:to\s+be\s+)?)?(?:at|in)?\s*[A-Z]`),
  // "in the event of any litigation arising out of this Agreement, venue shall be the State of Ohio": a forum for the suit named.
  re(String.raw`\b(?:litigation|lawsuits?|suits?|actions?|proceedings?|disputes?)\b${GAP(100)}\bvenue\s+(?:is|shall\s+be|will\s+be|shall\s+lie|lies)\s+(?:only\s+|exclusively\s+)?(?:in\s+|at\s+)?(?:the\s+)?(?:courts?\s+of\s+)?[A-Z]`),
];

// Export control as law to comply with; "embargo" in a force-majeure list and export duties in a
// tax definition are not.
const EXPORT = [
  re(String.raw`\b(?:re-?)?export\w*\b${GAP(80)}\b(?:control|controls|laws?|regulations?|administration|licen[cs]es?|restrictions?|rules|compliance|classification)\b`),
  re(String.raw`\b(?:EAR|ITAR|OFAC)\b`, ''),
  re(String.raw`\b(?:economic\s+|trade\s+)?sanctions?\s+(?:laws?|regulations?|lists?|programs?)\b|\bembargoed\s+(?:countr\w+|destinations?|jurisdictions?)\b|\bdenied\s+part(?:y|ies)\b|\bentity\s+list\b`),
];
