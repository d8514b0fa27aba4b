import type { Evidence, TopicPresence } from '../../findings';
import type { TopicId } from '../../topics';
import type { Definition } from '../context';

const IMPROVED = /\b(?:improvements?|enhancements?|modifications?|derivatives?|derivative\s+works?|adaptations?)\b/i;
/** The clause that passes results: a term it assigns carries its definition with it. */
const ALLOCATING: readonly TopicId[] = ['foreground-ip'];

/**
 * Improvements allocated through a defined term: "Invention" defined to include improvements and
 * assigned to the sponsor, or "Work Product" defined to include modifications and assigned to the
 * customer. The assignment then settles improvements too, though the word is only in the definition.
 */
export function improvementsByDefinition(
  topics: Record<TopicId, TopicPresence>,
  definitions: readonly Definition[],
): void {
  if (topics.improvements.present) return;
  const allocations = ALLOCATING.flatMap((id) => topics[id].evidence);
  const evidence: Evidence[] = [];
  for (const d of definitions) {
    if (!IMPROVED.test(d.text) || d.text.indexOf(d.term) < 0) continue;
    const allocated = allocations.find((e) => e.paragraph !== d.paragraph && mentions(e.text, d.term));
    if (!allocated) continue;
    evidence.push({ paragraph: d.paragraph, start: d.start, end: d.end, text: d.term }, allocated);
    break;
  }
  if (evidence.length > 0) topics.improvements = { id: 'improvements', present: true, evidence };
}

function mentions(text: string, term: string): boolean {
  const at = text.indexOf(term);
  if (at < 0) return false;
  const next = text.charAt(at + term.length);
  return !/[A-Za-z]/.test(next) || next === 's';
}
