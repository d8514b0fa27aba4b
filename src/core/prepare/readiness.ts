import { z } from 'zod';
import type { MessageKey, MessageParams } from '../i18n';
import type { ScenarioId } from '../scenarios';
import type { TopicId } from '../topics';

/**
 * The deal-readiness check: counsel's four questions (first overseas market, first product line,
 * whether patents and public disclosures are organised by product line, what is already under way)
 * and the facts that decide the first agreement (what went out with no agreement covering it, what
 * is signed). `assess` says what follows from each answer, in catalog messages.
 */
export const ACTIVITIES = ['samples', 'testing', 'joint-development', 'exclusivity'] as const;
/** What already went to the other side with no signed agreement covering it. */
export const SENT = ['information', 'samples'] as const;
/** What is signed with the other side: nothing, an NDA, or the terms of the deal itself. */
export const SIGNED = ['nothing', 'nda', 'deal-terms'] as const;
export const IP_ORGANISED = ['yes', 'partly', 'no'] as const;

export type Activity = (typeof ACTIVITIES)[number];
export type Sent = (typeof SENT)[number];
export type Signed = (typeof SIGNED)[number];

const shortText = z.string().trim().max(200).catch('');

/**
 * Stored readiness answers; every answer may still be open. Used to read what a browser kept, so
 * an answer another version wrote differently is dropped on its own and the others stay.
 */
export const readinessSchema = z.object({
  market: shortText,
  productLine: shortText,
  ipOrganised: z.enum(IP_ORGANISED).optional().catch(undefined),
  underway: z.array(z.enum(ACTIVITIES)).catch([]),
  sent: z.array(z.enum(SENT)).catch([]),
  signed: z.enum(SIGNED).optional().catch(undefined),
});

export type Readiness = z.infer<typeof readinessSchema>;

export const EMPTY_READINESS: Readiness = { market: '', productLine: '', underway: [], sent: [] };

export interface Advice {
  key: MessageKey;
  params?: MessageParams;
}

export interface Assessment {
  /** The agreement to put in place first; null when none is needed yet or the deal's terms are signed. */
  first: ScenarioId | null;
  /** Why that one first. */
  why: Advice[];
  /** The agreements the activities under way need after it, in the order they usually come. */
  then: ScenarioId[];
  /** What the first agreement must cover: topics, plus the record and earlier disclosures. */
  cover: (TopicId | 'prior-disclosures' | 'disclosure-record')[];
  /** What is already exposed, because it happened with no agreement. */
  risks: Advice[];
  /** What to gather now about what already went out. */
  collect: Advice[];
  /** What the market, product-line and IP answers call for before anything more is sent. */
  prepare: Advice[];
  /** The built terms must bring earlier disclosures under the agreement. */
  priorDisclosure: boolean;
}

/** The deal each activity under way needs, in the order deals usually follow one another. */
const DEAL_FOR: [Activity[], ScenarioId][] = [
  [['samples', 'testing'], 'sample-testing'],
  [['joint-development'], 'joint-development'],
  [['exclusivity'], 'exclusive-partnership'],
];

const BOUNDARY: TopicId[] = ['confidentiality', 'purpose-limitation', 'no-reverse-engineering', 'no-implied-license', 'return-or-destroy'];
const SAMPLE_TOPICS: TopicId[] = ['sample-ownership', 'no-reverse-engineering', 'test-data', 'return-or-destroy'];

export function assess(r: Readiness): Assessment {
  const priorDisclosure = r.sent.length > 0;
  const needed = DEAL_FOR.filter(([acts]) => acts.some((a) => r.underway.includes(a))).map(([, s]) => s);
  const why: Advice[] = [];
  let first: ScenarioId | null = null;
  let then: ScenarioId[] = [];
  const cover: Assessment['cover'] = [];

  if (r.signed === 'deal-terms') {
    why.push({ key: 'prepare.first.dealTermsSigned' });
  } else if (r.signed === 'nda') {
    first = needed[0] ?? null;
    then = needed.slice(1);
    why.push({ key: first ? 'prepare.first.afterNda' : 'prepare.first.ndaEnough' });
    if (first === 'sample-testing') cover.push(...SAMPLE_TOPICS);
    if (first === 'joint-development') cover.push('background-ip', 'foreground-ip', 'improvements', 'joint-ownership');
    if (first === 'exclusive-partnership') cover.push('exclusivity', 'territory');
  } else {
    // Nothing signed, or not yet known: the disclosure boundary comes before anything else goes out.
    first = 'pre-deal-disclosure';
    then = needed;
    why.push({ key: priorDisclosure ? 'prepare.first.ndaNowPrior' : needed.length > 0 ? 'prepare.first.ndaBeforeActivity' : 'prepare.first.ndaBeforeSending' });
    cover.push(...BOUNDARY);
    if (r.sent.includes('samples')) cover.push('sample-ownership');
  }
  if (priorDisclosure && r.signed !== 'deal-terms') cover.push('prior-disclosures', 'disclosure-record');
  else if (first) cover.push('disclosure-record');

  const risks: Advice[] = [];
  const unsigned = r.signed !== 'deal-terms';
  if (r.sent.includes('information')) risks.push({ key: 'prepare.risk.informationSent' });
  if (r.sent.includes('samples')) risks.push({ key: 'prepare.risk.samplesSent' });
  if (unsigned && r.underway.includes('testing')) risks.push({ key: 'prepare.risk.testing' });
  if (unsigned && r.underway.includes('joint-development')) risks.push({ key: 'prepare.risk.jointDevelopment' });
  if (unsigned && r.underway.includes('exclusivity')) risks.push({ key: 'prepare.risk.exclusivity' });
  if (r.ipOrganised === 'no' || r.ipOrganised === 'partly') risks.push({ key: 'prepare.risk.ipUnorganised' });

  const collect: Advice[] = [];
  if (priorDisclosure) {
    collect.push({ key: 'prepare.collect.what' }, { key: 'prepare.collect.when' }, { key: 'prepare.collect.whom' });
    if (r.sent.includes('samples')) collect.push({ key: 'prepare.collect.samples' });
    collect.push({ key: 'prepare.collect.record' });
  }

  const prepare: Advice[] = [];
  const market = r.market.trim();
  const productLine = r.productLine.trim();
  if (!market) prepare.push({ key: 'prepare.plan.marketUnknown' });
  if (!productLine) prepare.push({ key: 'prepare.plan.productUnknown' });
  if (market && productLine) prepare.push({ key: 'prepare.plan.patentsInMarket', params: { market, productLine } });
  if (r.ipOrganised === undefined) prepare.push({ key: 'prepare.plan.ipUnknown' });
  else if (r.ipOrganised !== 'yes') prepare.push({ key: 'prepare.plan.organiseIp', params: { productLine: productLine || '—' } });
  if (market) prepare.push({ key: 'prepare.plan.territory', params: { market } });

  return { first, why, then, cover: [...new Set(cover)], risks, collect, prepare, priorDisclosure };
}
