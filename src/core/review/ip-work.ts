import type { Sentence } from './context';
import { anyMatching } from './rules/sentence-gate';

/**
 * Whether a deal develops, creates or licenses technology or other IP at all: 'yes' where the draft
 * has work that produces results (development, research, inventions, software, deliverables), a grant
 * of a licence, or terms that allocate IP; 'no' where it has none of that and says what it does
 * instead (operate, maintain, build, supply, sell, buy, broadcast); 'unsure' where it says neither.
 * The IP checklist (who owns results, improvements, patent filing) only makes sense on the first.
 * Quick to say 'yes', slow to say 'no': a wrong 'no' hides a real gap, a wrong 'yes' only keeps the
 * checklist as it was.
 */
export type IpWork = 'yes' | 'no' | 'unsure';

export function readIpWork(sentences: readonly Sentence[]): IpWork {
  if (sentences.some((s) => !ZH_TITLE.test(s.text) && makesOrLicenses(s.text))) return 'yes';
  return anyMatching(sentences, OTHER_WORK) || anyMatching(sentences, ZH_OTHER_WORK) ? 'no' : 'unsure';
}

function makesOrLicenses(text: string): boolean {
  return (
    RESULTS_WORK.test(text) ||
    LICENCE_GRANT.some((r) => r.test(text)) ||
    IP_ALLOCATED.some((r) => r.test(text)) ||
    IP_USED.test(text) ||
    zhWork(text.replace(ZH_INFRINGED, '')) ||
    developsSomething(text)
  );
}

/**
 * "develop" in any form, unless each use develops only the running of the deal: "the committee shall
 * develop procedures", "guidelines to be developed by the parties". Developing a market, a site or a
 * product counts: a wrong 'yes' costs nothing.
 */
function developsSomething(text: string): boolean {
  const uses = text.match(DEVELOP_WORD)?.length ?? 0;
  if (uses === 0) return false;
  const administrative = (text.match(DEVELOPS_ADMIN)?.length ?? 0) + (text.match(ADMIN_DEVELOPED)?.length ?? 0);
  return uses > administrative;
}

const DEVELOP_WORD = /\b(?:co-?)?develop(?:s|ed|ing|ments?)?\b/gi;
// The running of the deal: its procedures, rules, plans and budgets.
const ADMIN = String.raw`(?:procedures?|guidelines?|rules|polic(?:y|ies)|plans?|budgets?|schedules?|timetables?|forms?|terms(?:\s+and\s+conditions)?|criteria|protocols?|methodolog(?:y|ies)|processes)`;
const DEVELOPS_ADMIN = new RegExp(String.raw`\b(?:co-?)?develop(?:s|ed|ing)?\s+(?:(?:the|such|any|appropriate|written|detailed|joint|mutually\s+agreed|operating|maintenance)\s+){0,3}${ADMIN}\b`, 'gi');
const ADMIN_DEVELOPED = new RegExp(String.raw`\b${ADMIN}\b[^.;]{0,60}?\b(?:be|been|being|is|are|was|were)\s+developed\b`, 'gi');

/** Work whose product is IP, named by what it produces or how such work is contracted. */
const RESULTS_WORK =
  /\b(?:research|inventions?|invent(?:s|ed|ing|ors?)?|know-how|source\s+code|object\s+code|firmware|software|prototypes?|deliverables?|work\s+product|works?\s+(?:made\s+)?for\s+hire|works?\s+of\s+authorship|patent\s+applications?|patentab\w+|non-recurring\s+engineering|engineering\s+(?:services|work|support|changes?))\b|\b(?:shall|will|to)\s+design\b|\b(?:test(?:ing)?|evaluation|analysis)\s+(?:results?|data|reports?)\b|\bresults\s+of\s+(?:the\s+|such\s+|any\s+)?(?:tests?|testing|evaluations?|analys[ie]s|research|work|project|development|stud(?:y|ies)|trials?)\b/i;

/** A licence granted between the parties, not a permit a party holds ("licenses issued by the FCC", "permits, licenses and approvals"). */
const LICENCE_GRANT = [
  /\bgrant(?:s|ed|ing)?\b[^.;]{0,120}?\blicen[cs]e\b/i,
  /\bhereby\s+licen[cs]es\b/i,
  /\bsub-?licen[cs]\w*/i,
  /\blicen[cs]e[sd]?\s+(?:\w+\s+){0,2}?to\s+(?:use|make|have\s+made|sell|reproduce|copy|practi[cs]e|exploit|modify|display|perform)\b/i,
  /\blicen[cs]e\s+(?:under|of|in|to)\s+(?:the\s+|its\s+|any\s+|all\s+)?(?:\w+\s+)?(?:patents?|copyrights?|trade\s*marks?|marks|intellectual|technology|software|know-how|content)\b/i,
  /\b(?:copyright|patent|trade\s*mark|content|software|technology|know-how)\s+licen[cs]es?\b|\blicen[cs]e\s+agreement\b/i,
  /\bgrant(?:s|ed)?\b[^.;]{0,80}?\brights?\s+to\s+(?:use|copy|reproduce|make|have\s+made|sell|distribute|display|exploit|practi[cs]e|modify)\b/i,
  /\blicensed\s+(?:patents?|technology|software|know-how|rights|products?|marks|trade\s*marks|materials|content|intellectual|IP)\b/i,
];

/** Leave to use the other side's IP: "use the Licensor's name and logo", "use of the Content", "any right to use the trademarks". */
const IP_USED = /\buse\s+(?:of\s+)?(?:the\s+|its\s+|their\s+|such\s+|any\s+)?(?:[\w'’-]+\s+){0,4}?(?:logos?|trade\s*marks?|marks|content|software|technology|know-how|patents?|copyrights?|intellectual\s+property)\b/i;

/** Terms that allocate IP: "title to all inventions", "intellectual property … shall vest in". */
const IP_THING = String.raw`(?:intellectual\s+property|patents?|copyrights?|inventions?|work\s+product|trade\s+secrets?)`;
const IP_ALLOCATED = [
  new RegExp(String.raw`\b(?:title\s+to|ownership\s+of|shall\s+own|will\s+own|owns|assigns?|assignment\s+of)\b[^.;]{0,60}?\b${IP_THING}\b`, 'i'),
  new RegExp(String.raw`\b${IP_THING}\b[^.;]{0,80}?\b(?:vest|belong|be\s+owned|be\s+the\s+(?:sole\s+|exclusive\s+)?property)\b`, 'i'),
];

/** What a deal does where it develops nothing: operate, maintain, build, supply, sell, buy, carry, broadcast. */
const OTHER_WORK =
  /\b(?:shall|will|agrees?\s+to)\s+(?:\w+\s+){0,2}?(?:operate|maintain|repair|construct|build|install|supply|sell|purchase|buy|deliver|transport|gather|store|lease|rent|broadcast|air|transmit|carry|manufacture|provide)\b/i;

// 开发票 is 开 + 发票, issuing an invoice (分别开发票), not 开发; 开发票务系统 is still development.
// 研制 (research and build) and 试制 (build a first one) are development too: 委托乙方研制控制装置.
// Know-how (诀窍) and a transfer of technology (技术转让费, 转让…技术) are IP work in the clauses, whatever the title says.
const ZH_WORK = /开发(?!票(?!务))|研发|研制|试制|研究|授权使用|发明|专利|技术成果|软件|源代码|专有技术|技术秘密|诀窍|技术转让|转让[^，。；]{0,12}?技术/;
// A patent named only as what the goods must not infringe (不侵犯任何第三方的专利权) is a seller's warranty in
// any sale of goods, not work that makes or licenses IP.
// Its heading too: 专利权的侵犯.
const ZH_INFRINGED = /(?:侵犯|侵害|侵权)[^。；]{0,20}?(?:专利|商标|著作权|知识产权)|(?:专利|商标|著作权|知识产权)权?的?(?:侵犯|侵害|侵权)/g;
// A Chinese contract's title line (转让技术秘密和补偿贸易合作生产合同) names a kind of deal, often a form
// library's page name over another contract: what the deal does is read from its clauses.
const ZH_TITLE = /^[^，。；：:,.;]{2,40}(?:合同|协议|协议书|合同书|契约)$/;
// 许可 is a licence only where something is licensed: 许可使用, 实施许可, 许可方, 许可合同. "未经甲方许可"
// is consent, and 居住许可, 经营许可, 许可证 are permits a party holds.
const ZH_LICENCE = /(?:实施|使用|独占|排他|普通|专利|技术|软件|商标|著作权|版权|分)许可|许可(?:(?:[甲乙丙对他][方人]|其|被许可方)[^。；，]{0,20}?)?(?:使用|实施|复制|制造|生产|销售)|被许可|许可[方人]|许可(?:合同|协议)/g;
const ZH_CONSENT = /未经[^。；，]{0,12}$/;
const zhWork = (text: string): boolean =>
  ZH_WORK.test(text) || [...text.matchAll(ZH_LICENCE)].some((m) => !ZH_CONSENT.test(text.slice(Math.max(0, m.index - 14), m.index)));
// What else a deal does: operate, build, supply, sell, order goods (订购), carry, or send its staff to work for the other
// side (派遣工程师, 派出技术人员): a secondment pays for people's time, not for what they make.
const ZH_OTHER_WORK = /运营|运行|维护|施工|建设|安装|供应|供货|销售|出售|采购|购买|订购|播出|运输|(?:派遣|派出|选派|委派)[^。；]{0,20}?(?:工程师|技术人员|专家|人员|技术服务组)/;
