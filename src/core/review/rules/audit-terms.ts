import type { Rule } from '../context';
import { finding } from './finding';
import { ourSide, partyBefore, partyRefs, type Side } from './side';
import { groupedEvidence, hitsWhere, substantive, type Hit } from './text';

// An audit or inspection of a party: "to audit Licensee's compliance", "inspect the records of the
// Distributor". "auditors" (the people) is not the act.
const AUDIT = /\b(?:audit|inspect|examine)(?:s|ed|ing)?\b/gi;
// It is a right: "shall have the right", "may", "is entitled to", "shall permit ... to".
const RIGHT = /\b(?:right|may|entitled|permit(?:s|ted)?|allow(?:s|ed)?|authori[sz]ed)\b/i;
/** How far from the verb the audited party is named ("audit Licensee's records", "the books of the Licensee"). */
const OBJECT_SPAN = 80;

// No notice: "at any time, announced or unannounced", "without (prior) notice", "with or without notice".
const NO_NOTICE = /\bunannounced\b|\bwith(?:out|\s+or\s+without)\s+(?:any\s+)?(?:prior\s+|advance\s+)?(?:written\s+)?notice\b|\bsurprise\s+(?:audit|inspection|visit)s?\b/i;
const ANY_TIME = /\bat\s+any\s+time\b/i;
// Some notice is given: "upon ten (10) days prior written notice", "reasonable advance notice".
const NOTICE = /\bnotice\b|\bnotif(?:y|ication)\b/i;
// A limit on how often: "once in any twelve-month period", "not more than once per calendar year".
const FREQUENCY =
  /\b(?:once|twice|one\s+\(1\)\s+time|two\s+\(2\)\s+times)\s+(?:in\s+any|in\s+each|per|a|each|every|during\s+(?:any|each))\b|\bnot\s+more\s+(?:often|frequently)\s+than\b|\bno\s+more\s+(?:often|frequently)\s+than\b|\b(?:annual|yearly)\s+(?:audit|inspection)\b/i;
// Who pays: "at Licensee's expense", "the Licensee shall bear the costs of the audit". A cost that
// moves only on a shortfall ("if the audit reveals an underpayment of more than 5%") is the usual bargain.
const COST = /\bat\s+(?:the\s+)?(?:sole\s+)?(?:cost|expense)\s+of\s+(?:the\s+)?[A-Z][\w-]{1,30}|\bat\s+(?:the\s+)?[A-Z][\w-]{1,30}['’]s?\s+(?:own\s+|sole\s+)?(?:cost|expense)\b|\b(?:shall|will|must)\s+(?:bear|pay|reimburse)\s+(?:all\s+|the\s+|any\s+)?(?:(?:reasonable|out-of-pocket)\s+)?(?:costs?|expenses?|fees?)\s+(?:incurred\s+)?(?:of|for|in)\s+(?:the|any|such|each)\s+(?:such\s+)?(?:audit|inspection)s?\b/g;
const AUDIT_WORD = /\b(?:audit|inspect|examin)\w*/i;
const SHORTFALL = /\b(?:if|where|in\s+the\s+event|should)\b[^.;]{0,120}?\b(?:underpa\w*|discrepanc\w*|shortfall|under-?report\w*|non-?complian\w*|breach\w*|exceed\w*|more\s+than)\b/i;

/** The side whose records, premises or compliance are audited, where the sentence says. */
function audited(ctx: Parameters<Rule>[0], h: Hit): Side | undefined {
  const text = h.sentence.text;
  const end = h.index + h.text.length;
  const after = text.slice(end, end + OBJECT_SPAN);
  for (const ref of partyRefs(ctx, after)) {
    // "audit Licensee's compliance", "inspect the books of the Licensee", "audit the Licensee".
    const rest = after.slice(ref.index + ref.text.length);
    const lead = after.slice(0, ref.index);
    // "at ABC's expense" names the payer, not the audited party.
    if (/\bat\s+(?:the\s+)?$/i.test(lead) || /^['’]s?\s+(?:own\s+|sole\s+)?(?:cost|expense)/i.test(rest)) return undefined;
    if (/^['’]s?\b/.test(rest) || /\b(?:of|on)\s+(?:the\s+)?$/i.test(lead) || /^\s*(?:the\s+)?$/i.test(lead)) return ref.side;
    break;
  }
  // "The Licensee shall permit the Licensor to audit its records": the one who permits is audited.
  const before = text.slice(0, h.index);
  const permit = /\b(?:shall|will|must|agrees?\s+to)\s+(?:permit|allow|grant|give|provide)\b/i.exec(before);
  return permit ? partyBefore(ctx, before, permit.index)?.side : undefined;
}

/**
 * The sentences of the audit's paragraph that name the audit: notice, frequency and cost are read there
 * only, so a cost of marking products or "at any time" of another duty in the same paragraph does not count.
 */
function clauseSentences(ctx: Parameters<Rule>[0], h: Hit): string[] {
  return ctx.sentences.filter((s) => s.paragraph === h.sentence.paragraph && AUDIT_WORD.test(s.text)).map((s) => s.text);
}

// An unannounced audit the law gives a regulator ("a notified body may do so without notice where the law
// allows it") is not a term the other side imposed, and no drafting can take it away.
const BY_LAW =
  /\bnotified\s+bod(?:y|ies)\b|\bregulators?\b|\b(?:regulatory|competent|governmental|government)\s+(?:authorit|agenc|bod)\w*|\b(?:where|as|to\s+the\s+extent)\s+(?:the\s+|applicable\s+)?law\s+(?:allows|requires|permits)\b|\b(?:required|permitted|allowed)\s+by\s+(?:the\s+|applicable\s+)?law\b/i;

// An inspection of goods or quality ("inspect the Licensed Products", "quality inspection of the plant")
// is quality control, not an audit of our records.
const GOODS = /\bquality\b|\b(?:products?|goods|samples?|units?|plants?|facilit(?:y|ies)|manufactur\w*)\b/i;
const RECORDS = /\b(?:records?|books?|accounts?|ledgers?|royalt\w*|sales|reports?)\b/i;

/** The audit is of goods or quality, not records: its words around the verb name goods and no records. */
function ofGoods(h: Hit): boolean {
  const text = h.sentence.text;
  const around = text.slice(Math.max(0, h.index - 30), h.index + h.text.length + OBJECT_SPAN);
  return GOODS.test(around) && !RECORDS.test(text);
}

/** Someone other than the auditor pays: our side named as the payer, with no shortfall condition. */
function atOurCost(ctx: Parameters<Rule>[0], clause: string, us: Side): boolean {
  COST.lastIndex = 0;
  for (let m = COST.exec(clause); m; m = COST.exec(clause)) {
    const named = /^at\s/i.test(m[0]) ? partyRefs(ctx, m[0])[0] : partyBefore(ctx, clause, m.index);
    if (named?.side !== us) continue;
    const around = clause.slice(Math.max(0, m.index - 160), m.index + m[0].length + 160);
    // The cost is the audit's: another cost in the same clause (of quality control, of samples) is not.
    if (AUDIT_WORD.test(around) && !SHORTFALL.test(around)) return true;
  }
  return false;
}

/**
 * The other side may audit our records, premises or compliance, and the clause gives no notice (or
 * says "unannounced", "at any time"), or makes us bear the cost of every audit whatever it finds
 * (medium), or sets no limit on how often (low). An audit at will lets the auditor walk into our
 * plants and books when it likes, each time at our cost, and see far more than the licence. Quiet
 * for the auditor, where each side may audit the other, and where notice, a yearly limit and the
 * auditor's cost (shifting only on a shortfall) are all there.
 */
export const auditTerms: Rule = (ctx) => {
  const us = ourSide(ctx);
  if (!us) return [];
  const found: { hit: Hit; severity: 'medium' | 'low' }[] = [];
  const seen = new Set<number>();
  for (const h of hitsWhere(ctx, /\b(?:audit|inspect|examin)/i, AUDIT)) {
    if (seen.has(h.sentence.paragraph) || !substantive(ctx, h.sentence) || !RIGHT.test(h.sentence.text)) continue;
    if (audited(ctx, h) !== us || ofGoods(h)) continue;
    // The auditor is the other side (or not named): our own right to inspect is no burden on us.
    // Its subject is the one named before the right ("Representatives of the Licensor may enter ... and audit").
    const right = RIGHT.exec(h.sentence.text);
    const auditor = partyBefore(ctx, h.sentence.text, right && right.index < h.index ? right.index : h.index)?.side;
    if (auditor === 'both' || auditor === us) continue;
    const sentences = clauseSentences(ctx, h);
    const clause = sentences.join(' ');
    const noNotice = sentences.some((t) => NO_NOTICE.test(t) && !BY_LAW.test(t)) || (ANY_TIME.test(clause) && !NOTICE.test(clause));
    const severity = noNotice || atOurCost(ctx, clause, us) ? 'medium' : !FREQUENCY.test(clause) ? 'low' : undefined;
    if (!severity) continue;
    seen.add(h.sentence.paragraph);
    found.push({ hit: h, severity });
  }
  if (found.length === 0) return [];
  const medium = found.some((f) => f.severity === 'medium');
  return [
    finding(ctx, {
      rule: 'one-sided.audit-terms',
      topic: 'background-license',
      severity: medium ? 'medium' : 'low',
      kind: 'one-sided',
      evidence: groupedEvidence(found.map((f) => f.hit)),
      // Notice, once a year, a confidential independent auditor, at the auditor's cost unless it finds a shortfall.
      fixClause: 'royalties',
      fixVariant: 'audit-limits',
    }),
  ];
};
