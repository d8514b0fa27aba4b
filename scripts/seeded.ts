// What the sampling scripts share: their command-line values and a seeded draw, so the same seed
// draws the same contracts on every machine.

export function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** mulberry32: a small seeded generator. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Proofreading points outside the "drafting" kind that the drafting samples count: text left open, and a results term never defined. */
export const PROOFREADING = new Set(['ambiguous.bracketed-text', 'ambiguous.blank-period', 'ambiguous.undefined-term']);
