import type { Rule } from '../context';
import { AGREES_TO_ARBITRATE } from './forum';
import { finding } from './finding';
import { quote } from './text';

const ARBITRAL = /\barbitra\w*/i;
// What makes an arbitration workable without first going to court: the rules it runs under, an
// institution known by its own name (whose rules then apply), or the seat.
const RULES = /\brules\b|\bUNCITRAL\b|\bArbitration\s+Act\b|\bCode\s+of\s+Civil\s+Procedure\b|\bprocedures?\s+of\s+the\b/i;
const INSTITUTION =
  /\b(?:ICC|International\s+Court\s+of\s+Arbitration|SIAC|Singapore\s+International\s+Arbitration\s+Cent(?:re|er)|HKIAC|Hong\s+Kong\s+International\s+Arbitration\s+Cent(?:re|er)|CIETAC|China\s+International\s+Economic\s+and\s+Trade\s+Arbitration\s+Commission|SHIAC|Shanghai\s+International\s+Arbitration\s+Cent(?:re|er)|LCIA|London\s+Court\s+of\s+International\s+Arbitration|AAA|American\s+Arbitration\s+Association|ICDR|International\s+Cent(?:re|er)\s+for\s+Dispute\s+Resolution|JAMS|Judicial\s+Arbitration\s+and\s+Mediation\s+Services|SCC|Stockholm\s+Chamber\s+of\s+Commerce|VIAC|Vienna\s+International\s+Arbitral\s+Cent(?:re|er)|DIS|German\s+Arbitration\s+Institute|Swiss\s+(?:Chambers|Arbitration\s+Cent(?:re|er))|JCAA|Japan\s+Commercial\s+Arbitration\s+Association|KCAB|Korean\s+Commercial\s+Arbitration\s+Board|Permanent\s+Court\s+of\s+Arbitration|Netherlands\s+Arbitration\s+Institute|Chartered\s+Institute\s+of\s+Arbitrators|FINRA|NASD)\b/;
const SEAT =
  /\b(?:[Ss]eat|[Pp]lace|[Vv]enue|[Ss]ite|[Ll]ocation)\s+of\s+(?:the\s+|any\s+)?[Aa]rbitra\w*|\b(?:held|seated|conducted|take\s+place|sit|sitting|located)\s+in\b|\b[Aa]rbitration\s+(?:\w+\s+){0,3}?in\s+(?:the\s+)?[A-Z]/;

/**
 * An agreement to arbitrate that says nothing that lets the arbitration start on its own: no rules,
 * no institution by its own name, no seat. Nobody can appoint the tribunal or say where it sits
 * without a court's help first, and such clauses are the classic ground for refusing an award.
 */
export const arbitrationGaps: Rule = (ctx) => {
  const agreement = ctx.sentences.find((s) => AGREES_TO_ARBITRATE.test(s.text));
  if (!agreement) return [];
  const clause = ctx.sentences.filter((s) => ARBITRAL.test(s.text));
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
