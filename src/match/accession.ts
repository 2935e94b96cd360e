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
// membership", "Sweden's entry into the alliance", "Sweden's application to join NATO", "approved
// Bolivia as a member".
const AFTER_JOINER =
  /^(?:['’]s)?\s+(?:(?:[A-Z]{2,6}|full|formal|own|eventual|planned|bid\s+for)\s+)?(?:membership|bid|accession|entry|application|admission|candidacy|(?:protocol|instruments?|treaty)\s+of\s+accession)(?:\s+(?:protocol|papers|instruments?|treaty|process))?\b|^,?\s+(?:(?:has|had|formally|officially|finally)\s+)*(?:became|become)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’.-]+\s+){0,3}?member\b|^\s+as\s+(?:a\s+|an\s+|its\s+)?(?:full\s+|new\s+)?member\b/i;
// Before the joiner: "the accession of Finland", "admission of Timor-Leste", "admit East Timor",
// the bloc's talks with it ("accession negotiations with the Republic of Moldova", "opened the
// final negotiating cluster with Albania"), its candidacy ("candidate status for Bosnia").
const BEFORE_JOINER = /\b(?:(?:accession|admission|membership)\s+of|admit(?:s|ted|ting)?|welcom(?:e|es|ed|ing)|(?:accession|membership)\s+(?:talks|negotiations|conferences?)\s+with|(?:accession\s+)?negotiating\s+cluster\s+with|candidate(?:\s+country)?\s+status\s+(?:for|to))\s+(?:the\s+)?$/i;
// The same talks with several joiners: "launched accession talks with North Macedonia and Albania"
// (each joiner after the first follows the one before it, joined by a comma or "and").
const TALKS_WITH_LIST = /\b(?:accession|membership)\s+(?:talks|negotiations|conferences?)\s+with\s+/gi;
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/i;
// The joiner as the subject of its candidacy or application: "Bosnia and Herzegovina was granted the
// status of candidate country", "North Macedonia received EU candidate status in 2005", "Bosnia
// applied for EU membership": the mention is the joiner alone (the verb is the row's).
const JOINER_STATE_AFTER = /^,?\s+(?:(?:has|had|have|was|were|been|be|formally|officially|first|also|already)\s+){0,3}(?:received|obtained|attained|granted|given|won|gained|awarded|applied)\s+(?:(?:the|its|an?|official|formal|full|EU|[A-Z]{2,6})\s+)*(?:status\s+of\s+(?:an?\s+)?candidate|candidate(?:\s+country)?\s+status|for\s+(?:(?:full|[A-Z]{2,6})\s+)*(?:membership|accession))\b/;
// The document an accession before its joiner is part of: "the Protocol of Accession of", "a protocol for the accession of".
const DOCUMENT_OF = /\b(?:protocols?|instruments?|treaty|agreement)\s+(?:of|for|on)\s+(?:the\s+)?$/i;
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

/** The states an accession admits (none for any other agreement). */
export function accessionJoiners(ag: CompiledAgreement, catalogue: Catalogue): string[] {
  return joinersOf(ag, catalogue);
}

/** Whether an agreement is a state's accession to an organisation or treaty. */
export function isAccession(ag: CompiledAgreement, catalogue: Catalogue): boolean {
  return joinersOf(ag, catalogue).length > 0;
}

/** Accession references in a sentence that names or refers to no agreement yet. */
export function accessionGroups(s: SentenceInfo, catalogue: Catalogue): void {
  if (s.groups.length > 0 || s.countries.length === 0) return;
  if (!/membership|bid|accession|entry|application|admission|admit|candidacy|candidate|cluster|applied|welcom|member\b/i.test(s.text)) return;
  const len = s.text.length;
  const listed = joinersListedAfterTalks(s);
  for (const h of s.countries) {
    if (listed.has(h)) {
      const ag = accessionOf(h.country, s, catalogue);
      if (ag) s.groups.push({ anchor: h.start, span: [h.start, h.end], members: [{ agreementId: ag.id, segStart: 0, segEnd: len }] });
      continue;
    }
    if (JOINER_STATE_AFTER.test(s.text.slice(h.end, h.end + 80))) {
      const ag = accessionOf(h.country, s, catalogue);
      if (ag) {
        s.groups.push({ anchor: h.start, span: [h.start, h.end], members: [{ agreementId: ag.id, segStart: 0, segEnd: len }] });
        continue;
      }
    }
    const after = AFTER_JOINER.exec(s.text.slice(h.end, h.end + 60));
    const window = s.text.slice(Math.max(0, h.start - 30), h.start);
    const before = BEFORE_JOINER.exec(window);
    if (!after && !before) continue;
    const ag = accessionOf(h.country, s, catalogue);
    if (!ag) continue;
    const end = after ? h.end + after[0].length : h.end;
    // The mention spans its document's noun ("approved the Protocol of Accession of Timor-Leste":
    // the verb's object is the accession, not another document).
    let start = h.start;
    if (before) {
      start = h.start - window.length + before.index;
      const doc = DOCUMENT_OF.exec(s.text.slice(Math.max(0, start - 30), start));
      if (doc) start -= doc[0].length;
    }
    s.groups.push({ anchor: h.start, span: [start, end], members: [{ agreementId: ag.id, segStart: 0, segEnd: len }] });
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

/** The second and later joiners of "accession talks with A, B and C" (the first is found by `BEFORE_JOINER`). */
function joinersListedAfterTalks(s: SentenceInfo): Set<CountryHit> {
  const out = new Set<CountryHit>();
  for (const m of execAll(TALKS_WITH_LIST, s.text)) {
    let at = m.index + m[0].length;
    let first = true;
    for (const h of s.countries) {
      if (h.start < at) continue;
      const gap = s.text.slice(at, h.start);
      if (first ? !/^(?:the\s+)?$/i.test(gap) : !LIST_GAP.test(gap)) break;
      if (!first) out.add(h);
      first = false;
      at = h.end;
    }
  }
  return out;
}

/** The organisations an accession agreement joins its joiners to ("BRICS", "the SCO", "the WTO"). */
export function organisationsJoined(ag: CompiledAgreement, catalogue: Catalogue): string[] {
  return joinersOf(ag, catalogue).length > 0 ? ag.parties.filter((p) => ORGANISATIONS[p]) : [];
}

/** Whether joining `ag` is an accession to a bloc: "joined BRICS" is that accession taking effect. */
export function isAccessionToOrganisation(ag: CompiledAgreement, catalogue: Catalogue): boolean {
  return organisationsJoined(ag, catalogue).length > 0;
}

const BLOC_FORMS = new WeakMap<Catalogue, string[]>();

/** Whether a text speaks of joining a bloc some accession of the catalogue joins ("joined BRICS"): a cheap test before any work. */
export function namesJoinedBloc(text: string, catalogue: Catalogue): boolean {
  let forms = BLOC_FORMS.get(catalogue);
  if (!forms) {
    const orgs = new Set(catalogue.agreements.flatMap((a) => organisationsJoined(a, catalogue)));
    forms = [...orgs].flatMap((o) => ORGANISATIONS[o]!.forms);
    BLOC_FORMS.set(catalogue, forms);
  }
  for (const f of forms) {
    for (let at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + f.length)) {
      if (BEFORE_BLOC.test(text.slice(Math.max(0, at - 40), at)) || AFTER_BLOC.test(text.slice(at + f.length, at + f.length + 20))) return true;
    }
  }
  return false;
}

// The bloc's name as what is joined: "joined BRICS", "a full member of the SCO", "admitted to
// ASEAN", "an SCO member", "BRICS membership". Not in a sentence that names a document ("ratify an
// agreement making it a member of NATO"): the document is the mention there.
// Also the joiner's talks with the bloc ("accession talks with the European Union", "opened
// negotiations with the EU on joining the bloc") and its candidacy ("EU candidate status").
const BEFORE_BLOC = /\b(?:join(?:s|ed|ing)?|members?\s+of|membership\s+(?:of|in)|admi(?:tted|ssion)\s+(?:in)?to|accession\s+to|entry\s+in(?:to)?|acced(?:e|ed|es|ing)\s+to|(?:accession|membership)\s+(?:talks|negotiations)\s+with)\s+(?:the\s+)?$/i;
const AFTER_BLOC = /^\s+(?:(?:full\s+)?(?:member|membership)\b|(?:accession|candidate|candidacy)\b)|^\s+on\s+(?:joining|membership|accession)\b/i;
const DOCUMENT_NOUN = /\b(?:agreements?|treaty|treaties|pacts?|protocols?|accords?|conventions?|deals?|memorandum)\b/i;
// The words that make a bloc's name in a sentence about a joiner speak of the joiner's accession.
const JOINING_CONTEXT = /\b(?:join(?:s|ed|ing)?|member(?:s|ship)?|admi(?:t|ts|tted|tting|ssion)|accession|acced(?:e|ed|es|ing)|entry|enlargement|expansion|bid|candidacy|candidate|application|talks|negotiations)\b/i;

/**
 * Step `accession-bloc-joined`: "Indonesia has formally joined BRICS", "Iran became a full member of
 * the SCO", "BRICS admitted Egypt, Ethiopia …": the bloc's name, in a sentence that names a joiner
 * of an accession to that bloc and speaks of joining, refers to that accession (the mention sits on
 * the bloc's name, the object of "joined").
 */
export function joinedBlocGroups(s: SentenceInfo, catalogue: Catalogue): void {
  if (s.groups.length > 0 || s.countries.length < 2 || !JOINING_CONTEXT.test(s.text) || DOCUMENT_NOUN.test(s.text)) return;
  const named = new Set(s.countries.map((h) => h.country));
  for (const h of s.countries) {
    if (!ORGANISATIONS[h.country]) continue;
    if (!BEFORE_BLOC.test(s.text.slice(Math.max(0, h.start - 40), h.start)) && !AFTER_BLOC.test(s.text.slice(h.end, h.end + 20))) continue;
    // Each joiner named, with its one accession to this bloc (Croatia's euro and Schengen accessions both join "the EU": neither).
    const ags = new Set<CompiledAgreement>();
    for (const j of named) {
      const cands = catalogue.agreements.filter((a) => organisationsJoined(a, catalogue).includes(h.country) && joinersOf(a, catalogue).includes(j));
      if (cands.length === 1) ags.add(cands[0]!);
    }
    if (ags.size === 0) continue;
    s.groups.push({ anchor: h.start, span: [h.start, h.end], members: [...ags].map((a) => ({ agreementId: a.id, segStart: 0, segEnd: s.text.length })) });
  }
}

