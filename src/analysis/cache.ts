/** A bounded cache that keeps what is in use: two generations, the young one
 * taking every new or re-used entry; when it is full, the old generation is
 * dropped and the young becomes old. A hit in the young generation costs one
 * lookup (a classic LRU's delete-and-reinsert costs three). */
export class LruCache<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();
  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    const value = this.young.get(key);
    if (value !== undefined) return value;
    const aged = this.old.get(key);
    if (aged !== undefined) this.set(key, aged);
    return aged;
  }

  set(key: K, value: V): void {
    if (this.young.size >= this.limit / 2) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
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
