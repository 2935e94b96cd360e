// References to an accession by the country joining: "Finland's membership", "Sweden's NATO bid",
// "the UK's accession protocol", "its membership of the CPTPP" (after the joiner), "admit
// Timor-Leste". An accession agreement is one whose names speak of joining (accession, membership,
// admission); its joiners are the states its own name names (not the organisation joined). The
// reference resolves to the one accession of that joiner, or to the one whose other words the
// sentence also uses ("Schengen", "euro").
import type { Catalogue, CompiledAgreement } from './catalogue.js';
import { findCountries, ORGANISATIONS, type CountryHit } from './countries.js';
import type { SentenceInfo } from './sentence-info.js';
import { execAll } from './scan.js';

const JOINING_WORDS = /\b(?:accession|accede|membership|member|admission|admit|joins?|joining|enlargement)\b/i;

// Right after the joiner: "Finland's membership", "Sweden's NATO accession protocol", "Finnish
// membership", "Sweden's entry into the alliance", "Sweden's application to join NATO".
const AFTER_JOINER =
  /^(?:['’]s)?\s+(?:(?:[A-Z]{2,6}|full|formal|own|eventual|planned|bid\s+for)\s+)?(?:membership|bid|accession|entry|application|admission|candidacy|(?:protocol|instruments?|treaty)\s+of\s+accession)(?:\s+(?:protocol|papers|instruments?|treaty|process))?\b|^,?\s+(?:(?:has|had|formally|officially|finally)\s+)*(?:became|become)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’.-]+\s+){0,3}?member\b/i;
// Before the joiner: "the accession of Finland", "admission of Timor-Leste", "admit East Timor".
const BEFORE_JOINER = /\b(?:(?:accession|admission|membership)\s+of|admit(?:s|ted|ting)?|welcom(?:e|es|ed|ing))\s+(?:the\s+)?$/i;
// "its membership of the CPTPP" after the joiner was named in the clause.
const ITS_MEMBERSHIP = /\b(?:its|their)\s+(?:(?:full|formal|own|[A-Z]{2,6})\s+)?(?:membership|accession|bid|application|entry)(?:\s+(?:protocol|papers|instruments?))?\b/g;

const JOINERS = new WeakMap<CompiledAgreement, string[]>();

/** The states an accession agreement admits: those its name names, organisations aside. */
function joinersOf(ag: CompiledAgreement, catalogue: Catalogue): string[] {
  let j = JOINERS.get(ag);
  if (!j) {
    j = JOINING_WORDS.test(ag.vocabulary)
      ? [...new Set(findCountries(ag.name, catalogue.countries).map((h) => h.country))].filter((c) => !ORGANISATIONS[c] && ag.parties.includes(c))
      : [];
    JOINERS.set(ag, j);
  }
  return j;
}

// Words that say nothing of which accession: the kind words and the name's function words.
const PLAIN = /^(?:accession|admission|membership|the|of|to|into|and|in|on|s|full|agreement|protocol|treaty|area|union|bloc|organisation|organization|association|nations|nation|states)$/;

/** The accession of `joiner` this sentence is about, if exactly one fits. */
function accessionOf(joiner: string, s: SentenceInfo, catalogue: Catalogue): CompiledAgreement | null {
  const cands = catalogue.agreements.filter((a) => joinersOf(a, catalogue).includes(joiner));
  if (cands.length <= 1) return cands[0] ?? null;
  // Several (Croatia's euro and Schengen accessions): the one whose own words the sentence uses.
  const lower = s.text.toLowerCase();
  const fits = cands.filter((a) =>
    a.name
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .some((w) => w.length >= 4 && !PLAIN.test(w) && !findCountries(w, catalogue.countries).length && lower.includes(w.replace(/s$/, ''))),
  );
  return fits.length === 1 ? fits[0]! : null;
}

/** Whether an agreement is a state's accession to an organisation or treaty. */
export function isAccession(ag: CompiledAgreement, catalogue: Catalogue): boolean {
  return joinersOf(ag, catalogue).length > 0;
}

/** Accession references in a sentence that names or refers to no agreement yet. */
export function accessionGroups(s: SentenceInfo, catalogue: Catalogue): void {
  if (s.groups.length > 0 || s.countries.length === 0) return;
  if (!/membership|bid|accession|entry|application|admission|admit|candidacy|welcom|member\b/i.test(s.text)) return;
  const len = s.text.length;
  for (const h of s.countries) {
    const after = AFTER_JOINER.exec(s.text.slice(h.end, h.end + 60));
    const before = BEFORE_JOINER.test(s.text.slice(Math.max(0, h.start - 30), h.start));
    if (!after && !before) continue;
    const ag = accessionOf(h.country, s, catalogue);
    if (!ag) continue;
    const end = after ? h.end + after[0].length : h.end;
    s.groups.push({ anchor: h.start, span: [h.start, end], members: [{ agreementId: ag.id, segStart: 0, segEnd: len }] });
  }
  if (s.groups.length > 0) return;
  for (const m of execAll(ITS_MEMBERSHIP, s.text)) {
    const joiner: CountryHit | undefined = [...s.countries].reverse().find((h) => h.end <= m.index);
    if (!joiner) continue;
    const ag = accessionOf(joiner.country, s, catalogue);
    if (!ag) continue;
    s.groups.push({ anchor: m.index, span: [m.index, m.index + m[0].length], members: [{ agreementId: ag.id, segStart: 0, segEnd: len }] });
    break;
  }
}
