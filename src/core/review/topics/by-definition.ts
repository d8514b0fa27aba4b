import type { TopicPresence } from '../../findings';
import type { TopicId } from '../../topics';
import type { Definition, Sentence } from '../context';
import { OWNERSHIP_DETECTORS } from './ownership';

const IMPROVED = /\b(?:improvements?|enhancements?|modifications?|derivatives?|derivative\s+works?|adaptations?)\b/i;
/** The clause that passes results: a term it assigns carries its definition with it. */
const ASSIGNS = OWNERSHIP_DETECTORS.find((d) => d.id === 'foreground-ip')!;

/**
 * Improvements allocated through a defined term: "Invention" defined to include improvements and
 * assigned to the sponsor, or "Work Product" defined to include modifications and assigned to the
 * customer. The assignment then settles improvements too, though the word is only in the definition.
 */
export function improvementsByDefinition(
  topics: Record<TopicId, TopicPresence>,
  definitions: readonly Definition[],
  sentences: readonly Sentence[],
): void {
  if (topics.improvements.present) return;
  for (const d of definitions) {
    if (!IMPROVED.test(d.text) || d.text.indexOf(d.term) < 0) continue;
    const allocated = sentences.find(
      (s) => s.text !== d.text && mentions(s.text, d.term) && ASSIGNS.cue.test(s.text) && ASSIGNS.deals({ text: s.text, heading: s.heading ?? '' }),
    );
    if (!allocated) continue;
    const evidence = [
      { paragraph: d.paragraph, start: d.start, end: d.end, text: d.term },
      { paragraph: allocated.paragraph, start: allocated.start, end: allocated.end, text: allocated.text },
    ];
    topics.improvements = { id: 'improvements', present: true, evidence };
    return;
  }
}

function mentions(text: string, term: string): boolean {
  const at = text.indexOf(term);
  if (at < 0) return false;
  const next = text.charAt(at + term.length);
  return !/[A-Za-z]/.test(next) || next === 's';
}
