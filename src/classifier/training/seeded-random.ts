/** A small seeded random generator (mulberry32): training shuffles the same way every time, so the same corpus gives the same model. */
export function seededRandom(seed: number): () => number {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed both trainers shuffle with unless told otherwise. */
export const DEFAULT_SEED = 20261123;
