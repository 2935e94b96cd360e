// The demo's sample news: written for pactwatch (paraphrases that keep the facts of the reporting
// on the Japan–Philippines pacts), published over five snapshots as a newsroom would: a first
// report, a "set to sign" story, the signing story, its quiet correction with a correction line,
// and a later story on the logistics pact.

export interface SampleArticle {
  /** Path on the demo server, e.g. /bloomberg/raa-signed */
  path: string;
  title: string;
  publishedAt: string;
  paragraphs: string[];
}

export interface SampleFeed {
  id: string;
  name: string;
  /** Articles in the feed at this snapshot, newest first. */
  articles: SampleArticle[];
}

export interface Snapshot {
  /** The moment the demo pretends to poll. */
  at: string;
  label: string;
  feeds: SampleFeed[];
}

const considering: SampleArticle = {
  path: '/kyodo/japan-philippines-weigh-raa-talks',
  title: 'Japan, Philippines weigh talks on pact for troop visits',
  publishedAt: '2023-10-18T09:00:00Z',
  paragraphs: [
    'Tokyo and Manila are considering negotiations on a Reciprocal Access Agreement that would ease joint drills by their forces, people familiar with the plan said on Wednesday, as Chinese military activity grows across the region.',
    'Prime Minister Fumio Kishida and President Ferdinand Marcos Jr. may give the go-ahead for the talks when they meet in Manila in early November, the people said.',
    'Such a deal would be the first of its kind for Japan with a Southeast Asian country, after the pacts with Australia and Britain that entered into force this year.',
    'Negotiators hope to work out the details before the year is over and to sign the accord as soon as next year, according to the sources.',
  ],
};

const setToSign: SampleArticle = {
  path: '/bloomberg/japan-philippines-set-to-sign',
  title: 'Japan, Philippines to Sign Troop Access Deal as China Tensions Rise',
  publishedAt: '2024-07-07T10:00:00Z',
  paragraphs: [
    'Japan and the Philippines are set to sign the Reciprocal Access Agreement on Monday, a step that would make it easier for each side to send troops to the other for training.',
    'President Ferdinand Marcos Jr. is expected to attend the signing in Manila, his communications office said in a statement on Sunday.',
    'The foreign and defense ministers of both nations meet in the Philippine capital on Monday for their second so-called 2+2 talks.',
  ],
};

const signedV1: SampleArticle = {
  path: '/bloomberg/japan-philippines-sign-raa',
  title: 'Japan, Philippines Sign Pact Easing Troop Visits Amid China Tensions',
  publishedAt: '2024-07-08T06:00:00Z',
  paragraphs: [
    'Japan and the Philippines on Monday signed the Reciprocal Access Agreement, a deal that lets their militaries visit each other for joint training as the two US allies draw closer.',
    'Japanese Foreign Minister Yoko Kamikawa and Philippine Defense Secretary Gilberto Teodoro signed the agreement in Manila, with President Ferdinand Marcos Jr. looking on.',
    'Manila has been in a series of standoffs with Chinese vessels in the South China Sea, while Tokyo has long been at odds with Beijing over century-old claims to a group of uninhabited islets in the East China Sea.',
    'The Philippines is also talking with France and Canada about visiting forces agreements of their own.',
    '--With assistance from a Bloomberg reporter in Tokyo.',
  ],
};

const signedV2: SampleArticle = {
  ...signedV1,
  paragraphs: [
    signedV1.paragraphs[0]!,
    signedV1.paragraphs[1]!,
    'Manila has been in a series of standoffs with Chinese vessels in the South China Sea, while Tokyo has long been at odds with Beijing over claims to a group of uninhabited islets in the East China Sea.',
    signedV1.paragraphs[3]!,
    signedV1.paragraphs[4]!,
    '(Corrects the spelling of the Spratly Islands on the map and drops the description of the Japan-China dispute as century-old.)',
  ],
};

const acsaSigned: SampleArticle = {
  path: '/ap/japan-philippines-sign-logistics-pact',
  title: 'Japan and the Philippines sign a military logistics pact',
  publishedAt: '2026-01-15T08:00:00Z',
  paragraphs: [
    'Japanese Foreign Minister Toshimitsu Motegi and Philippine Foreign Secretary Theresa Lazaro signed the Acquisition and Cross-Servicing Agreement in Manila on Thursday.',
    'The logistics accord still needs the approval of the Japanese parliament before it can take effect.',
    'In mid-2024 the two countries signed the Reciprocal Access Agreement, and the RAA took effect in September.',
    'Officials of both governments are still negotiating a separate agreement to protect classified military information they may share.',
    'Marcos and Shigeru Ishiba, then Japan’s prime minister, launched negotiations on the Acquisition and Cross-Servicing Agreement when they met in May last year.',
  ],
};

const acsaCorrected: SampleArticle = {
  ...acsaSigned,
  paragraphs: [
    ...acsaSigned.paragraphs.slice(0, 4),
    'Marcos and Shigeru Ishiba, then Japan’s prime minister, launched negotiations on the Acquisition and Cross-Servicing Agreement when they met in April last year.',
    '___',
    'This story has been corrected to show that the negotiations were announced in April 2025, not in May.',
  ],
};

export const SNAPSHOTS: Snapshot[] = [
  {
    at: '2023-10-18T12:00:00Z',
    label: 'Kyodo: the two governments consider negotiating an RAA',
    feeds: [
      { id: 'kyodo', name: 'Kyodo News (sample)', articles: [considering] },
      { id: 'bloomberg-politics', name: 'Bloomberg Politics (sample)', articles: [] },
      { id: 'ap', name: 'AP News (sample)', articles: [] },
    ],
  },
  {
    at: '2024-07-07T12:00:00Z',
    label: 'Bloomberg: set to sign on Monday',
    feeds: [
      { id: 'kyodo', name: 'Kyodo News (sample)', articles: [considering] },
      { id: 'bloomberg-politics', name: 'Bloomberg Politics (sample)', articles: [setToSign] },
      { id: 'ap', name: 'AP News (sample)', articles: [] },
    ],
  },
  {
    at: '2024-07-08T08:00:00Z',
    label: 'Bloomberg: signed',
    feeds: [
      { id: 'kyodo', name: 'Kyodo News (sample)', articles: [] },
      { id: 'bloomberg-politics', name: 'Bloomberg Politics (sample)', articles: [signedV1, setToSign] },
      { id: 'ap', name: 'AP News (sample)', articles: [] },
    ],
  },
  {
    at: '2024-07-09T09:00:00Z',
    label: 'Bloomberg corrects the signing story',
    feeds: [
      { id: 'kyodo', name: 'Kyodo News (sample)', articles: [] },
      { id: 'bloomberg-politics', name: 'Bloomberg Politics (sample)', articles: [signedV2, setToSign] },
      { id: 'ap', name: 'AP News (sample)', articles: [] },
    ],
  },
  {
    at: '2026-01-15T10:00:00Z',
    label: 'AP: the logistics pact (ACSA) is signed',
    feeds: [
      { id: 'kyodo', name: 'Kyodo News (sample)', articles: [] },
      { id: 'bloomberg-politics', name: 'Bloomberg Politics (sample)', articles: [] },
      { id: 'ap', name: 'AP News (sample)', articles: [acsaSigned] },
    ],
  },
  {
    at: '2026-01-16T10:00:00Z',
    label: 'AP corrects the logistics story',
    feeds: [
      { id: 'kyodo', name: 'Kyodo News (sample)', articles: [] },
      { id: 'bloomberg-politics', name: 'Bloomberg Politics (sample)', articles: [] },
      { id: 'ap', name: 'AP News (sample)', articles: [acsaCorrected] },
    ],
  },
];
