// Page furniture: lines that come and go with a page's template, not with the story — bylines,
// credit lines, photo credits. One extractor run may keep a byline and the next drop it; such a
// line is never a change of substance, so a correction's removed/added never lists it.

const FURNITURE: Array<{ name: string; pattern: RegExp }> = [
  // "By Staff Writers", "By JANE DOE and John Roe", "By Jane Doe, Reuters", "By Jane Doe | Updated …"
  { name: 'byline', pattern: /^by\s+(?:[\p{Lu}][\p{L}'’.-]*|staff|our|the|an?)(?:[\s,]+(?:[\p{Lu}][\p{L}'’.-]*|and|&|of|the|de|van|von|staff|writers?|reporters?|correspondents?))*\s*(?:[|,•·\-–—].{0,80})?$/iu },
  { name: 'staff-credit', pattern: /^(?:staff\s+(?:writer|reporter)s?|(?:[\p{Lu}][\p{L}'’.-]*\s+){1,4}(?:staff\s+writer|correspondent|reporter))\.?$/iu },
  // "(Reporting by …; Editing by …)", "--With assistance from …", "Additional reporting by …"
  { name: 'credit-line', pattern: /^[([]?\s*(?:-{1,2}\s*)?(?:(?:additional\s+)?reporting|writing|editing|compiled|with\s+assistance|contributing|research)\s+(?:by|from)\b/iu },
  // "Photo: Jane Doe/AP", "Image: Getty Images", "(AFP Photo)"
  { name: 'photo-credit', pattern: /^(?:photo|image|picture|video|graphic|illustration)(?:\s+credit)?\s*[:|]\s*.{1,100}$|^\(?(?:[\p{Lu}][\p{L}]*\s+)?(?:photo|file\s+photo)\)?$/iu },
];

/** The furniture row a line matches, or null. */
export function furnitureOf(line: string): string | null {
  const t = line.trim();
  if (t.length > 160) return null;
  return FURNITURE.find((r) => r.pattern.test(t))?.name ?? null;
}
