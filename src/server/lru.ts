// A tiny LRU for rendered feed pages. Own code: a Map already keeps insertion order, so the whole
// cache is a dozen lines; a library would add a dependency for nothing. Bounded by entries and by
// bytes, because a page of 50 entries with diffs can weigh a few hundred kilobytes.

export class Lru<V> {
  private readonly map = new Map<string, { value: V; size: number }>();
  private bytes = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes: number,
  ) {}

  get(key: string): V | undefined {
    const hit = this.map.get(key);
    if (!hit) return undefined;
    // Re-insert to mark as most recently used.
    this.map.delete(key);
    this.map.set(key, hit);
    return hit.value;
  }

  set(key: string, value: V, size: number): void {
    const old = this.map.get(key);
    if (old) {
      this.bytes -= old.size;
      this.map.delete(key);
    }
    this.map.set(key, { value, size });
    this.bytes += size;
    while (this.map.size > this.maxEntries || (this.bytes > this.maxBytes && this.map.size > 1)) {
      const oldest = this.map.keys().next();
      if (oldest.done) break;
      const v = this.map.get(oldest.value);
      if (v) this.bytes -= v.size;
      this.map.delete(oldest.value);
    }
  }

  /** Accounts for bytes added to an entry after it was stored (the lazily made gzip body). */
  grow(key: string, extra: number): void {
    const hit = this.map.get(key);
    if (!hit) return;
    hit.size += extra;
    this.bytes += extra;
  }

  get size(): number {
    return this.map.size;
  }
}
