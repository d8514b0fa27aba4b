import type { Definition } from '../context';

/**
 * What an ownership term is about: what the work makes (results), improvements to something, what a
 * party brings (background), the samples, feedback, test data, confidential information, other
 * named IP, or goods (title to goods passes with a sale and is no IP term).
 */
export type OwnedThing = 'results' | 'improvements' | 'background' | 'samples' | 'feedback' | 'test-data' | 'confidential-information' | 'ip' | 'goods';

// A translation or localisation of software or content is a derivative of it; a translation of the agreement itself is not.
const IMPROVED = /\b(?:improvements?|enhancements?|modifications?|derivative\s+works?|derivatives?|adaptations?|(?:translations?|locali[sz]ations?)(?!\s+of\s+this\s+agreement))\b/i;
// Made from the other side's thing: "rights created in connection with the confidential information".
// Copies and notes made from information are that information, not something new.
const DERIVED =
  /\b(?:rights|inventions?|works?|developments|technology|intellectual\s+property|anything|everything|discoveries)\b[^.;]{0,40}?\b(?:created|developed|made|produced|derived|generated|conceived)\b[^.;]{0,40}?\b(?:in\s+connection\s+with|from|based\s+(?:up)?on|using|with\s+the\s+use\s+of)\s+(?:the\s+|such\s+|any\s+|its\s+)?(?:confidential\s+information|information|samples?|materials?|licensed|technology)\b/i;
const BACKGROUND =
  /\bbackground\b|\bpre-?existing\b|\b(?:existing|prior)\s+(?:intellectual|IP\b|technology|know-how|patents?)|\b(?:vested\s+in|owned\s+(?:or\s+controlled\s+)?by|controlled\s+by|belonging\s+to|brought|contributed)\b[^.;]{0,60}?\b(?:prior\s+to|before|as\s+of)\s+the\s+(?:date|effective|commencement|execution)|\bindependently\s+of\s+this\s+agreement|\b(?:its|their)\s+own\s+(?:intellectual|IP\b|technology|know-how|software)|\bLicensed\s+(?:Patents?|Technology|Software|IP|Know-How|Materials?)\b|\bproprietary\s+(?:technology|software|tools)\b/i;
const TEST_DATA =
  /\b(?:test(?:ing)?|evaluation|trial|analysis|assay|validation)\s+(?:data|results|reports?|findings)\b|\b(?:data|results|reports?|findings)\s+(?:of|from|generated\s+(?:in|by|from|during)|obtained\s+(?:in|from|during)|arising\s+from)\s+(?:the\s+|any\s+|such\s+)?(?:tests?|testing|evaluations?|trials?|analys[ie]s|assays?)\b/i;
const RESULTS =
  /\b(?:(?<!\ba\s)results?|foreground|work\s+product|deliverables?|works\s+of\s+authorship|inventions?|developments|discoveries|reports|data\s+compilations|customi[sz]ations|creations?|(?:developed|arising|project|program|new|joint|collaboration|research)\s+(?:IP|intellectual\s+property|technology|know-how|inventions?|data)|(?:all|any)\s+(?:\w+\s+){0,3}?(?:created|developed|conceived|made|generated|produced|authored|written)\s+(?:by|in|under|during|for|pursuant)|whether\s+(?:\w+\s+){0,2}?(?:created|developed|conceived|made|invented)\s+(?:solely\s+|jointly\s+)?by)\b|\b(?:source|object|software|computer)\s+code\b/i;
// "the Work", "the Works" as a defined thing made; "work papers" in lower case is not. "the code"
// in lower case is software; "the Code" is a statute.
const WORKS = /(?<!\b(?:Statement|Scope)\s+of\s+)\bWorks?\b(?!\s+(?:Order|Statement|Plan|Schedule))|\bcode\b/;
const BESIDE_IMPROVEMENTS = /\bdevelopments\b|\bwhether\s+(?:\w+\s+){0,2}?(?:created|developed|conceived|made|invented)\b/gi;
const SAMPLES = /\b(?:samples?|prototypes?|specimens?|evaluation\s+(?:units?|products?|materials?|equipment)|loaned\s+(?:units?|equipment))\b|\b(?:the|all|such|any)\s+Materials\b/i;
const FEEDBACK = /\b(?:feedback|suggestions?)\b/i;
const CONFIDENTIAL = /\bconfidential\s+information\b|\binformation\s+(?:identified|marked|disclosed|relating)\b|\bproprietary\s+information\b/i;
const IP = /\b(?:intellectual\s+property|IPR?\b|patents?|patent\s+applications?|copyrights?|know-how|technology|trade\s+secrets?|trade\s*marks?|service\s+marks?|trade\s+names?|domain\s+names?|software|the\s+Product)\b/i;
// A data set named by its defined term ("the Usage Data", "Web Indexing Data"): capitalised, so "all data" in lower case is no property.
const DATA_SET = /\b[A-Z][\w-]{1,30}\s+Data\b/;
// A mark named by its defined term ("the Licensed Marks", "the Mark"): capitalised, unlike "identifying marks" on a sample.
const MARKS = /\b(?:Licensed\s+|Trade\s+|Service\s+)?Marks?\b/;
const GOODS = /\b(?:goods|products?|equipment|inventory|merchandise|stock|units|shipments?|hardware)\b/i;
// What is passed or kept that is no property: the agreement itself, rights under it, a right to act.
const NOT_PROPERTY = /^[\s,]*(?:(?:all\s+|any\s+|its\s+|their\s+)?(?:(?:rights?|obligations?|duties)\s+(?:and\s+obligations\s+)?(?:under|hereunder|pursuant)|this\s+Agreement|the\s+right\s+to\s+(?!and\b)[a-z]+)|the\s+right,?\s+(?:from|at|in)\b)/i;

// A definition of what the parties make under this agreement: "all inventions conceived in the course of the Research".
const MADE_HERE =
  /\b(?:conceived|developed|created|made|generated|reduced\s+to\s+practice|authored|produced|resulting|arising)\b[^.;]{0,80}?\b(?:under|pursuant\s+to|in\s+the\s+(?:course|performance)\s+of|in\s+connection\s+with|during|from|out\s+of|as\s+part\s+of)\s+(?:this\s+Agreement|the\s+(?:Professional\s+|Development\s+|Consulting\s+)?(?:Research|Project|Program|Programme|Services|Work|Collaboration|Study|Development|Statement))/i;
// Words bounded in length, so a run of capitals with hyphens cannot make the scan quadratic.
const CAPITALISED_TERM = /\b[A-Z][\w-]{0,30}(?:\s+[A-Z][\w-]{0,30}){0,3}\b/g;

/**
 * What a term's object names, read from the words of the object. A defined term there ("Developed
 * IP", "Inventions") is also read through its definition, which may make it results or improvements
 * though the clause does not say so.
 */
export function readObject(span: string, definitions: ReadonlyMap<string, Definition>, partyNames: readonly string[]): OwnedThing[] {
  if (NOT_PROPERTY.test(span)) return [];
  const things = new Set<OwnedThing>(classify(span, partyNames));
  // Named by what it is, the object needs no definition; "the IAC Property" is one party's own, whatever its definition lists.
  if (!things.has('confidential-information') && !things.has('background')) {
    CAPITALISED_TERM.lastIndex = 0;
    for (let m = CAPITALISED_TERM.exec(span); m; m = CAPITALISED_TERM.exec(span)) {
      const d = definitions.get(m[0]) ?? definitions.get(m[0].replace(/s$/, ''));
      // "Products" defined to include their later versions are still the goods, not improvements anyone makes.
      if (!d || d.text.length > 1200 || GOODS.test(d.term)) continue;
      const meaning = d.text.slice(d.text.indexOf(d.term) + d.term.length);
      if (IMPROVED.test(meaning)) things.add('improvements');
      if (MADE_HERE.test(meaning)) things.add('results');
    }
  }
  // Title to goods alone is a sale; beside IP the goods are what the IP is in.
  if (things.size > 1) things.delete('goods');
  return [...things];
}

// What the object is said not to be ("shall not be deemed to be Works and"): no part of it.
const NOT_DEEMED = /\bnot\s+be\s+(?:deemed|considered|treated)\s+(?:to\s+be|as)\s+[^,;.]{0,60}?(?=\s+(?:and|or)\b|$)/gi;

function classify(whole: string, partyNames: readonly string[]): OwnedThing[] {
  const text = whole.replace(NOT_DEEMED, ' ');
  const out: OwnedThing[] = [];
  if (IMPROVED.test(text) || DERIVED.test(text)) out.push('improvements');
  if (BACKGROUND.test(text) || namesOwnProperty(text, partyNames)) out.push('background');
  if (TEST_DATA.test(text)) out.push('test-data');
  // "developments to a Party's technology" and "derivatives, whether created by either party" beside
  // improvements are improvements, not new results.
  else if (WORKS.test(text) || RESULTS.test(text.replace(/\bthis\s+Agreement\b/gi, '').replace(out.includes('improvements') ? BESIDE_IMPROVEMENTS : /$^/, ''))) out.push('results');
  if (SAMPLES.test(text)) out.push('samples');
  if (FEEDBACK.test(text)) out.push('feedback');
  if (CONFIDENTIAL.test(text)) out.push('confidential-information');
  if (out.length === 0 && (IP.test(text) || MARKS.test(text) || DATA_SET.test(text))) out.push('ip');
  if (out.length === 0 && GOODS.test(text)) out.push('goods');
  return out;
}

const OWN_PROPERTY = /\b([A-Z][\w-]{0,30})(?:['’]s)?\s+(?:Property|Technology|IP|Intellectual\s+Property|Know-How|Materials|Patents|Software|Information|Tools)\b/g;

/** "the IAC Property", "Developer Technology", "Contractor's Information": what the draft names as one party's own. */
function namesOwnProperty(text: string, partyNames: readonly string[]): boolean {
  OWN_PROPERTY.lastIndex = 0;
  for (let m = OWN_PROPERTY.exec(text); m; m = OWN_PROPERTY.exec(text)) {
    const word = m[1]!.toLowerCase();
    if (partyNames.some((n) => n.toLowerCase() === word || n.toLowerCase().split(/\s+/)[0] === word)) return true;
  }
  return false;
}
