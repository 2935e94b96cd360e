// "1 new article", "2 new articles": counts in CLI lines, logs and pages read as English.

/** `n` and the noun, singular for exactly one. `many` for nouns whose plural is not noun + s. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
