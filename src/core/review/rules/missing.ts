import { severityRank, type Evidence, type Severity } from '../../findings';
import type { MessageKey } from '../../i18n';
import type { TopicId } from '../../topics';
import type { PlaybookCondition, ReviewContext, Rule } from '../context';
import { crossesBorder, domesticChinese } from '../places';
import { perReview } from '../per-review';
import { returnsOtherwise } from '../topics/deal';
import { ZH_GOODS, ZH_HOME, ZH_SAMPLES } from '../zh/home';
import { readIpWork } from '../ip-work';
import { SAMPLES, sharesAnalysable } from './analysable';
import { confidentialityInAbsentPart } from './absent-part';
import { excerptStart } from './excerpt';
import { onlyTermsSecret } from './only-terms-secret';
import { weOnlyReceive } from './receive-only';
import { nothingToDevelop } from './unmakeable-info';
import { disclosesDataOnly } from './data-only';
import { titleKept } from './title-kept';
import { returnsUnderLeadIn } from './lead-in-return';
import { termsElsewhere } from './incorporated-terms';
import { settledByTestedThing } from './tested-thing';
import { settledByDefinedBackground } from './defined-background';
import { useOnlyLicence } from './use-only-licence';
import { trialLessonsOurs } from './trial-lessons';
import { hostedOnly } from './hosted-service';
import { licenseeMayNotChange } from './no-changes';
import { finding, listOf } from './finding';
import { saleCovenant } from './sale-covenant';
import { buysPromotion } from './media-buy';
import { developerKeepsResults, missingWeight } from './missing-weight';
import { saysNoBoundOfPlace, saysNonExclusive } from './stated-open';
import { settledTopics } from '../terms/topics';
import { holderStance, ownershipTerms, type OwnershipTerm } from '../terms/ownership';
import { reachesOurResults } from './results-reach';
import { weDisclose } from './we-disclose';
import { zhDealKind } from '../zh/deal-kind';
import { ordersToTheirSeller } from './zh/personal-info';
import { anyMatching, matching } from './sentence-gate';

/**
 * How much a missing term costs the side that needs it, for a library whose playbook does not say. The terms that decide who owns what, and
 * that stop information or samples leaking before any deal, weigh most.
 */
const WEIGHT: Record<TopicId, Severity> = {
  confidentiality: 'high',
  'purpose-limitation': 'high',
  'no-reverse-engineering': 'high',
  'sample-ownership': 'high',
  'background-ip': 'high',
  'background-license': 'medium',
  'foreground-ip': 'high',
  'joint-ownership': 'medium',
  improvements: 'high',
  'results-use': 'medium',
  feedback: 'medium',
  'test-data': 'medium',
  exclusivity: 'medium',
  territory: 'medium',
  'no-implied-license': 'high',
  // Silence on residuals grants no residuals right, which is what a discloser wants; only a playbook
  // for the side that receives and goes on working in the field raises it.
  residuals: 'info',
  'return-or-destroy': 'high',
  'continuing-rights': 'low',
  survival: 'medium',
  'patent-prosecution': 'medium',
  publication: 'medium',
  'governing-law': 'medium',
  'dispute-resolution': 'medium',
  'export-control': 'low',
  // Liability is where findings on caps and indemnities are filed; no term on it is missing.
  liability: 'info',
};

/** Headings of the section where a missing term would belong, to show the reader where to add it. */
const HOME: Partial<Record<TopicId, RegExp>> = {
  confidentiality: /confidential|non-?disclosure/i,
  'purpose-limitation': /confidential|use of|purpose|evaluation|samples?/i,
  'no-reverse-engineering': /confidential|restrictions?|use of|samples?|licen[cs]e/i,
  'sample-ownership': /samples?|\bmaterials\b|ownership|\btitle\b/i,
  'background-ip': /intellectual property|ownership|proprietary rights/i,
  'background-license': /licen[cs]e|intellectual property/i,
  'foreground-ip': /intellectual property|ownership|results|inventions?/i,
  'joint-ownership': /intellectual property|ownership|inventions?/i,
  improvements: /intellectual property|ownership|improvements?|inventions?/i,
  'results-use': /results|licen[cs]e|intellectual property/i,
  feedback: /feedback|intellectual property|ownership/i,
  'test-data': /data|results|reports?|intellectual property/i,
  exclusivity: /exclusiv|appointment|grant/i,
  territory: /territor|appointment|grant|definitions/i,
  'no-implied-license': /licen[cs]e|intellectual property|reservation/i,
  residuals: /confidential/i,
  'return-or-destroy': /terminat|confidential|return/i,
  'continuing-rights': /terminat|effect of/i,
  survival: /terminat|term\b|surviv/i,
  'patent-prosecution': /patent|intellectual property|prosecution/i,
  publication: /publicat|confidential|announce/i,
  'governing-law': /governing|general|miscellaneous/i,
  'dispute-resolution': /dispute|arbitrat|governing|general|miscellaneous/i,
  'export-control': /export|compliance|general|miscellaneous/i,
};

function home(ctx: Parameters<Rule>[0], topic: TopicId): Evidence[] {
  const re = HOME[topic];
  const zh = ZH_HOME[topic];
  // The first heading is the document's title ("MUTUAL CONFIDENTIALITY AGREEMENT"), not a section.
  const title = ctx.doc.paragraphs.find((x) => x.headingLevel !== undefined);
  // A heading is a few words; a styled sentence ("if the other party fails to cure a material
  // breach …") is not a place to point the reader to.
  const p = ctx.doc.paragraphs.find(
    (x) => x !== title && x.headingLevel !== undefined && x.text.split(/\s+/).length <= 10 && (re?.test(x.text) || zh?.test(x.text)),
  );
  return p ? [{ paragraph: p.index, start: 0, end: p.text.length, text: p.text }] : [];
}

// Each condition is read from the draft once a review, however many topics and weights depend on it.
const conditionsRead = perReview(() => new Map<PlaybookCondition, boolean>());

function conditionHolds(ctx: ReviewContext, c: PlaybookCondition): boolean {
  const known = conditionsRead(ctx);
  return known.get(c) ?? known.set(c, holds(ctx, c)).get(c)!;
}

/** Whether a playbook's condition holds for this draft. */
function holds(ctx: ReviewContext, condition: PlaybookCondition): boolean {
  if (condition === 'cross-border') return crossesBorder(ctx);
  if (condition === 'shares-samples') return anyMatching(ctx.sentences, SAMPLES) || anyMatching(ctx.sentences, ZH_SAMPLES);
  if (condition === 'shares-technology') return namesTechnology(ctx.sentences);
  // Where unsure, the IP terms stay on the checklist; so do they for a customer that has work made to its
  // drawings (承揽): the tooling, moulds and design changes made for it are someone's.
  if (condition === 'develops-or-licenses') return readIpWork(ctx.sentences) !== 'no' || (ctx.role === 'customer' && zhDealKind(ctx) === 'work-made');
  // A territory bounds an exclusivity; where nothing is exclusive (a supply, a referral alliance)
  // there is nothing for it to bound.
  if (condition === 'grants-exclusivity') return ctx.topics.exclusivity?.present === true;
  // A reverse-engineering ban protects what can be taken apart; where only documents and talks are
  // shared, the use limit already covers any analysis of them.
  if (condition === 'shares-analysable') return sharesAnalysable(ctx.sentences);
  // What the recipient holds as the seller of the business it came with is not lent to it.
  // Nor are the customers' orders passed to the one that sells to them (zh/personal-info.ts).
  if (condition === 'information-lent') return !saleCovenant(ctx) && !ordersToTheirSeller(ctx);
  // A licence can be implied only in what can be licensed: technology, designs, inventions, trade
  // secrets, works. Prices, accounts, a site's title reports or a deal's terms carry none.
  // Examination content and the records of a discloser's students or patients carry none either.
  if (condition === 'shares-ip') return !nothingToDevelop(ctx) && (anyMatching(ctx.sentences, TECHNOLOGY) || anyMatching(ctx.sentences, INTELLECTUAL));
  // A media buy makes nothing to order: the advertiser designs its own promotions and the publisher runs them.
  if (condition === 'commissions-work') return !buysPromotion(ctx.sentences);
  // A data set lent for analysis has nothing to take apart, to hold title in as a thing, or to improve on.
  if (condition === 'shares-more-than-data') return !disclosesDataOnly(ctx.sentences);
  // What we make testing their product is ours unless the draft reaches it (results-reach.ts).
  if (condition === 'reaches-results') return reachesOurResults(ctx);
  // Confidentiality protects what we hand over; where we only receive, silence binds us to nothing (we-disclose.ts).
  if (condition === 'we-disclose') return weDisclose(ctx);
  // Improvements need something to improve: a licence to exhibit finished films or to distribute
  // content grants no right to make, develop or change anything. Where no English grant says, it stays.
  // A distributor that buys stock to resell has something to sell off, and marks to sell it under, when
  // the deal ends; an agent or servicing agent paid on what others buy has nothing left at the end.
  if (condition === 'resells') return anyMatching(ctx.sentences, RESELLS);
  // A cloud subscription hands over nothing to build on: access to the service is the whole grant.
  // Nor do goods made to the customer's own drawings (承揽): it takes the goods, not the maker's technology.
  if (condition === 'delivers-technology') return !hostedOnly(ctx.sentences) && zhDealKind(ctx) !== 'work-made';
  if (condition === 'improvable') {
    const grants = matching(ctx.sentences, LICENCE_GRANT);
    // A licensee barred from modifying what it licenses makes no improvements to allocate.
    return (grants.length === 0 || grants.some((s) => IMPROVABLE.test(s.text))) && !licenseeMayNotChange(ctx);
  }
  return anyMatching(ctx.sentences, GOODS) || anyMatching(ctx.sentences, ZH_GOODS);
}
// A licence, or a licence in all but name ("grants … a worldwide, non-exclusive right to use, reproduce and display the Content").
const LICENCE_GRANT = /\bgrant(?:s|ed)?\b[^.;]{0,200}?\b(?:licen[cs]es?|(?:non-?exclusive|exclusive|worldwide|non-?transferable)\b[^.;]{0,60}?\brights?\s+to\s+use)\b/i;
// What a licence lets the licensee do or use that can be improved on: make, develop or change it, or technology itself.
// Not reproducing or copying as such: copies of content or marks displayed as they are improve nothing.
const IMPROVABLE =
  /\b(?:make|manufactur\w*|develop\w*|modif\w*|adapt\w*|improv\w*|enhanc\w*|derivative\s+works?|translat\w*|practi[cs]e|have\s+made|technolog\w*|know-how|patents?|software|source\s+code|firmware|inventions?|formula\w*|designs?|process(?:es)?)\b/i;
// Buying goods to resell, or holding stock of them: "purchase the Products for resale", "the Distributor's inventory".
const RESELLS =
  /\b(?:resell\w*|resale|re-sale|inventory|inventories|stock\s+of\s+(?:the\s+)?products?|(?:purchase|buy|order)s?\s+(?:the\s+|such\s+|all\s+)?products?\b|products?\s+(?:purchased|bought|ordered)\s+(?:by|from))|转售|库存/i;
// What export controls reach: technology, technical data, software and the devices it is in. Consumer
// goods traded under a brand (food, cosmetics, supplements) carry none.
// 技术 names technology save where it names people or a service paid for their time: 技术服务, 技术人员,
// 技术支持 (a secondment of engineers hands over none of its own), or the law on technology contracts.
// Export control reads the service back in (ZH_TECHNICAL_SERVICE).
const TECHNOLOGY =
  /\b(?:technolog(?:y|ies)|technical\s+(?:data|information|documentation|specifications?)|know-how|software|source\s+code|firmware|prototypes?|inventions?|semiconductors?|encryption)\b|技术(?!服务|人员|员|工人|支持|合同|职称|培训)|软件|源代码|样机/i;
// A technical service (技术服务, 技术支持, 技术培训) shares no technology for anyone to own, but is a form of
// technology export (Regulations on Technology Import and Export, art. 2): export control still reaches it.
const ZH_TECHNICAL_SERVICE = /技术(?:服务|支持|培训)/;
const zhTechnicalService = (ctx: ReviewContext): boolean => anyMatching(ctx.sentences, ZH_TECHNICAL_SERVICE);
// What else a licence could be implied in, beside technology.
const INTELLECTUAL =
  /\b(?:intellectual\s+property|patents?|copyrights?|trade\s*marks?|trade\s+secrets?|designs?|drawings|formula(?:s|e|tions?)?|algorithms?|specifications|processes|methods|models|source\s+codes?|computer\s+programs?|programs|databases?|works\s+of\s+authorship)\b|专利|知识产权|商业秘密|著作权|商标|配方|设计/i;
/** The draft deals with technology, technical data, software or prototypes anywhere. */
export const namesTechnology = (sentences: readonly { text: string }[]): boolean => anyMatching(sentences, TECHNOLOGY);

// Physical things handed over: what can be torn down, analysed or kept.
const GOODS = /\b(?:samples?|prototypes?|specimens?|equipment|devices?|hardware|cells|modules|units|boilers?|instruments?|materials?|products?)\b[^.;]{0,80}\b(?:deliver\w*|suppl\w*|ship\w*|provid\w*|furnish\w*|sold|sell|install\w*|loan\w*|lent)\b|\b(?:deliver\w*|suppl\w*|ship\w*|provid\w*|furnish\w*|sell|install\w*)\b[^.;]{0,80}\b(?:samples?|prototypes?|specimens?|equipment|devices?|hardware|cells|modules|units|products?)\b/i;

interface Wanted {
  /** The topics whose absence the playbook raises for our side, at its severity, where its conditions hold. */
  raised: { topic: TopicId; severity: Severity }[];
  /** Topics it would raise but for the deal developing and licensing nothing: the review says so once. */
  noIpWork: TopicId[];
}

function wanted(ctx: ReviewContext): Wanted {
  const playbook = ctx.playbook;
  if (!playbook) return { raised: [], noIpWork: [] };
  if (!playbook.missing)
    return { raised: playbook.required.filter((topic) => WEIGHT[topic] !== 'info').map((topic) => ({ topic, severity: WEIGHT[topic] })), noIpWork: [] };
  const met = (c: PlaybookCondition) => conditionHolds(ctx, c);
  const out: Wanted = { raised: [], noIpWork: [] };
  for (const [id, p] of Object.entries(playbook.missing)) {
    const topic = id as TopicId;
    const when = p?.when ?? [];
    if (!when.every((c) => c === IP_WORK || met(c) || (topic === 'export-control' && c === 'shares-technology' && zhTechnicalService(ctx)))) continue;
    if (when.includes(IP_WORK) && !met(IP_WORK)) out.noIpWork.push(topic);
    else out.raised.push({ topic, severity: p!.severity });
  }
  return out;
}

const IP_WORK: PlaybookCondition = 'develops-or-licenses';

/**
 * Each topic the playbook raises for our role that the draft does not deal with, citing the section
 * where it would belong when the draft has one.
 */
export const missingTerms: Rule = (ctx) => {
  // An amendment changes a few terms of another agreement and keeps the rest: what it does not say is
  // in the agreement it amends, not missing.
  if (amendsAnother(ctx)) return [];
  // A press release about an agreement holds none of its terms: say so once instead of calling each missing.
  if (announcesOnly(ctx)) return [finding(ctx, { rule: 'missing', key: 'missing.not-an-agreement', topic: 'confidentiality', severity: 'info', kind: 'missing', evidence: [], noFix: true })];
  // A cover page or order whose terms are incorporated from elsewhere: say so once, not each term missing.
  if (termsElsewhere(ctx)) return [finding(ctx, { rule: 'missing', key: 'missing.terms-elsewhere', topic: 'confidentiality', severity: 'info', kind: 'missing', evidence: [], noFix: true })];
  // A clause the term reader reads as saying who holds the thing settles its topic, whatever its wording.
  const settled = settledTopics(ctx);
  const tested = settledByTestedThing(ctx);
  const background = settledByDefinedBackground(ctx);
  const absent = (topic: TopicId) =>
    ctx.topics[topic] &&
    !ctx.topics[topic].present &&
    !settled.has(topic) &&
    !tested.has(topic) &&
    !background.has(topic) &&
    !(topic === 'background-ip' && weHoldWhatIsMade(ctx)) &&
    // A customer that owns what is built owns the improvements made in it; the developer's own tools are licensed to it as needed.
    !(topic === 'improvements' && ctx.role === 'customer' && weHoldWhatIsMade(ctx)) &&
    !(topic === 'foreground-ip' && developerKeepsWhatIsBuilt(ctx)) &&
    !(topic === 'no-implied-license' && titleKept(ctx.sentences)) &&
    !(topic === 'exclusivity' && saysNonExclusive(ctx.sentences)) &&
    !(topic === 'territory' && saysNoBoundOfPlace(ctx.sentences)) &&
    !(topic === 'territory' && useOnlyLicence(ctx)) &&
    !(topic === 'test-data' && trialLessonsOurs(ctx));
  const { raised, noIpWork } = wanted(ctx);
  const gaps = raised
    .filter(({ topic }) => absent(topic))
    // Return owed on request, under the termination heading or in a list led in by the end is a return term, not a missing one.
    .filter(({ topic }) => topic !== 'return-or-destroy' || !(returnsOtherwise(ctx.sentences) || returnsUnderLeadIn(ctx.sentences)))
    // What is protected is only what we receive: a return duty would bind only us.
    .filter(({ topic }) => topic !== 'return-or-destroy' || !weOnlyReceive(ctx))
    // Where only the agreement's own terms are secret, nothing was handed over to give back.
    .filter(({ topic }) => topic !== 'return-or-destroy' || !onlyTermsSecret(ctx))
    .map((g) => ({ ...g, severity: missingWeight(ctx, g.topic, g.severity, (c) => conditionHolds(ctx, c)) }));
  // With no confidentiality term at all, the use limit and the return duty are parts of the one
  // clause to add, not gaps of their own; where the playbook asks for none in this deal (we share no
  // technology), the parts are not owed either. A separate confidentiality agreement between the
  // parties, which this one names, holds all three: they are in a text we do not have, not missing.
  const waived = absent('confidentiality') && ctx.playbook?.missing?.confidentiality !== undefined && !raised.some(({ topic }) => topic === 'confidentiality');
  const noConfidentiality = waived || gaps.some(({ topic }) => topic === 'confidentiality');
  const elsewhere = noConfidentiality && anyMatching(ctx.sentences, OTHER_NDA);
  // Confidentiality terms in a part of the agreement this text does not hold: say so once, not each of their parts as missing.
  const part = gaps.some(({ topic }) => IN_CONFIDENTIALITY_PART.has(topic)) ? confidentialityInAbsentPart(ctx) : undefined;
  const kept = gaps
    .filter(({ topic }) => !noConfidentiality || !PART_OF_CONFIDENTIALITY.has(topic))
    .filter(({ topic }) => !elsewhere || topic !== 'confidentiality')
    .filter(({ topic }) => part === undefined || !IN_CONFIDENTIALITY_PART.has(topic));
  const unchecked = noIpWork.filter(absent);
  // A text that starts mid-agreement: say once that its gaps may be in the part not given.
  const start = kept.length > 0 ? excerptStart(ctx) : undefined;
  if (start) return [finding(ctx, { rule: 'missing', key: 'missing.excerpt', topic: kept[0]!.topic, severity: 'info', kind: 'missing', evidence: [], noFix: true, params: { clause: start } })];
  return [
    ...(part !== undefined
      ? [finding(ctx, { rule: 'missing', key: 'missing.confidentiality-part', topic: 'confidentiality', severity: 'info', kind: 'missing', evidence: [], noFix: true, params: { part } })]
      : []),
    ...withOneIpClause(ctx, kept).map(({ topic, severity, folded }) =>
      finding(ctx, {
        rule: 'missing',
        key: folded.length > 0 ? 'missing.ip-terms' : lightKey(ctx, topic) ?? `missing.${topic}`,
        topic,
        severity,
        kind: 'missing',
        evidence: home(ctx, topic),
        ...(folded.length === 0 && topic === 'foreground-ip' && developerKeepsResults(ctx) ? { noFix: true } : {}),
        ...(folded.length > 0 ? { params: { terms: topicList(folded) } } : {}),
      }),
    ),
    // Said once, below low: the reader sees the IP terms were weighed, and why they were not raised.
    ...(unchecked.length > 0
      ? [finding(ctx, { rule: 'missing', key: 'missing.no-ip-work', topic: unchecked[0]!, severity: 'info', kind: 'missing', evidence: [], noFix: true, params: { topics: topicList(unchecked) } })]
      : []),
  ];
};

/** Verbs by which a party holds what is made: it owns it, or it passes or vests in that party. */
const HOLDS: ReadonlySet<OwnershipTerm['verb']> = new Set(['owns', 'vests', 'assigns']);

/**
 * A clause that each side keeps its own IP guards against what the other side takes of it through
 * what is made. Where the draft gives us what is made (results or improvements) and gives them
 * nothing, no term carries our IP to them: silence on it costs us nothing.
 */
function weHoldWhatIsMade(ctx: ReviewContext): boolean {
  const made = ownershipTerms(ctx).filter((t) => HOLDS.has(t.verb) && (t.things.includes('results') || t.things.includes('improvements')));
  return made.some((t) => holderStance(ctx, t) === 'ours') && !made.some((t) => holderStance(ctx, t) !== 'ours');
}

/**
 * In services and outsourcing work the developer mostly changes and extends its own systems: where it
 * keeps its own materials "and any and all derivative works based thereon" and nothing gives the
 * customer what is made, silence on the results leaves them with the developer (as copyright and
 * commissioned-development law do by default), so it is no gap for the developer.
 */
function developerKeepsWhatIsBuilt(ctx: ReviewContext): boolean {
  if (ctx.role !== 'developer') return false;
  const terms = ownershipTerms(ctx);
  const keeps = terms.some((t) => t.verb === 'retains' && t.things.includes('improvements') && holderStance(ctx, t) === 'ours');
  return keeps && !terms.some((t) => HOLDS.has(t.verb) && (t.things.includes('results') || t.things.includes('improvements')) && holderStance(ctx, t) === 'theirs');
}

const topicList = (topics: readonly TopicId[]) => listOf(topics.map((t) => ({ say: `review.topic.${t}` as MessageKey })));

/** Every topic an IP clause deals with: where the draft touches none of them, it has no IP clause at all. */
const IP_TOPICS: readonly TopicId[] = ['background-ip', 'background-license', 'foreground-ip', 'joint-ownership', 'improvements', 'results-use', 'patent-prosecution'];
/** What follows from who owns the results: with no IP clause at all, the one clause to add answers them too. */
const FOLLOWS_RESULTS: ReadonlySet<TopicId> = new Set(['joint-ownership', 'improvements', 'results-use', 'patent-prosecution']);

/**
 * With no IP clause at all, missing results ownership, improvements, use of results and patent filing
 * are one gap, not four: one finding under results ownership names them all, at the weight of the
 * heaviest. What each side keeps of its own IP, and may use of the other's, stay apart.
 */
function withOneIpClause(ctx: ReviewContext, gaps: { topic: TopicId; severity: Severity }[]): { topic: TopicId; severity: Severity; folded: TopicId[] }[] {
  const results = gaps.find(({ topic }) => topic === 'foreground-ip');
  const noIpClause = IP_TOPICS.every((t) => !ctx.topics[t]?.present);
  const folded = results && noIpClause ? gaps.filter(({ topic }) => FOLLOWS_RESULTS.has(topic)) : [];
  if (folded.length === 0) return gaps.map((g) => ({ ...g, folded: [] }));
  const severity = folded.reduce((worst, g) => (severityRank(g.severity) > severityRank(worst) ? g.severity : worst), results!.severity);
  return gaps
    .filter((g) => !FOLLOWS_RESULTS.has(g.topic))
    .map((g) => (g === results ? { ...g, severity, folded: folded.map((f) => f.topic) } : { ...g, folded: [] }));
}

const PART_OF_CONFIDENTIALITY: ReadonlySet<TopicId> = new Set(['purpose-limitation', 'return-or-destroy']);
/** What a confidentiality section holds, beside the duty itself. */
const IN_CONFIDENTIALITY_PART: ReadonlySet<TopicId> = new Set(['confidentiality', 'purpose-limitation', 'return-or-destroy', 'no-reverse-engineering', 'residuals']);

/** Another agreement on confidentiality, named: "the Confidentiality Agreement between the parties dated …", "that certain Mutual Non-Disclosure Agreement". */
const OTHER_NDA =
  /\b(?:the|that\s+certain|a|an)\s+(?:(?:Mutual|Reciprocal|Unilateral|One-Way)\s+)?(?:Confidentiality|Non-?Disclosure|Nondisclosure|Secrecy)(?:\s+and\s+(?:Disclosure|Non-?Use|Confidentiality))?\s+Agreement\b/;

/** "Amendment No. 3 to the Manufacturing Agreement", "amends that certain Supply Agreement". */
const AMENDMENT = /\bAmendment\b(?:\s+No\.)?[^.;]{0,80}?\bto\b[^.;]{0,120}?\bAgreement\b|\bamends?\s+(?:that\s+certain|the)\s+[^.;]{0,100}?Agreement\b/i;
/** "All other terms and conditions of the Agreement shall remain in full force and effect." */
const REST_STANDS = /\b(?:all\s+)?other\s+(?:terms|provisions)\b[^.;]{0,100}?\b(?:remain|continue)\s+(?:unchanged|unmodified|in\s+(?:full\s+)?force)/i;

/** "… announced today that …", "(Nasdaq: UNBJ)": a notice of a deal, not the deal. */
const ANNOUNCES = /\bannounced\s+(?:today|that)\b|\((?:Nasdaq|NYSE|AMEX|NYSE\s+American|TSX|LSE|OTC\w*)\s*:\s*[A-Z][A-Z.]{0,5}\)/;
/** Words by which a text binds its parties; an agreement has some, a press release none. */
const OPERATIVE = /\b(?:shall|hereby|agrees?|agreed|undertakes?|covenants?|whereas|witnesseth)\b/i;

function announcesOnly(ctx: ReviewContext): boolean {
  return anyMatching(ctx.sentences.slice(0, 5), ANNOUNCES) && !anyMatching(ctx.sentences, OPERATIVE);
}

function amendsAnother(ctx: ReviewContext): boolean {
  return anyMatching(ctx.sentences.slice(0, 5), AMENDMENT) && anyMatching(ctx.sentences, REST_STANDS);
}

/** The message of a missing term the law fills in for us: PRC law governs anyway, the results stay the developer's. */
function lightKey(ctx: ReviewContext, topic: TopicId): string | undefined {
  if (topic === 'governing-law' && domesticChinese(ctx)) return 'missing.governing-law-domestic';
  if (topic === 'foreground-ip' && developerKeepsResults(ctx)) return 'missing.foreground-ip-prc-developer';
  return undefined;
}
