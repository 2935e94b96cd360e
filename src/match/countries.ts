// Country names as news writes them: short and official names, codes, demonyms and capitals used
// for governments ("Tokyo", "Manila"), all from the world-countries data, plus a small table of
// forms that data lacks. Canonical name = the country's `name.common`.
import worldCountriesModule from 'world-countries';
import type { Country } from 'world-countries';

// The package is CommonJS (`module.exports = [...]`) while its types declare an ES default export;
// under NodeNext the default import is the array at run time but typed as the module. Accept both.
const worldCountries: Country[] = Array.isArray(worldCountriesModule)
  ? (worldCountriesModule as unknown as Country[])
  : (worldCountriesModule as unknown as { default: Country[] }).default;

/** A country mention inside a sentence (offsets into the sentence). */
export interface CountryHit {
  country: string;
  start: number;
  end: number;
}

export interface CountryIndex {
  /** Exact written form (case-sensitive: news capitalises country names) -> canonical name. */
  forms: Map<string, string>;
  /** Lower-cased form -> canonical name, for resolving what users wrote in the config. */
  lower: Map<string, string>;
  /** Longest form, in words. */
  maxWords: number;
  /** Forms that are capital cities (they name an instrument in "Paris Agreement"). */
  capitals: Set<string>;
  /** First word of a form -> the word counts of the forms starting with it, longest first. */
  firstWords: Map<string, number[]>;
}

// Forms the data lacks or gets in a shape news does not use. Each one is here because a wire or
// paper writes it and world-countries does not list it:
// - "Britain", "U.K.", "U.S.", "U.S.A.", "America": altSpellings only have "Great Britain", "UK", "US".
// - "Washington": the data's capital is "Washington D.C."; news says "Washington".
// - "Philippine": the adjective (the data's demonym is "Filipino").
// - "Kiwi": New Zealand's informal demonym, common in Philippine and Australian papers.
// - institutions used for their governments or forces: "Kremlin", "Pentagon", "White House",
//   "Malacañang", Japan's "Self-Defense Forces" and its parliament, the (capitalised) "Diet".
const EXTRA_FORMS: Record<string, string[]> = {
  'United Kingdom': ['Britain', 'U.K.', 'Briton', 'Britons'],
  'United States': ['U.S.', 'U.S.A.', 'America', 'Washington', 'Pentagon', 'White House'],
  Philippines: ['Philippine', 'Malacañang', 'Malacanang'],
  'New Zealand': ['Kiwi', 'Kiwis'],
  Russia: ['Kremlin'],
  Japan: ['Self-Defense Forces', 'Self-Defence Forces', 'SDF', 'Diet', 'National Diet'],
  'South Korea': ['Korean'],
  // The data's common name is "Türkiye" (alt "Turkiye"); English news still mostly writes
  // "Turkey", and its demonym entry is "Turk", not the adjective "Turkish".
  Türkiye: ['Turkey', 'Turkish'],
  // Official new names whose older English forms the data does carry, and the reverse.
  'Cape Verde': ['Cabo Verde'],
  'Vatican City': ['Holy See'],
  // Lists of parties write it without the article ("the Republic of Congo").
  'Republic of the Congo': ['Republic of Congo', 'Congo Republic'],
  // The WTO's names for its customs-territory members.
  'Hong Kong': ['Hong Kong, China', 'Hong Kong China'],
  Macau: ['Macao, China', 'Macao China'],
  // The older English (and German) spelling, still in lists of EU members.
  Luxembourg: ['Luxemburg'],
  // News shortens it to its first half ("Bosnia applied for EU membership in 2016").
  'Bosnia and Herzegovina': ['Bosnia'],
};

/**
 * Organisations that are parties to agreements as one body ("ASEAN–China code of conduct", "EU–UK
 * deal"). Not in world-countries; kept small and written out: each has its forms and its member
 * states (canonical names), so that "Manila" establishes ASEAN as a party and "ASEAN" does not
 * conflict with an agreement listing the member states one by one.
 */
const AFRICAN_STATES = worldCountries.filter((c) => c.region === 'Africa' && c.independent).map((c) => c.name.common);

export const ORGANISATIONS: Record<string, { forms: string[]; members: string[] }> = {
  ASEAN: {
    forms: ['ASEAN', 'Association of Southeast Asian Nations'],
    members: [
      'Brunei', 'Cambodia', 'Indonesia', 'Laos', 'Malaysia', 'Myanmar', 'Philippines', 'Singapore',
      'Thailand', 'Vietnam', 'Timor-Leste',
    ],
  },
  'European Union': {
    forms: ['European Union', 'EU', 'E.U.', 'European Commission'],
    members: [
      'Austria', 'Belgium', 'Bulgaria', 'Croatia', 'Cyprus', 'Czechia', 'Denmark', 'Estonia', 'Finland',
      'France', 'Germany', 'Greece', 'Hungary', 'Ireland', 'Italy', 'Latvia', 'Lithuania', 'Luxembourg',
      'Malta', 'Netherlands', 'Poland', 'Portugal', 'Romania', 'Slovakia', 'Slovenia', 'Spain', 'Sweden',
    ],
  },
  Mercosur: {
    forms: ['Mercosur', 'MERCOSUR', 'Mercosul', 'Southern Common Market'],
    members: ['Argentina', 'Brazil', 'Paraguay', 'Uruguay', 'Bolivia'],
  },
  EFTA: {
    forms: ['EFTA', 'European Free Trade Association'],
    members: ['Iceland', 'Liechtenstein', 'Norway', 'Switzerland'],
  },
  NATO: {
    forms: ['NATO', 'Nato', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation'],
    members: [
      'Albania', 'Belgium', 'Bulgaria', 'Canada', 'Croatia', 'Czechia', 'Denmark', 'Estonia', 'Finland',
      'France', 'Germany', 'Greece', 'Hungary', 'Iceland', 'Italy', 'Latvia', 'Lithuania', 'Luxembourg',
      'Montenegro', 'Netherlands', 'North Macedonia', 'Norway', 'Poland', 'Portugal', 'Romania',
      'Slovakia', 'Slovenia', 'Spain', 'Sweden', 'Türkiye', 'United Kingdom', 'United States',
    ],
  },
  'Gulf Cooperation Council': {
    forms: ['Gulf Cooperation Council', 'GCC', 'Gulf Co-operation Council'],
    members: ['Bahrain', 'Kuwait', 'Oman', 'Qatar', 'Saudi Arabia', 'United Arab Emirates'],
  },
  'African Union': {
    forms: ['African Union'],
    members: AFRICAN_STATES,
  },
  'Eurasian Economic Union': {
    forms: ['Eurasian Economic Union', 'EAEU', 'EEU'],
    members: ['Russia', 'Belarus', 'Kazakhstan', 'Kyrgyzstan', 'Armenia'],
  },
  // Blocs that news reports states joining ("Indonesia has formally joined BRICS", "Iran became a
  // full member of the SCO"): the organisation is the accession's other party. Members as of 2025.
  // (Not the WTO: "the WTO's Trade Facilitation Agreement" would read as a party's, and a bloc of
  // nearly every state establishes nothing.)
  BRICS: {
    forms: ['BRICS', 'Brics'],
    members: ['Brazil', 'Russia', 'India', 'China', 'South Africa', 'Egypt', 'Ethiopia', 'Iran', 'United Arab Emirates', 'Indonesia'],
  },
  'Shanghai Cooperation Organisation': {
    forms: ['Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization', 'SCO'],
    members: ['China', 'Russia', 'Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Uzbekistan', 'India', 'Pakistan', 'Iran', 'Belarus'],
  },
  'Collective Security Treaty Organisation': {
    forms: ['Collective Security Treaty Organisation', 'Collective Security Treaty Organization', 'CSTO'],
    members: ['Russia', 'Belarus', 'Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Armenia'],
  },
};

/**
 * True when `name` (a canonical country or organisation) may act as a party: one of `parties`, or
 * one's member or organisation; any country when `parties` is empty (a treaty open to all states).
 */
export function coveredBy(name: string, parties: readonly string[]): boolean {
  if (parties.length === 0 || parties.includes(name)) return true;
  const org = ORGANISATIONS[name];
  if (org?.members.some((m) => parties.includes(m))) return true;
  return parties.some((p) => ORGANISATIONS[p]?.members.includes(name) ?? false);
}

// Two-letter codes that are also English words in capitals (headlines, acronyms): "IN", "IT", "AI".
const CODE_STOPLIST = new Set([
  'AM', 'AN', 'AS', 'AT', 'BE', 'BY', 'DO', 'GO', 'HE', 'IN', 'IS', 'IT', 'ME', 'MY', 'NO', 'OF',
  'ON', 'OR', 'SO', 'TO', 'UP', 'WE', 'AI', 'ID', 'IO', 'TV', 'PR', 'AD', 'CH', 'CV', 'EU', 'PS',
  'TM', 'VA', 'BS', 'CC', 'GS', 'MS', 'PA', 'PE', 'RE', 'SA', 'SE', 'ST', 'TC', 'UM', 'VI', 'CD',
]);

// Names that are also common first names or US states; counted only when not followed by another
// capitalised word ("Chad Smith", "Jordan Peterson", "Georgia Tech").
export const AMBIGUOUS_FORMS = new Set(['Chad', 'Jordan', 'Georgia']);

function usable(form: string): boolean {
  if (form.length < 2) return false;
  // Latin script only: the texts are English; native spellings only add noise.
  if (!/^[\p{Script=Latin}\s.'’\-()]+$/u.test(form)) return false;
  if (/^[A-Z]{2}$/.test(form) && CODE_STOPLIST.has(form)) return false;
  return true;
}

function pluralDemonym(d: string): string[] {
  // "Filipino" -> "Filipinos"; "Japanese", "British", "French" have no -s plural.
  if (/(?:ese|sh|ch|ss|s)$/.test(d)) return [];
  return [d + 's'];
}

let baseIndex: CountryIndex | null = null;

/** The index built from world-countries and the table above (built once, then shared). */
export function baseCountryIndex(): CountryIndex {
  if (baseIndex) return baseIndex;
  const owners = new Map<string, Set<string>>();
  const capitals = new Set<string>();
  const add = (form: string, country: string): void => {
    const f = form.trim();
    if (!usable(f)) return;
    let s = owners.get(f);
    if (!s) {
      s = new Set();
      owners.set(f, s);
    }
    s.add(country);
  };
  for (const c of worldCountries) {
    const canon = c.name.common;
    add(canon, canon);
    add(c.name.official, canon);
    for (const a of c.altSpellings) add(a, canon);
    add(c.cca3, canon);
    const eng = c.demonyms?.['eng'];
    if (eng) {
      for (const d of new Set([eng.m, eng.f])) {
        add(d, canon);
        for (const p of pluralDemonym(d)) add(p, canon);
      }
    }
    for (const cap of c.capital) {
      add(cap, canon);
      capitals.add(cap);
    }
  }
  const forms = new Map<string, string>();
  const independent = new Set(worldCountries.filter((c) => c.independent).map((c) => c.name.common));
  for (const [form, set] of owners) {
    // A form two countries share ("Dominican", "Congo") names neither with certainty; one a state
    // shares only with territories it or another holds ("French" with the French Southern Lands,
    // "Indian" with the British Indian Ocean Territory, "American", "Dutch", "Norwegian") names the state.
    const states = [...set].filter((c) => independent.has(c));
    if (set.size === 1) forms.set(form, [...set][0]!);
    else if (states.length === 1) forms.set(form, states[0]!);
  }
  for (const [canon, extra] of Object.entries(EXTRA_FORMS)) for (const f of extra) forms.set(f, canon);
  // "St. Lucia", "St Vincent and the Grenadines": news abbreviates "Saint".
  for (const canon of new Set(forms.values())) {
    if (!canon.startsWith('Saint ')) continue;
    for (const st of ['St. ', 'St ']) if (!forms.has(st + canon.slice(6))) forms.set(st + canon.slice(6), canon);
  }
  for (const [canon, org] of Object.entries(ORGANISATIONS)) for (const f of org.forms) forms.set(f, canon);
  baseIndex = finish(forms, capitals);
  return baseIndex;
}

function finish(forms: Map<string, string>, capitals: Set<string>): CountryIndex {
  const lower = new Map<string, string>();
  const firstWords = new Map<string, number[]>();
  let maxWords = 1;
  for (const [f, c] of forms) {
    lower.set(f.toLowerCase(), c);
    const words = f.split(/\s+/);
    maxWords = Math.max(maxWords, words.length);
    const lengths = firstWords.get(words[0]!) ?? [];
    if (!lengths.includes(words.length)) lengths.push(words.length);
    firstWords.set(words[0]!, lengths);
  }
  for (const l of firstWords.values()) l.sort((a, b) => b - a);
  // Canonical names always resolve to themselves, whatever the ambiguity pruning did.
  for (const c of new Set(forms.values())) lower.set(c.toLowerCase(), c);
  return { forms, lower, maxWords, capitals, firstWords };
}

/** The base index plus the config's extra names (canonical -> more names). Returns the unknown canonicals. */
export function extendCountryIndex(
  extra: Record<string, string[]>,
): { index: CountryIndex; unknown: string[] } {
  const base = baseCountryIndex();
  if (Object.keys(extra).length === 0) return { index: base, unknown: [] };
  const forms = new Map(base.forms);
  const unknown: string[] = [];
  for (const [name, more] of Object.entries(extra)) {
    const canon = base.lower.get(name.trim().toLowerCase());
    if (!canon) {
      unknown.push(name);
      continue;
    }
    for (const m of more) if (m.trim()) forms.set(m.trim(), canon);
  }
  return { index: finish(forms, base.capitals), unknown };
}

/** Canonical country name for what a user or a text wrote ("UK", "Britain", "U.S."), or null. */
export function resolveCountry(name: string, index: CountryIndex = baseCountryIndex()): string | null {
  const n = name.trim();
  // "the Gambia", "the Bahamas", "the Netherlands": the article is optional in a config.
  const bare = n.replace(/^the\s+/i, '');
  return index.forms.get(n) ?? index.lower.get(n.toLowerCase()) ?? index.forms.get(bare) ?? index.lower.get(bare.toLowerCase()) ?? null;
}

// Seas, straits and the like carry country names without naming a government: "South China Sea",
// "East and South China seas", "Sea of Japan", "West Philippine Sea", "Taiwan Strait"; also
// place-named instruments ("Paris Agreement") and "South China" as a region ("South China Morning Post");
// "Latin American", "North American" are regions, not the United States.
const NOT_A_GOVERNMENT =
  /\b(?:(?:North|South|East|West|Southern|Northern|Eastern|Western)\s+(?:and\s+(?:North|South|East|West)\s+)?)?[A-Z][\p{L}]+\s+(?:[Ss]eas?|[Ss]traits?|Gulf|Ocean)\b|\b(?:Sea|Gulf|Strait)\s+of\s+[A-Z][\p{L}]+|\b(?:South|East)\s+China\b|\b(?:Latin|North|South|Central|Native)\s+Americans?\b/gu;

// A capital directly before one of these names an instrument or a body, not a government:
// "Paris Agreement", "Vienna Convention", "London Club".
const INSTRUMENT_WORDS = new Set([
  'Agreement', 'Accord', 'Accords', 'Declaration', 'Convention', 'Protocol', 'Charter',
  'Consensus', 'Club', 'Principles', 'Process', 'Document', 'Format', 'Statute',
]);

/** The sentence with non-government uses of country names blanked out (same length, same offsets). */
const MASK_HINT = /Sea|sea|Strait|strait|Gulf|Ocean|South China|East China|(?:Latin|North|South|Central|Native) American/;

export function maskNonGovernment(sentence: string): string {
  if (!MASK_HINT.test(sentence)) return sentence;
  return sentence.replace(NOT_A_GOVERNMENT, (m) => ' '.repeat(m.length));
}

// A token: a Latin letter (with its accented forms), then letters, digits, apostrophes, periods and
// hyphens; what /[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F][A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F'\u2019.-]*/g
// matches, read by character codes (the expression's exec and its match arrays were a third of
// findCountries on agreement news).
const isTokenStart = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
const isTokenPart = (c: number): boolean => isTokenStart(c) || (c >= 48 && c <= 57) || c === 39 || c === 46 || c === 45 || c === 0x2019;

// The token bounds of the sentence being read, kept between calls: most words of a sentence are
// lower-case and skipped at their first letter, so only the tokens a lookup reads become objects
// (an object and a slice per word were most of findCountries' allocations on agreement news).
let tokenStarts = new Int32Array(512);
let tokenEnds = new Int32Array(512);

/** Fills tokenStarts/tokenEnds with the raw tokens of `text`; returns how many. */
function tokenBounds(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; ) {
    if (!isTokenStart(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && isTokenPart(text.charCodeAt(j))) j++;
    if (count === tokenStarts.length) {
      const starts = new Int32Array(count * 2);
      const ends = new Int32Array(count * 2);
      starts.set(tokenStarts);
      ends.set(tokenEnds);
      tokenStarts = starts;
      tokenEnds = ends;
    }
    tokenStarts[count] = i;
    tokenEnds[count] = j;
    count++;
    i = j;
  }
  return count;
}

/** The tokens of one sentence, each cleaned (cleanToken) the first time it is read. */
class Tokens {
  private readonly made: Array<Token | undefined>;
  constructor(
    private readonly text: string,
    readonly length: number,
  ) {
    this.made = new Array<Token | undefined>(length);
  }
  at(k: number): Token | undefined {
    if (k >= this.length) return undefined;
    let token = this.made[k];
    if (token === undefined) {
      token = cleanToken(this.text.slice(tokenStarts[k]!, tokenEnds[k]!), tokenStarts[k]!);
      this.made[k] = token;
    }
    return token;
  }
  /** The first character code of token k (cleaning only ever cuts a token's end). */
  firstCode(k: number): number {
    return this.text.charCodeAt(tokenStarts[k]!);
  }
}

interface Token {
  text: string;
  start: number;
  end: number;
}

function cleanToken(raw: string, start: number): Token {
  const last = raw.charCodeAt(raw.length - 1);
  // Fast path: most tokens end in a letter or digit and need no cleaning.
  if (last !== 46 && last !== 39 && last !== 0x2019 && !raw.includes("'") && !raw.includes('’')) {
    return { text: raw, start, end: start + raw.length };
  }
  let t = raw;
  // Possessives: "Japan's", "Philippines’".
  t = t.replace(/(?:['’]s|['’])$/u, '');
  // A sentence-final period, but not an abbreviation's ("U.S.", "D.C.").
  if (t.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(t)) t = t.replace(/\.+$/, '');
  return { text: t, start, end: start + t.length };
}

const NAME_PREFIX = /^(?:non|anti|pro|ex|post|pre|pan|extra|intra)-/i;

/** Every country named in a sentence, longest form first ("Republic of the Philippines"). */
export function findCountries(sentence: string, index: CountryIndex): CountryHit[] {
  const masked = maskNonGovernment(sentence);
  const tokens = new Tokens(masked, tokenBounds(masked));
  const hits: CountryHit[] = [];
  for (let i = 0; i < tokens.length; ) {
    // Country forms start with a capital letter; skip the rest cheaply (ASCII by its code).
    const code = tokens.firstCode(i);
    if ((code >= 97 && code <= 122) || (code > 127 && masked[tokenStarts[i]!] === masked[tokenStarts[i]!]!.toLowerCase())) {
      i++;
      continue;
    }
    const first = tokens.at(i)!;
    let matched = 0;
    // Only the lengths of forms that start with this word are worth trying.
    for (const n of index.firstWords.get(first.text) ?? []) {
      if (i + n > tokens.length) continue;
      let key = first.text;
      for (let k = i + 1; k < i + n; k++) key += ' ' + tokens.at(k)!.text;
      const country = index.forms.get(key);
      if (!country) continue;
      if (n === 1 && AMBIGUOUS_FORMS.has(key)) {
        const next = tokens.at(i + 1);
        if (next && /^\p{Lu}/u.test(next.text) && !index.forms.has(next.text)) break;
      }
      if (index.capitals.has(key) && INSTRUMENT_WORDS.has(tokens.at(i + n)?.text ?? '')) break;
      hits.push({ country, start: first.start, end: tokens.at(i + n - 1)!.end });
      matched = n;
      break;
    }
    if (matched) {
      i += matched;
      continue;
    }
    // "Japan-Philippines", "US-Japan": look the parts up.
    // "non-ASEAN signatories", "anti-Russian", "ex-Soviet": a prefix denies or qualifies the name.
    if (first.text.includes('-') && !NAME_PREFIX.test(first.text)) {
      let offset = first.start;
      const parts = first.text.split('-');
      parts.forEach((part, k) => {
        // "Japan-U.S." lost its final period to the sentence-end cleaning: put it back.
        const c = index.forms.get(part) ?? (k === parts.length - 1 && /^(?:\p{L}\.)+\p{L}$/u.test(part) ? index.forms.get(part + '.') : undefined);
        if (c && part.length > 1) hits.push({ country: c, start: offset, end: offset + part.length });
        offset += part.length + 1;
      });
      // "Japan-New Zealand", "US-South Korea": the last part opens a name of several words.
      const lastPart = parts[parts.length - 1]!;
      const lastStart = first.end - lastPart.length;
      let joined = 0;
      for (const n of index.firstWords.get(lastPart) ?? []) {
        if (n < 2 || i + n > tokens.length) continue;
        let key = lastPart;
        for (let k = i + 1; k < i + n; k++) key += ' ' + tokens.at(k)!.text;
        const country = index.forms.get(key);
        if (!country) continue;
        hits.push({ country, start: lastStart, end: tokens.at(i + n - 1)!.end });
        joined = n;
        break;
      }
      if (joined) {
        i += joined;
        continue;
      }
    }
    i++;
  }
  return hits;
}
