import type { Evidence, TopicPresence } from '../../findings';
import type { TopicId } from '../../topics';
import { DEFINITION } from '../topics/detector';
import type { ReviewContext } from '../context';
import type { OwnershipClause } from './ownership';

/** Evidence kept per topic, as topic detection keeps. */
const MAX_EVIDENCE = 5;
// Improvements of technology, not of land or of a test: the sentence or its heading must be about IP (in English or Chinese).
const IP_CONTEXT = /intellectual\s+property|patent|copyright|invention|technolog|software|know-how|source\s+code|\b(?:the\s+)?(?:Licensed|Background|Samples?|Prototypes?|Materials?|Products?|Improvements?)\b|知识产权|专利|技术|软件|著作权|样品|样机|成果/;
const IP_HEADING = /intellectual\s+property|\bpatents?\b|proprietary\s+rights|\bownership\b/i;

/** Which ownership topics a clause settles: it says who holds its object. */
export function settles(c: OwnershipClause): TopicId[] {
  if (c.verb === 'licenses' || DEFINITION.test(c.sentence.text)) return [];
  const out: TopicId[] = [];
  // Results kept by the party that makes them are still a results term; results a third party holds are not ours to settle.
  if (c.things.includes('results') && c.generic !== 'third') out.push('foreground-ip');
  // A party keeping its own IP ("Licensor retains all right, title and interest in the Product") keeps its background.
  if (c.things.includes('background') || (c.verb === 'retains' && c.things.includes('ip'))) out.push('background-ip');
  if (c.things.includes('improvements') && (IP_CONTEXT.test(c.sentence.text) || IP_HEADING.test(c.sentence.heading ?? ''))) out.push('improvements');
  if (c.things.includes('samples')) out.push('sample-ownership');
  return out;
}

/** The topics some clause of the draft settles, read once per review. */
export function settledTopics(ctx: ReviewContext): Set<TopicId> {
  let set = cache.get(ctx);
  if (!set) {
    set = new Set((ctx.terms?.ownership ?? []).flatMap(settles));
    cache.set(ctx, set);
  }
  return set;
}

const cache = new WeakMap<ReviewContext, Set<TopicId>>();

/**
 * Background IP is present where a clause says who keeps what a party brings, with those clauses as
 * its evidence first; what topic detection found besides stays, for wordings the reader does not
 * read. Results and improvements keep topic detection's presence, with the clauses read as their
 * first evidence: presence read from the terms for them scored lower on CUAD's narrower "IP
 * Ownership Assignment" (a party's own voice, "X owns", "X retains", is often no assignment), so
 * where a clause settles them and detection does not, the review's topic list and the missing
 * check take them from settledTopics instead.
 */
export function ownershipTopics(topics: Record<TopicId, TopicPresence>, clauses: readonly OwnershipClause[]): void {
  const read = new Map<TopicId, Evidence[]>();
  for (const c of clauses) {
    for (const id of settles(c)) {
      const list = read.get(id) ?? [];
      if (!list.some((e) => e.paragraph === c.sentence.paragraph && e.start === c.sentence.start)) list.push(sentenceEvidence(c));
      read.set(id, list);
    }
  }
  for (const [id, evidence] of read) {
    if (id !== 'background-ip' && !topics[id].present) continue;
    const before = topics[id].evidence.filter((e) => !evidence.some((x) => x.paragraph === e.paragraph && x.start === e.start));
    topics[id] = { id, present: true, evidence: [...evidence, ...before].slice(0, MAX_EVIDENCE) };
  }
}

function sentenceEvidence(c: OwnershipClause): Evidence {
  const s = c.sentence;
  return { paragraph: s.paragraph, start: s.start, end: s.end, text: s.text };
}
