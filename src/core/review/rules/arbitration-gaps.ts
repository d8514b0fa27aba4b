import type { Rule, ReviewContext } from '../context';
import { lawCountry } from '../places';
import { arbitrationSeat } from './arbitration-seat';
import { G } from '../topics/zh/words';
import { eitherForum } from './arbitration-or-court';
import { AGREES_TO_ARBITRATE } from './forum';
import { arbitrationFix } from './arbitration-fix';
import { finding } from './finding';
import { quote, zhHits } from './text';
import { firstMatching, matching } from './sentence-gate';

const ARBITRAL = /\barbitra\w*/i;
// What makes an arbitration workable without first going to court: the rules it runs under, an
// institution known by its own name (whose rules then apply), or the seat.
const RULES = /\brules\b|\bUNCITRAL\b|\bArbitration\s+Act\b|\bCode\s+of\s+Civil\s+Procedure\b|\bprocedures?\s+of\s+the\b/i;
const INSTITUTION =
  /\b(?:ICC|International\s+Court\s+of\s+Arbitration|SIAC|Singapore\s+International\s+Arbitration\s+Cent(?:re|er)|HKIAC|Hong\s+Kong\s+International\s+Arbitration\s+Cent(?:re|er)|CIETAC|China\s+International\s+Economic\s+and\s+Trade\s+Arbitration\s+Commission|SHIAC|Shanghai\s+International\s+Arbitration\s+Cent(?:re|er)|LCIA|London\s+Court\s+of\s+International\s+Arbitration|AAA|American\s+Arbitration\s+Association|ICDR|International\s+Cent(?:re|er)\s+for\s+Dispute\s+Resolution|JAMS|Judicial\s+Arbitration\s+and\s+Mediation\s+Services|SCC|Stockholm\s+Chamber\s+of\s+Commerce|VIAC|Vienna\s+International\s+Arbitral\s+Cent(?:re|er)|DIS|German\s+Arbitration\s+Institute|Swiss\s+(?:Chambers|Arbitration\s+Cent(?:re|er))|JCAA|Japan\s+Commercial\s+Arbitration\s+Association|KCAB|Korean\s+Commercial\s+Arbitration\s+Board|Permanent\s+Court\s+of\s+Arbitration|Netherlands\s+Arbitration\s+Institute|Chartered\s+Institute\s+of\s+Arbitrators|FINRA|NASD)\b/;
const SEAT =
  /\b(?:[Ss]eat|[Pp]lace|[Vv]enue|[Ss]ite|[Ll]ocation)\s+of\s+(?:the\s+|any\s+)?[Aa]rbitra\w*|\b(?:held|seated|conducted|take\s+place|sit|sitting|located)\s+in\b|\b[Aa]rbitration\s+(?:\w+\s+){0,3}?in\s+(?:the\s+)?[A-Z]/;

// PRC law wants an arbitral institution that can be identified: any body known by its own name,
// "Beijing Arbitration Commission", "Shenzhen Court of International Arbitration", counts.
const COMMISSION = /\b[A-Z][a-z]+\s+(?:International\s+)?(?:Arbitration\s+(?:Commission|Cent(?:re|er)|Court)|Court\s+of\s+(?:International\s+)?Arbitration)\b/;
// A Chinese agreement to arbitrate: 提交仲裁解决, 申请仲裁, 由…仲裁人仲裁.
// 应由＿＿仲裁庭…进行仲裁: the body that decides, named (or left blank) before the word.
const ZH_AGREES = new RegExp(`(?:提交|申请|提请|交由|交付|诉诸|通过|应由)${G(30)}仲裁(?!费|裁决)`, 'g');
// A commission by its name (上海仲裁委员会, 中国国际经济贸易仲裁委员会, 深圳国际仲裁院).
// "有管辖权的仲裁委员会" and "任何仲裁委员会" describe a body without naming one.
const ZH_NAMED = /[\u4e00-\u9fffA-Za-z）)\s\u3000](?<!提交|申请|提请|交由|交付|诉诸|有关|相关|任何|适当|权的|管辖的|主管的|[向由到交或])(?:仲裁委员会|仲裁院|仲裁中心|仲裁协会)|\b(?:CIETAC|HKIAC|SIAC|ICC|SHIAC|SCIA|LCIA)\b/;
// The body left as a blank to fill (＿＿仲裁委员会, 由____仲裁庭, 可＿＿申请仲裁): signed so, it names none.
const ZH_BLANK_BODY = /[＿_]{2}[\s\u3000]{0,2}(?:仲裁委员会|仲裁院|仲裁中心|仲裁协会|仲裁庭|仲裁机构|申请仲裁)/;
// A form that leaves the forum itself to choose (采用以下第＿种方式解决: arbitration, or the courts): arbitration
// is one option of a choice still blank, not the agreement.
const ZH_FORUM_CHOICE = /(?:以下|下列)第?[＿_]{1,10}种?(?:方式|办法)/;

/** Whether PRC law decides the arbitration agreement: a seat in mainland China, or, with no seat read, PRC law chosen or a Chinese draft choosing no other law. */
function underPrcLaw(ctx: ReviewContext, chinese: boolean): boolean {
  // With no law chosen for the agreement to arbitrate itself, the law of the seat decides its validity:
  // a seat outside mainland China takes it out of PRC law whatever law governs the contract.
  const seat = arbitrationSeat(ctx.sentences.filter((s) => /仲裁|\barbitra/i.test(s.text)));
  if (seat !== undefined) return seat === 'CN';
  const law = lawCountry(ctx);
  return law === 'CN' || (chinese && law === undefined);
}

/**
 * Under PRC law an agreement to arbitrate that names no arbitral institution may be invalid unless
 * one can be identified from the clause, the rules or the place chosen, or the parties agree one
 * later; the dispute then goes to court. Read where the seat is in mainland China, or, with no seat
 * read, where PRC law governs or a Chinese draft chooses no other law.
 */
function noCommission(ctx: ReviewContext): ReturnType<Rule> {
  // Arbitration offered beside the courts (或裁或诉) is that rule's point, at its own weight.
  const zh = zhHits(ctx, ZH_AGREES, (h) => !eitherForum(h.sentence.text));
  const en = firstMatching(ctx.sentences, AGREES_TO_ARBITRATE);
  if (zh.length === 0 && !en) return [];
  if (!underPrcLaw(ctx, zh.length > 0)) return [];
  const arbitral = ctx.sentences.filter((s) => /仲裁|\barbitra/i.test(s.text));
  if (arbitral.some((s) => ZH_NAMED.test(s.text) || INSTITUTION.test(s.text) || COMMISSION.test(s.text))) return [];
  const blank = arbitral.find((s) => ZH_BLANK_BODY.test(s.text));
  if (blank && ctx.sentences.some((s) => ZH_FORUM_CHOICE.test(s.text))) return [];
  return [
    finding(ctx, {
      rule: 'ambiguous.arbitration-gaps',
      key: blank ? 'ambiguous.arbitration-gaps-blank' : 'ambiguous.arbitration-gaps-prc',
      topic: 'dispute-resolution',
      severity: 'medium',
      kind: 'ambiguous',
      evidence: [quote(blank ?? zh[0]?.sentence ?? en!)],
      ...arbitrationFix(ctx),
    }),
  ];
}

/**
 * An agreement to arbitrate that says nothing that lets the arbitration start on its own: no rules,
 * no institution by its own name, no seat. Nobody can appoint the tribunal or say where it sits
 * without a court's help first, and such clauses are the classic ground for refusing an award.
 */
export const arbitrationGaps: Rule = (ctx) => {
  const prc = noCommission(ctx);
  if (prc.length > 0) return prc;
  const agreement = firstMatching(ctx.sentences, AGREES_TO_ARBITRATE);
  if (!agreement) return [];
  const clause = matching(ctx.sentences, ARBITRAL);
  // "located in" tells where a body sits, not the arbitration; the seat is said of the arbitration.
  const seat = clause.some((s) => SEAT.test(s.text.replace(/\b(?:Chamber|Commission|Committee|Cent(?:re|er)|Association|Institute|Court)\b[^.;]{0,40}\blocated\s+in\b/g, '')));
  if (seat || clause.some((s) => RULES.test(s.text) || INSTITUTION.test(s.text))) return [];
  return [
    finding(ctx, {
      rule: 'ambiguous.arbitration-gaps',
      topic: 'dispute-resolution',
      severity: 'medium',
      kind: 'ambiguous',
      evidence: [quote(agreement)],
    }),
  ];
};
