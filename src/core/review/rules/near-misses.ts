// Slips from a defined term: a phrase one word away from it, its words reordered, or its head swapped.
import type { Rule } from '../context';
import { DOCUMENT_WORD, generic, INSTITUTION } from './capital-words';

const LAW_END = /^(?:act|code|law|regulations?|rules|convention|treaty|directive)$/;
/** Heads that name a body or a person in a defined term: a phrase with a body's head beside one is a slip. */
const BODY_HEAD = /^(?:entit(?:y|ie)|bod(?:y|ie)|person|authorit(?:y|ie)|agenc(?:y|ie)|organi[sz]ation)$/;
const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * A phrase one word away from a defined term, or its words in another order: "Performance
 * Thresholds" where "Performance Benchmarks" is defined. Once is enough: it is a slip, not a style.
 */
export function nearMisses(ctx: Parameters<Rule>[0]): (phrase: string) => boolean {
  const singular = (w: string) => w.replace(/(?<=[a-z]{3})s$/, '');
  const defined = ctx.definitions
    .map((d) => d.term.toLowerCase().replace(/\((?:s|es)\)$/, '').split(/\s+/))
    .filter((w) => w.length > 1)
    .map((d) => d.map(singular))
    // Its words in order, worked out once rather than for every phrase it is held against.
    .map((words) => ({ words, sorted: [...words].sort().join(' ') }));
  const party = new Set(ctx.parties.flatMap((p) => `${p.name} ${p.shortName ?? ''}`.toLowerCase().split(/\s+/)));
  return (phrase) => {
    const raw = phrase.toLowerCase().split(' ');
    // "Sonos Product" beside "Sonos Property": a party's own things, named not defined.
    if (raw.length < 2 || raw.some((w) => party.has(w) || party.has(w.split('-')[0]!))) return false;
    const words = raw.map(singular);
    let sorted: string | undefined;
    return defined.some(({ words: dw, sorted: dwSorted }) => {
      if (dw.length !== words.length) return false;
      let differing = 0;
      for (let i = 0; i < dw.length; i++) if (dw[i] !== words[i]) differing++;
      // "Securities Act" beside "REPS Act": two names sharing only the word that says what they are.
      if (dw.length === 2 && differing === 1 && generic(dw.find((w, i) => w === words[i])!)) return false;
      // "Bank Merger Act" beside "Bank Merger Application": a law named by what the term is about.
      // Not a body: "Governmental Authority" beside "Governmental Entity" is a slip.
      if (differing === 1 && dw[dw.length - 1] !== words[words.length - 1] && LAW_END.test(raw[raw.length - 1]!)) return false;
      // "Open Source Initiative" beside "Open Source Licence": a body named by what the term is about.
      if (differing === 1 && dw[dw.length - 1] !== words[words.length - 1] && INSTITUTION.test(capital(raw[raw.length - 1]!)) && !INSTITUTION.test(capital(dw[dw.length - 1]!)) && !BODY_HEAD.test(dw[dw.length - 1]!)) return false;
      return differing === 1 || (differing > 1 && dwSorted === (sorted ??= [...words].sort().join(' ')));
    });
  };
}

/** A defined two-word term with its last word swapped: "NET REVENUES" for "NET SALES". */
export function headSwaps(ctx: Parameters<Rule>[0]): (phrase: string) => boolean {
  const defined = ctx.definitions.map((d) => d.term.toLowerCase().replace(/\((?:s|es)\)$/, '').split(/\s+/)).filter((w) => w.length === 2);
  return (phrase) => {
    const words = phrase.toLowerCase().split(' ');
    // "Advisory Fee" beside "Advisory Agreement" names a thing of that agreement, not a slip.
    return words.length === 2 && defined.some((d) => d[0] === words[0] && d[1]!.replace(/s$/, '') !== words[1]!.replace(/s$/, '') && !DOCUMENT_WORD.test(d[1]!.replace(/^./, (c) => c.toUpperCase())));
  };
}
