// Finding many literal needles in a text in one pass (the match stage's row hints, the notice
// vocabulary's gate in shared/needles.ts).

/**
 * Which of a fixed list of literal needles occur in a text, in one pass: the same answer as
 * `text.includes(needle)` for each, without a scan of the text per needle. Needles are indexed by
 * their first three characters (a flat table for the ASCII pair, a bit set for the third), so each
 * position of the text costs two table reads and only a needle that starts like it is compared there.
 */
export class NeedleSet {
  /** ASCII pair (c0 * 128 + c1) → the needles starting with it. */
  private readonly byPair: Array<number[] | undefined> = new Array<number[] | undefined>(128 * 128);
  /** Per ASCII pair, a 128-bit set of the third characters its needles have (most positions stop here). */
  private readonly third = new Int32Array(128 * 128 * 4);
  /** Needles not indexed so (shorter than 3, or not ASCII in their first three): `includes()` each. */
  private readonly other: number[] = [];

  constructor(readonly needles: readonly string[]) {
    needles.forEach((n, i) => {
      const c0 = n.charCodeAt(0);
      const c1 = n.charCodeAt(1);
      const c2 = n.charCodeAt(2);
      if (n.length >= 3 && c0 < 128 && c1 < 128 && c2 < 128) {
        const pair = c0 * 128 + c1;
        const list = this.byPair[pair] ?? [];
        list.push(i);
        this.byPair[pair] = list;
        this.third[pair * 4 + (c2 >> 5)]! |= 1 << (c2 & 31);
      } else this.other.push(i);
    });
  }

  /** found[i] is 1 when needles[i] occurs in `text`; null when none does. */
  find(text: string): Uint8Array | null {
    let found: Uint8Array | null = null;
    const table = this.byPair;
    let c1 = text.length > 0 ? text.charCodeAt(0) : 0;
    for (let i = 0; i + 1 < text.length; i++) {
      const c0 = c1;
      c1 = text.charCodeAt(i + 1);
      if (c0 >= 128 || c1 >= 128) continue;
      const pair = c0 * 128 + c1;
      const list = table[pair];
      if (list === undefined) continue;
      if (i + 2 >= text.length) break;
      const c2 = text.charCodeAt(i + 2);
      if (c2 >= 128 || ((this.third[pair * 4 + (c2 >> 5)]! >>> (c2 & 31)) & 1) === 0) continue;
      for (const k of list) {
        if (found?.[k] === 1) continue;
        // The first two characters match; compare the rest in place (a call to startsWith per
        // candidate cost more than the comparison).
        const n = this.needles[k]!;
        let j = 2;
        while (j < n.length && text.charCodeAt(i + j) === n.charCodeAt(j)) j++;
        if (j < n.length) continue;
        found ??= new Uint8Array(this.needles.length);
        found[k] = 1;
      }
    }
    for (const k of this.other) {
      if (!text.includes(this.needles[k]!)) continue;
      found ??= new Uint8Array(this.needles.length);
      found[k] = 1;
    }
    return found;
  }
}
