// A small seeded random source for the synthetic spec: the same seed always builds the same
// bytes, so two runs of the benchmark measure the same document.

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items, in a seeded order. */
  sample<T>(items: readonly T[], count: number): T[];
  /** A sentence of `words` words from the vocabulary, capitalised, with a full stop. */
  sentence(words: number): string;
}

const VOCABULARY = [
  "account", "number", "carrier", "route", "message", "profile", "request", "status", "region", "order",
  "document", "review", "record", "customer", "address", "campaign", "brand", "webhook", "event", "retry",
  "limit", "window", "schedule", "owner", "billing", "usage", "report", "export", "template", "channel",
  "queue", "agent", "policy", "rule", "group", "country", "operator", "capacity", "quota", "token",
  "the", "a", "each", "every", "when", "until", "after", "before", "with", "without", "for", "of", "is",
  "returns", "keeps", "moves", "changes", "holds", "lists", "sends", "checks", "links", "shows", "pages",
];

/** mulberry32: tiny, fast and good enough to vary test data; not for anything secret. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items];
    for (let i = pool.length - 1; i > 0; i--) {
      const j = int(0, i);
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    }
    return pool.slice(0, Math.min(count, pool.length));
  };
  const sentence = (words: number): string => {
    const text = Array.from({ length: words }, () => pick(VOCABULARY)).join(" ");
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  return { next, int, pick, sample, sentence };
}
