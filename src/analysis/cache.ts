/** A bounded cache that keeps what is in use: two generations, the young one
 * taking every new or re-used entry; when it is full, the old generation is
 * dropped and the young becomes old. A hit in the young generation costs one
 * lookup (a classic LRU's delete-and-reinsert costs three).
 *
 * Bounded by entries and, with `weigh`, by an estimate of the bytes held: a generation is
 * full at half of either limit, so the cache holds at most `limit` entries and about
 * `maxWeight` (long lines cost more than short ones: 10,000 edits of a 3,000-character
 * line must not keep 4,000 copies of it). */
export class LruCache<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();
  private youngWeight = 0;
  private oldWeight = 0;

  constructor(
    private readonly limit: number,
    private readonly weigh?: (key: K, value: V) => number,
    private readonly maxWeight = Infinity,
  ) {}

  get(key: K): V | undefined {
    const value = this.young.get(key);
    if (value !== undefined) return value;
    const aged = this.old.get(key);
    if (aged !== undefined) this.set(key, aged);
    return aged;
  }

  set(key: K, value: V): void {
    const weight = this.weigh ? this.weigh(key, value) : 0;
    if (this.young.size >= this.limit / 2 || this.youngWeight + weight > this.maxWeight / 2) {
      this.old = this.young;
      this.oldWeight = this.youngWeight;
      this.young = new Map();
      this.youngWeight = 0;
    }
    this.young.set(key, value);
    this.youngWeight += weight;
  }

  /** Entries and estimated weight held (both generations; an entry in both counts twice). */
  get size(): { entries: number; weight: number } {
    return { entries: this.young.size + this.old.size, weight: this.youngWeight + this.oldWeight };
  }
}

/** What rules compiled from a style pack (phrase lists, a merged glossary), by pack and by the
 * function that compiled it. Packs are read-only values (settings are parsed into new objects),
 * so the object identifies its contents, and a pack no longer in use takes its results with it. */
const compiledFromPacks = new WeakMap<object, Map<(pack: never) => unknown, unknown>>();

export function memoByPack<P extends object, T>(pack: P, compile: (pack: P) => T): T {
  let compiled = compiledFromPacks.get(pack);
  if (compiled === undefined) compiledFromPacks.set(pack, (compiled = new Map()));
  if (compiled.has(compile)) return compiled.get(compile) as T;
  const value = compile(pack);
  compiled.set(compile, value);
  return value;
}
