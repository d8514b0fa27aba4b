import type { ScenarioId } from '../../scenarios';
import type { Sentence } from '../context';
import { actsOf } from './deal-roles';

const collapsed = new WeakMap<readonly Sentence[], Sentence[]>();

/**
 * The sentences with each run of spaces made one: a typed filing spaces its words unevenly
 * ("Network  1  shall"), and a party's name is looked for as the opening writes it. For reading who
 * acts only: offsets into these sentences are not the draft's.
 */
export function spacedAlike(sentences: readonly Sentence[]): Sentence[] {
  let out = collapsed.get(sentences);
  if (!out) {
    out = sentences.map((s) => (/\s{2}/.test(s.text) ? { ...s, text: s.text.replace(/\s{2,}/g, ' ') } : s));
    collapsed.set(sentences, out);
  }
  return out;
}

/** A name the opening sets in capitals ("AFFILIATE", "NETWORK 1") is written in title case in the body ("Affiliate"). */
export function writtenWays(name: string): string[] {
  if (!/[A-Z]{2}/.test(name) || /[a-z]/.test(name)) return [name];
  return [name, name.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase())];
}

/** One act may be a description ("marks licensed to X"); a party is placed by two or more, all one way. */
const LEAST_ACTS = 2;

/**
 * Among three or more parties that no label or grouping places, each party is placed by what it
 * does in the operative clauses: by two or more acts one way and none the other (it grants and
 * delivers, or it markets and is paid its fee). A party seen acting for both sides, or hardly at
 * all, stays unplaced: its side is never guessed. `sides` is filled in where empty.
 */
export function placeEach(sentences: readonly Sentence[], calls: readonly (readonly string[])[], scenario: ScenarioId | null, sides: ('A' | 'B' | 'both' | undefined)[]): void {
  if (calls.length < 3) return;
  actsOf(spacedAlike(sentences), calls, scenario).forEach(([a, b], i) => {
    if (sides[i]) return;
    if (a >= LEAST_ACTS && b === 0) sides[i] = 'A';
    else if (b >= LEAST_ACTS && a === 0) sides[i] = 'B';
  });
}
