// Seeded randomness for the synthetic catalogue: the same seed gives the same catalogue.

// ---------------------------------------------------------------------------------------------
// Randomness: mulberry32 is tiny, fast and good enough for test data; Math.random is not seedable.

export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
export const chance = (rng: Rng, p: number) => rng() < p;

export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

export function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Up to `n` distinct items, `first` (when given and known) leading. */
export function some<T>(rng: Rng, items: readonly T[], n: number, first?: T): T[] {
  const lead = first !== undefined && items.includes(first) ? [first] : [];
  return [...lead, ...shuffled(rng, items).filter((i) => i !== first)].slice(0, Math.min(n, items.length));
}

export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
