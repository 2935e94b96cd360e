// The passage of a matching version that a search result shows: the first paragraph holding one of
// the searched words, cut around it, each matched word between [ and ]. Plain text: pages escape it.

const AROUND = 110;

/** Lower case without diacritics, as the FTS5 index folds them (remove_diacritics 2). */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function termsOf(term: string): Array<{ word: string; prefix: boolean }> {
  const out: Array<{ word: string; prefix: boolean }> = [];
  for (const m of term.matchAll(/([\p{L}\p{N}]+)(\*?)/gu)) out.push({ word: fold(m[1] ?? ''), prefix: m[2] === '*' });
  return out;
}

export function snippetOf(texts: string[], term: string): string {
  const terms = termsOf(term);
  const hits = (t: string): boolean => terms.some((x) => (x.prefix ? t.startsWith(x.word) : t === x.word));
  for (const text of texts) {
    const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
    const first = words.find((w) => hits(fold(w[0])));
    if (!first) continue;
    const from = Math.max(0, first.index - AROUND);
    const to = Math.min(text.length, first.index + first[0].length + AROUND);
    let piece = text.slice(from, to).replace(/[\p{L}\p{N}]+/gu, (w) => (hits(fold(w)) ? `[${w}]` : w));
    if (from > 0) piece = `…${piece.replace(/^\S*\s/, '')}`;
    if (to < text.length) piece = `${piece.replace(/\s\S*$/, '')}…`;
    return piece;
  }
  return (texts[0] ?? '').slice(0, AROUND * 2);
}
