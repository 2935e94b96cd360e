// Synthetic news prose about international agreements, generated from templates and vocabulary
// with a seeded PRNG: the same seed gives the same articles. The agreements and countries overlap
// the bundled catalogue (so the matcher finds mentions and statuses, as it would in real coverage)
// and include pacts the catalogue does not track (so not every article is about a tracked one).
import type { ArticleText } from '../../src/types.js';
import type { Rng } from './prng.js';

interface Country {
  name: string;
  adjective: string;
  capital: string;
  legislature: string;
}

const COUNTRIES: Record<string, Country> = {
  JP: { name: 'Japan', adjective: 'Japanese', capital: 'Tokyo', legislature: 'the Diet' },
  PH: { name: 'the Philippines', adjective: 'Philippine', capital: 'Manila', legislature: 'the Senate' },
  AU: { name: 'Australia', adjective: 'Australian', capital: 'Canberra', legislature: 'parliament' },
  GB: { name: 'Britain', adjective: 'British', capital: 'London', legislature: 'parliament' },
  FR: { name: 'France', adjective: 'French', capital: 'Paris', legislature: 'the National Assembly' },
  US: { name: 'the United States', adjective: 'American', capital: 'Washington', legislature: 'Congress' },
  CA: { name: 'Canada', adjective: 'Canadian', capital: 'Ottawa', legislature: 'parliament' },
  NZ: { name: 'New Zealand', adjective: 'New Zealand', capital: 'Wellington', legislature: 'parliament' },
  DE: { name: 'Germany', adjective: 'German', capital: 'Berlin', legislature: 'the Bundestag' },
  IN: { name: 'India', adjective: 'Indian', capital: 'New Delhi', legislature: 'parliament' },
  KR: { name: 'South Korea', adjective: 'South Korean', capital: 'Seoul', legislature: 'the National Assembly' },
  VN: { name: 'Vietnam', adjective: 'Vietnamese', capital: 'Hanoi', legislature: 'the National Assembly' },
  ID: { name: 'Indonesia', adjective: 'Indonesian', capital: 'Jakarta', legislature: 'the House of Representatives' },
};

interface Pact {
  a: string;
  b: string;
  /** How reporters name it. */
  names: string[];
  /** A plain description for headlines. */
  kind: string;
}

const PACTS: Pact[] = [
  { a: 'JP', b: 'PH', names: ['Reciprocal Access Agreement', 'RAA'], kind: 'troop access pact' },
  { a: 'JP', b: 'PH', names: ['Acquisition and Cross-Servicing Agreement', 'ACSA'], kind: 'military logistics pact' },
  { a: 'JP', b: 'AU', names: ['Reciprocal Access Agreement'], kind: 'defence access deal' },
  { a: 'JP', b: 'GB', names: ['Reciprocal Access Agreement'], kind: 'troop access deal' },
  { a: 'JP', b: 'FR', names: ['Reciprocal Access Agreement'], kind: 'defence pact' },
  { a: 'US', b: 'PH', names: ['Visiting Forces Agreement', 'VFA'], kind: 'visiting forces deal' },
  { a: 'PH', b: 'CA', names: ['Status of Visiting Forces Agreement', 'SOVFA'], kind: 'visiting forces pact' },
  { a: 'PH', b: 'NZ', names: ['Status of Visiting Forces Agreement', 'SOVFA'], kind: 'defence cooperation pact' },
  { a: 'DE', b: 'IN', names: ['defence industrial cooperation accord'], kind: 'arms industry accord' },
  { a: 'KR', b: 'VN', names: ['maritime security memorandum'], kind: 'maritime security memorandum' },
  { a: 'ID', b: 'AU', names: ['defence cooperation agreement'], kind: 'security treaty' },
];

const FIRST = ['Maria', 'Kenji', 'Ana', 'Hiroshi', 'Liam', 'Sofia', 'Takeshi', 'Grace', 'Daniel', 'Yuki', 'Ramon', 'Claire', 'Arjun', 'Mei', 'Jonas', 'Lucia', 'Tomas', 'Aiko', 'Paolo', 'Hannah'];
const LAST = ['Santos', 'Tanaka', 'Reyes', 'Watanabe', 'Mitchell', 'Cruz', 'Nakamura', 'Dubois', 'Garcia', 'Okada', 'Villanueva', 'Fischer', 'Sharma', 'Kimura', 'Lambert', 'Bautista', 'Harper', 'Mori', 'Aquino', 'Brennan'];
const ROLES = ['Defence Minister', 'Foreign Minister', 'Defence Secretary', 'national security adviser', 'Prime Minister', 'Senate President', 'navy spokesperson', 'ambassador', 'chief of staff', 'deputy foreign minister'];
const DAYS = ['on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'on Saturday', 'on Sunday', 'last week', 'earlier this month', 'in March', 'in September', 'late last year', 'earlier this year', 'on 14 June', 'on 2 December'];
const SOURCES = [
  'officials said',
  'the foreign ministry said in a statement',
  'people familiar with the matter said',
  'according to a government readout',
  'the defence ministry said',
  'diplomatic sources told reporters',
  'a spokesperson for the presidential palace said',
];
const CONTEXT = [
  'Coast guard vessels from both countries have shadowed each other near disputed reefs for months, and a collision in August raised fears of a wider clash.',
  'Analysts say the arrangement reflects a broader shift in the region, where smaller states are hedging against pressure at sea by deepening ties with distant partners.',
  'Opposition lawmakers have questioned whether the deal gives foreign troops too much room, and a hearing on its legal basis is scheduled for next month.',
  'The two navies held their largest joint exercise so far in the spring, with some {n} personnel, four warships and a squadron of patrol aircraft taking part.',
  'Trade between the two economies rose by {p} percent last year, led by machinery, electronics and agricultural exports.',
  'Disaster relief has been a central argument for closer cooperation, after a typhoon in {month} left thousands without shelter along the eastern coast.',
  'Officials stressed that the pact is not aimed at any third country, a line repeated in every briefing since the talks began.',
  'The agreement sets out rules on the entry of personnel, the handling of weapons and ammunition, and which courts have jurisdiction over service members accused of crimes.',
  'Fishing communities on the western islands have complained that patrols by larger ships have pushed them away from traditional grounds.',
  'Security experts noted that the deal would allow faster deployment of aircraft for search-and-rescue missions across the archipelago.',
  'A think tank survey published in {month} found that a majority of respondents supported closer defence ties, though support was lower among younger voters.',
  'The ministry plans to spend about {n} million dollars over five years on radar stations, patrol boats and training facilities.',
  'Diplomats said the wording on jurisdiction took the longest to settle, with several rounds of talks devoted to a single annex.',
  'Regional leaders are expected to discuss maritime security again at a summit in {month}, where the pact will likely be on the agenda.',
  'Critics argued that the government had not explained how the arrangement would be funded or who would bear the cost of joint exercises.',
];
const QUOTES = [
  'This is a milestone for the security of both our nations',
  'We are not building an alliance against anyone, we are building capacity',
  'The details still matter, and parliament will scrutinise every clause',
  'Our forces will train together more often and respond faster when disaster strikes',
  'It sends a clear message that the rules-based order is worth defending',
  'We expect the remaining procedures to be completed within the year',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

type Stage = 'proposed' | 'negotiating' | 'agreed' | 'signed' | 'ratified' | 'in-force';
const STAGES: Stage[] = ['proposed', 'negotiating', 'agreed', 'signed', 'ratified', 'in-force'];

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function person(rng: Rng): string {
  return `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
}

function fill(rng: Rng, template: string): string {
  return template
    .replace('{n}', String(rng.int(3, 95) * 100))
    .replace('{p}', String(rng.int(2, 19)))
    .replace('{month}', rng.pick(MONTHS));
}

function statusSentence(rng: Rng, pact: Pact, stage: Stage): string {
  const a = COUNTRIES[pact.a]!;
  const b = COUNTRIES[pact.b]!;
  const name = `the ${rng.pick(pact.names)}`;
  const when = rng.pick(DAYS);
  const src = rng.pick(SOURCES);
  switch (stage) {
    case 'proposed':
      return `${cap(a.name)} has proposed talks with ${b.name} on ${name}, ${src}, as both governments look for ways to make joint drills easier to organise.`;
    case 'negotiating':
      return `Negotiators from ${a.capital} and ${b.capital} held a ${rng.pick(['first', 'second', 'third'])} round of talks on ${name} ${when}, ${src}.`;
    case 'agreed':
      return `${cap(a.name)} and ${b.name} reached an agreement in principle on ${name} ${when}, clearing the way for a formal signing, ${src}.`;
    case 'signed':
      return `${cap(a.name)} and ${b.name} signed ${name} ${when} in ${rng.pick([a.capital, b.capital])}, a deal that lets their forces train on each other's soil.`;
    case 'ratified':
      return `${cap(b.legislature)} in ${b.capital} ratified ${name} ${when}, completing ${b.adjective} approval of the deal with ${a.name}.`;
    case 'in-force':
      return `${cap(name)} between ${a.name} and ${b.name} entered into force ${when}, ${src}.`;
  }
}

function quoteSentence(rng: Rng, pact: Pact): string {
  const c = COUNTRIES[rng.pick([pact.a, pact.b])]!;
  return `"${rng.pick(QUOTES)}," ${c.adjective} ${rng.pick(ROLES)} ${person(rng)} told reporters ${rng.pick(DAYS)}.`;
}

function backgroundSentence(rng: Rng, pact: Pact): string {
  const a = COUNTRIES[pact.a]!;
  const b = COUNTRIES[pact.b]!;
  const forms = [
    () => `${cap(a.capital)} already has similar arrangements with other partners, and officials see the ${rng.pick(pact.names)} as a model for future deals.`,
    () => `The ${pact.kind} would simplify the paperwork needed when ${a.adjective} and ${b.adjective} units move equipment for exercises.`,
    () => `${cap(b.name)} has been seeking more partners since ${rng.int(2016, 2023)}, when a standoff at sea exposed gaps in its maritime patrols.`,
    () => `Under the plan, ${a.adjective} troops could take part in drills in ${b.name} without separate approval for each visit, ${rng.pick(SOURCES)}.`,
    () => `${person(rng)}, a researcher at a ${b.capital} policy institute, said the deal would matter most in a crisis, when speed counts.`,
  ];
  return rng.pick(forms)();
}

function headline(rng: Rng, pact: Pact, stage: Stage): string {
  const a = COUNTRIES[pact.a]!.name.replace(/^the /, '');
  const b = COUNTRIES[pact.b]!.name.replace(/^the /, '');
  const verb: Record<Stage, string> = {
    proposed: 'weigh talks on',
    negotiating: 'hold new round of talks on',
    agreed: 'reach deal in principle on',
    signed: 'sign',
    ratified: 'move to ratify',
    'in-force': 'bring into force',
  };
  const tail = rng.pick(['amid sea tensions', 'as regional rivalry grows', 'to deepen defence ties', 'after months of talks', '']);
  return `${cap(a)}, ${b} ${verb[stage]} ${pact.kind}${tail ? ` ${tail}` : ''}`;
}

function wordCount(paragraphs: readonly string[]): number {
  let n = 0;
  for (const p of paragraphs) n += p.split(/\s+/).length;
  return n;
}

/** How many of PACTS (the first ones) are in the bundled catalogue. */
const TRACKED_PACTS = 8;

/**
 * A news article of about `words` words on one agreement; `trackedOnly` picks one of the
 * agreements in the bundled catalogue.
 */
export function newsArticle(rng: Rng, words = 800, trackedOnly = false): ArticleText & { pactIndex: number } {
  const pactIndex = rng.int(0, (trackedOnly ? TRACKED_PACTS : PACTS.length) - 1);
  const pact = PACTS[pactIndex]!;
  const stage = rng.pick(STAGES);
  const paragraphs: string[] = [statusSentence(rng, pact, stage)];
  while (wordCount(paragraphs) < words) {
    const kind = rng.int(0, 9);
    const sentences: string[] = [];
    const count = rng.int(1, 3);
    for (let i = 0; i < count; i++) {
      if (kind < 4) sentences.push(fill(rng, rng.pick(CONTEXT)));
      else if (kind < 6) sentences.push(backgroundSentence(rng, pact));
      else if (kind < 8) sentences.push(quoteSentence(rng, pact));
      else sentences.push(statusSentence(rng, rng.chance(0.7) ? pact : rng.pick(PACTS), rng.pick(STAGES)));
    }
    paragraphs.push(sentences.join(' '));
  }
  return { title: headline(rng, pact, stage), paragraphs, pactIndex };
}

/** Everyday news with no agreement in it: most of what a real politics or world feed carries. */
const OTHER_NEWS = [
  'Shares in regional exporters rose {p} percent on Tuesday after the central bank signalled it would keep interest rates on hold until the autumn.',
  'Forecasters warned of heavy rain across the northern provinces, with up to {n} millimetres expected before the weekend and landslide alerts issued for three towns.',
  'The city council approved a new budget for public transport, including {n} electric buses and a fare freeze for students and pensioners.',
  'Police said a man was detained after a fire broke out in a warehouse near the port in the early hours, and no injuries were reported.',
  'The national team won its qualifying match two goals to one, keeping alive its hopes of reaching the finals for the first time since {month} a decade ago.',
  'Hospital officials reported a rise in dengue cases in the capital region, urging residents to clear standing water around their homes.',
  'A popular night market reopened after renovations, with vendors saying visitor numbers were back to where they were before the pandemic.',
  'The election commission said voter registration would close at the end of {month}, and warned that late applications could not be accepted.',
  'Farmers in the central plains expect a smaller rice harvest this year after weeks of drought, and the agriculture ministry promised seed subsidies.',
  'A court adjourned the corruption trial of a former provincial governor until next month, after the defence asked for more time to review evidence.',
  'The airline announced {n} new weekly flights to three cities in the region, citing strong demand from tourists and overseas workers.',
  'Engineers began repairs on a bridge damaged by last year’s earthquake, and officials said traffic would be diverted for about six weeks.',
  'A film festival opened on Friday with a record number of entries, and organisers said ticket sales were up {p} percent on last year.',
  'Consumer prices rose {p} percent in the year to {month}, slightly below the forecast, as fuel and food costs eased.',
  'The university announced scholarships for {n} students from remote islands, covering tuition, housing and a monthly allowance.',
];

/** An article about something else than any agreement, of about `words` words. */
export function otherArticle(rng: Rng, words = 400): ArticleText {
  const paragraphs: string[] = [];
  while (wordCount(paragraphs) < words) {
    const count = rng.int(1, 3);
    const sentences: string[] = [];
    for (let i = 0; i < count; i++) sentences.push(fill(rng, rng.pick(OTHER_NEWS)));
    paragraphs.push(sentences.join(' '));
  }
  const first = paragraphs[0]!.split(/[,.]/)[0]!;
  return { title: first.length > 90 ? `${first.slice(0, 87)}…` : first, paragraphs };
}

/** Any one new sentence in the article's register: for edits and rewrites. */
export function anySentence(rng: Rng): string {
  const pact = rng.pick(PACTS);
  const k = rng.int(0, 3);
  if (k === 0) return statusSentence(rng, pact, rng.pick(STAGES));
  if (k === 1) return quoteSentence(rng, pact);
  if (k === 2) return backgroundSentence(rng, pact);
  return fill(rng, rng.pick(CONTEXT));
}

/**
 * The kind of edit a publisher makes after publication: in `count` different paragraphs, one
 * sentence is replaced by a reworded one (a figure, a name or a clause changes).
 */
export function editSentences(rng: Rng, paragraphs: readonly string[], count: number): string[] {
  const out = [...paragraphs];
  const chosen = new Set<number>();
  while (chosen.size < Math.min(count, out.length)) chosen.add(rng.int(0, out.length - 1));
  for (const i of chosen) {
    const sentences = out[i]!.split(/(?<=[.!?]"?)\s+/);
    const j = rng.int(0, sentences.length - 1);
    sentences[j] = reword(rng, sentences[j]!);
    out[i] = sentences.join(' ');
  }
  return out;
}

function reword(rng: Rng, sentence: string): string {
  if (/\d/.test(sentence)) return sentence.replace(/\d[\d,]*/, String(rng.int(2, 90) * 50));
  const day = DAYS.find((d) => sentence.includes(d));
  if (day) return sentence.replace(day, rng.pick(DAYS.filter((d) => d !== day)));
  const words = sentence.split(' ');
  const at = rng.int(1, Math.max(1, words.length - 2));
  words.splice(at, 0, rng.pick(['reportedly', 'formally', 'initially', 'only', 'also']));
  return words.join(' ');
}

/** A correction line as publishers print it at the foot of a corrected story. */
export function correctionLine(rng: Rng): string {
  return rng.pick([
    `(Corrects the number of personnel in the ${rng.pick(['fourth', 'sixth', 'ninth'])} paragraph.)`,
    `This article was amended on ${rng.int(1, 28)} ${rng.pick(MONTHS)} 2025 to correct the date of the signing.`,
    `Correction: An earlier version of this article misstated the title of a ${rng.pick(['defence', 'foreign'])} official.`,
  ]);
}
