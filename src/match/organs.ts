// The organs that ratify for a state: parliaments, chambers, lawmakers, a head of state's assent.
// One table of named rows. A row with `country` names its state by itself ("the Knesset", "MEPs");
// a row without one speaks for the state its words around name: an adjective or possessive right
// before it ("the Spanish Senate", "Turkey's parliament"), "of X" after it ("the parliaments of
// Argentina and Uruguay"), a capital after it ("the green light in Canberra"), or else the party
// the context gives (party.ts). Hand-written: no maintained package maps parliaments to countries,
// and only bodies that approve treaties matter here.

export interface OrganRow {
  /** The row's name, recorded as the party row of the findings it decides. */
  id: string;
  re: RegExp;
  /** The state (or organisation) the organ belongs to when its own name says so. */
  country?: string;
  /** Its state is the clause's subject's ("New Zealand's act … received royal assent"), never a word next to it. */
  ofTheSubject?: boolean;
}

export const ORGANS: OrganRow[] = [
  // Named legislatures.
  { id: 'organ-diet', re: /\bDiet\b/, country: 'Japan' },
  { id: 'organ-house-of-councillors', re: /\bHouse\s+of\s+Councillors\b/, country: 'Japan' },
  { id: 'organ-riksdag', re: /\bRiksdag\b/, country: 'Sweden' },
  { id: 'organ-eduskunta', re: /\bEduskunta\b/, country: 'Finland' },
  { id: 'organ-bundestag', re: /\bBundestag\b/, country: 'Germany' },
  { id: 'organ-bundesrat', re: /\bBundesrat\b/, country: 'Germany' },
  { id: 'organ-duma', re: /\b(?:State\s+)?Duma\b/, country: 'Russia' },
  { id: 'organ-federation-council', re: /\bFederation\s+Council\b/, country: 'Russia' },
  { id: 'organ-knesset', re: /\bKnesset\b/, country: 'Israel' },
  { id: 'organ-sejm', re: /\bSejm\b/, country: 'Poland' },
  { id: 'organ-storting', re: /\bStorting(?:et)?\b/, country: 'Norway' },
  { id: 'organ-folketing', re: /\bFolketing(?:et)?\b/, country: 'Denmark' },
  { id: 'organ-oireachtas', re: /\bOireachtas\b/, country: 'Ireland' },
  { id: 'organ-commons-lords', re: /\bHouse\s+of\s+(?:Commons|Lords)\b|\bWestminster\s+MPs\b/, country: 'United Kingdom' },
  { id: 'organ-rada', re: /\b(?:Verkhovna\s+)?Rada\b/, country: 'Ukraine' },
  { id: 'organ-grand-national-assembly', re: /\bGrand\s+National\s+Assembly\b/, country: 'Türkiye' },
  { id: 'organ-sabha', re: /\b(?:Lok|Rajya)\s+Sabha\b/, country: 'India' },
  { id: 'organ-seimas', re: /\bSeimas\b/, country: 'Lithuania' },
  { id: 'organ-saeima', re: /\bSaeima\b/, country: 'Latvia' },
  { id: 'organ-riigikogu', re: /\bRiigikogu\b/, country: 'Estonia' },
  { id: 'organ-althing', re: /\bAl(?:th|þ)ingi?\b/, country: 'Iceland' },
  { id: 'organ-jogorku-kenesh', re: /\bJogorku\s+Kenesh\b/, country: 'Kyrgyzstan' },
  { id: 'organ-majlisi-oli', re: /\bMajlisi\s+Oli\b/, country: 'Tajikistan' },
  { id: 'organ-oliy-majlis', re: /\bOliy\s+Majlis\b/, country: 'Uzbekistan' },
  { id: 'organ-mazhilis', re: /\bMazhilis\b/, country: 'Kazakhstan' },
  { id: 'organ-national-peoples-congress', re: /\bNational\s+People's\s+Congress\b/, country: 'China' },
  { id: 'organ-supreme-peoples-assembly', re: /\bSupreme\s+People's\s+Assembly\b/, country: 'North Korea' },
  // The EU's organs that conclude its agreements: the Parliament (its members, "MEPs") and the
  // Council (named as such, or "the Council" after the Parliament in the same sentence; the look
  // back runs only where "Council" stands, not at every position of every sentence).
  { id: 'organ-european-parliament', re: /\bEuropean\s+Parliament\b|\bMEPs\b/, country: 'European Union' },
  {
    id: 'organ-eu-council',
    re: /\b(?:European\s+Council|Council\s+of\s+the\s+(?:EU|European\s+Union)|EU\s+Council)\b|\b[Cc]ouncil\b(?!\s+of\b)(?<=\b(?:European\s+Parliament|MEPs)\b[^.;]{0,120}?\bthe\s+[Cc]ouncil)/,
    country: 'European Union',
  },
  // Organs whose state the words around them name.
  { id: 'organ-senate', re: /\bSenate\b|\b[Ss]enators?\b/ },
  { id: 'organ-parliament', re: /\b[Pp]arliament(?:s|arians)?\b|\bNational\s+Assembly\b|\bMajlis\b|\bCortes\b|\bCongress\b|\bcongressional\b|\bCouncil\s+of\s+States\b|\bNational\s+Council\b/ },
  { id: 'organ-chamber', re: /\bHouse\s+of\s+Representatives\b|\b(?:[Uu]pper|[Ll]ower)\s+(?:[Hh]ouse|[Cc]hamber)\b|\b[Bb]oth\s+(?:[Hh]ouses|[Cc]hambers)\b/ },
  { id: 'organ-lawmakers', re: /\b[Ll]egislat(?:ure|ures|ors|ive)\b|\b[Ll]awmakers\b|\bMPs\b|\b[Dd]eputies\b/ },
  // A head of state's assent completes a parliament's approval ("received royal assent").
  { id: 'organ-royal-assent', re: /\b[Rr]oyal\s+[Aa]ssent\b/, ofTheSubject: true },
];

/** Any organ of the table: a legislature is named. */
export const ORGAN_ANY = new RegExp(ORGANS.map((o) => `(?:${o.re.source})`).join('|'));

const STICKY = ORGANS.map((o) => new RegExp(o.re.source, 'y'));

/** The row of the organ named at `index` of `text` (where ORGAN_ANY matched), if any. */
export function organAt(text: string, index: number): OrganRow | undefined {
  for (const [k, re] of STICKY.entries()) {
    re.lastIndex = index;
    if (re.test(text)) return ORGANS[k];
  }
  return undefined;
}

/** Organs that name their own state. */
export const NAMED_ORGANS = ORGANS.filter((o) => o.country !== undefined);
