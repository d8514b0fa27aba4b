import type { TopicId } from '../../topics';
import type { Rule, Sentence } from '../context';
import { finding } from './finding';
import { TEMPLATE_FIELD_SOURCE } from './template-fields';
import { groupedEvidence, hitsWhere, push, type Hit } from './text';

// A number left to fill in before a unit of time: "for a term of … years", "within ____ days",
// "[●] months"; not a date left open ("this ____ day of ______"). Redactions ("[***]") are filled in
// the signed text and are not blanks.
const BLANK = String.raw`(?:…+|\.{3,}|_{3,}|\[\s*(?:[●•_xX]+\s*)?\])`;
const BLANK_PERIOD = new RegExp(
  String.raw`(?:^|[\s(])${BLANK}\s*(?:\(\s*(?:${BLANK}|_+)?\s*\)\s*)?(?:calendar\s+|business\s+|working\s+)?(?:years?|months?|days)\b`,
  'gi',
);
const BLANK_CUE = /…|\.\.\.|___|\[/;
/** A period named and left as a template's field: "survive for a period of [ConfPeriod] following ...". */
// Case matters here: a field's name is told from a word by the capitals inside it.
const FIELD_PERIOD = new RegExp(String.raw`\b(?:[Pp]eriod|[Tt]erm)\s+of\s+(?:${BLANK}|${TEMPLATE_FIELD_SOURCE})(?!\s*(?:\(\s*(?:${BLANK}|_+)?\s*\)\s*)?(?:[Cc]alendar\s+|[Bb]usiness\s+|[Ww]orking\s+)?(?:[Yy]ears?|[Mm]onths?|[Dd]ays)\b)`, 'g');
/**
 * A period named by what it is for, its length left blank before it: "Provider will have a [ReviewPeriod]
 * period to review the publication", "a ____ day notice period" is BLANK_PERIOD's.
 */
const BLANK_NAMED_PERIOD = new RegExp(String.raw`\b(?:[Aa]n?|[Tt]he)\s{1,3}(?:${BLANK}|${TEMPLATE_FIELD_SOURCE})\s{1,3}(?:(?:review|notice|cure|survival|confidentiality|exclusivity|evaluation|testing)\s{1,3})?period\b`, 'g');
const SURVIVAL = /\bsurviv\w*|\bremain\s+in\s+(?:full\s+)?(?:force|effect)\s+(?:for|after|until)\b/i;
/** A review of a paper or manuscript before it is published: the period is the discloser's chance to strike its secrets. */
const PUBLICATION = /\bpublicat\w*|\bmanuscripts?\b|\bpublish\w*/i;
const CONFIDENTIAL = /\bconfidential\w*|\bnon-?disclosure\b|\bsecrecy\b/i;
const RETURN = /\breturn\w*\b[^.;]{0,200}\b(?:destr\w*|delet\w*|erase\w*)|\b(?:destr\w*|delet\w*)\b[^.;]{0,80}\breturn\w*/i;
// The term of the agreement itself: in an NDA, how long confidentiality lasts.
const OWN_TERM = /\b(?:this\s+agreement|the\s+agreement)\b[^.;]{0,120}\b(?:term|period|in\s+force|effect)\b/i;

/** The period a blank leaves open, by what the sentence is about; undefined where it is none of ours. */
function periodOf(ctx: Parameters<Rule>[0], s: Sentence): TopicId | undefined {
  if (SURVIVAL.test(s.text)) return 'survival';
  if (RETURN.test(s.text)) return 'return-or-destroy';
  if (PUBLICATION.test(s.text) && /\breview\w*/i.test(s.text)) return 'publication';
  if (CONFIDENTIAL.test(s.text)) return 'confidentiality';
  if (ctx.scenario === 'pre-deal-disclosure' && OWN_TERM.test(s.text)) return 'confidentiality';
  return undefined;
}

/** The confidentiality clause states its own period; the disclosure procedure on the same topic does not. */
function clauseFor(topic: TopicId): string | undefined {
  return topic === 'confidentiality' ? 'confidentiality' : undefined;
}

/**
 * How long confidentiality lasts, or when samples come back, is left blank: signed as it stands, the
 * duty has no period, and whether it ever ends is for a court to guess.
 */
export const blankPeriod: Rule = (ctx) => {
  const byTopic = new Map<TopicId, Hit[]>();
  for (const h of [...hitsWhere(ctx, BLANK_CUE, BLANK_PERIOD), ...hitsWhere(ctx, BLANK_CUE, FIELD_PERIOD), ...hitsWhere(ctx, BLANK_CUE, BLANK_NAMED_PERIOD)]) {
    const topic = periodOf(ctx, h.sentence);
    if (topic) push(byTopic, topic, h);
  }
  return [...byTopic].map(([topic, found]) =>
    finding(ctx, { rule: 'ambiguous.blank-period', topic, fixClause: clauseFor(topic), severity: 'medium', kind: 'ambiguous', evidence: groupedEvidence(found) }),
  );
};

// A period that runs from a date "shown above": "120 days from the effective date shown above".
const FROM_DATE_ABOVE =
  /\b(?:days?|weeks?|months?|years?)\s+(?:from|after|of|following)\s+the\s+(?:effective\s+)?date\s+(?:(?:first\s+)?(?:shown|stated|set\s+(?:forth|out)|written|indicated|specified|given|mentioned)\s+)?above\b/gi;
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
// A date written out: "May 3, 2016", "3rd day of May 2016", "2016-05-03", "03.05.2016".
const A_DATE = new RegExp(
  String.raw`\b${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?${MONTH},?\s+\d{4}\b|\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b`,
  'i',
);

/**
 * A period runs from a date "shown above" and no date is written above it: the deadline has no start,
 * and the agreement may say elsewhere that it takes effect on a later signature.
 */
export const startUnstated: Rule = (ctx) => {
  const found = hitsWhere(ctx, /\babove\b/i, FROM_DATE_ABOVE, (h) => ctx.sentences.slice(0, ctx.sentences.indexOf(h.sentence)).every((s) => !A_DATE.test(s.text)));
  const byTopic = new Map<TopicId, Hit[]>();
  for (const h of found) {
    const topic = periodOf(ctx, h.sentence);
    if (topic) push(byTopic, topic, h);
  }
  return [...byTopic].map(([topic, list]) =>
    finding(ctx, { rule: 'ambiguous.start-unstated', topic, fixClause: clauseFor(topic), severity: 'medium', kind: 'ambiguous', evidence: groupedEvidence(list) }),
  );
};
