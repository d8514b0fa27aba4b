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
  // Who holds the feedback or the test data is the term those topics ask for.
  if (c.things.includes('feedback')) out.push('feedback');
  if (c.things.includes('test-data')) out.push('test-data');
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

/** Verbs that move what was made to a party: an assignment, or vesting in it. */
const PASSES: ReadonlySet<OwnershipClause['verb']> = new Set(['assigns', 'vests']);

/**
 * Topic presence from the terms, with the clauses read as each topic's first evidence. Background IP
 * is present where a clause says who keeps what a party brings, feedback and test data where one says
 * who holds them; the samples keep detection's presence. Results and improvements are present where a clause assigns them or vests them in a
 * party. A party's own voice ("X owns", "X retains … and any modifications thereof") settles who
 * holds them for the missing check (settledTopics), but is often no passing of what one party made
 * to the other (CUAD's "IP Ownership Assignment" scored 0.82 with it), so alone it does not make the
 * topic present. What topic detection found besides stays, for wordings the reader does not read.
 */
export function ownershipTopics(topics: Record<TopicId, TopicPresence>, clauses: readonly OwnershipClause[]): void {
  const read = new Map<TopicId, Evidence[]>();
  // Each topic's sentences by place, so a sentence read twice is kept once without searching the list
  // (a long draft repeating a clause gives thousands of them, and the search made it quadratic).
  const places = new Map<TopicId, Set<string>>();
  const passed = new Set<TopicId>();
  for (const c of clauses) {
    for (const id of settles(c)) {
      const list = read.get(id) ?? [];
      const seen = places.get(id) ?? new Set<string>();
      const place = `${c.sentence.paragraph}:${c.sentence.start}`;
      if (!seen.has(place)) {
        seen.add(place);
        list.push(sentenceEvidence(c));
      }
      read.set(id, list);
      places.set(id, seen);
      if (PASSES.has(c.verb)) passed.add(id);
    }
  }
  for (const [id, evidence] of read) {
    if (!FROM_TERMS.has(id) && !topics[id].present && !(MADE.has(id) && passed.has(id))) continue;
    const seen = places.get(id)!;
    const before = topics[id].evidence.filter((e) => !seen.has(`${e.paragraph}:${e.start}`));
    topics[id] = { id, present: true, evidence: [...evidence, ...before].slice(0, MAX_EVIDENCE) };
  }
}

/** Present wherever a clause says who holds them. */
const FROM_TERMS: ReadonlySet<TopicId> = new Set(['background-ip', 'feedback', 'test-data']);
/** What the work makes: present from a term only where the term passes it to a party. */
const MADE: ReadonlySet<TopicId> = new Set(['foreground-ip', 'improvements']);

function sentenceEvidence(c: OwnershipClause): Evidence {
  const s = c.sentence;
  return { paragraph: s.paragraph, start: s.start, end: s.end, text: s.text };
}
