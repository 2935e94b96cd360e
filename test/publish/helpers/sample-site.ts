// Agreements, corrections, feeds and an article history for the page tests, with hostile texts.
import type { AgreementJson, ArticleHistoryView, CorrectionJson, FeedStatusView } from '../../../src/types.js';
import { diffWith, H } from './sample-updates.js';

export const feeds: FeedStatusView[] = [
  {
    id: 'example-wire',
    name: 'Example Wire & Co',
    url: 'https://news.example.com/rss',
    lastStatus: 'ok',
    lastError: null,
    lastPolledAt: '2024-07-08T07:00:00Z',
    consecutiveFailures: 0,
  },
  {
    id: 'broken-daily',
    name: `Broken Daily ${H.script}`,
    url: 'https://broken.example.org/feed',
    lastStatus: 'error',
    lastError: 'HTTP 503 Service Unavailable <b>',
    lastPolledAt: '2024-07-08T07:00:00Z',
    consecutiveFailures: 3,
  },
];

export const agreement: AgreementJson = {
  id: 'jp-ph-raa',
  name: 'Japan–Philippines Reciprocal Access Agreement',
  parties: ['Japan', 'Philippines'],
  status: 'signed',
  since: '2024-07-08',
  timeline: [
    {
      status: 'negotiating',
      date: '2023-11',
      party: null,
      evidence: [
        {
          url: 'https://news.example.com/world/talks',
          feed: 'example-wire',
          title: 'Leaders agree to open troop-access talks',
          publishedAt: '2023-11-03T09:00:00Z',
          quote: 'The two leaders gave the go-ahead for talks on a visiting-forces deal.',
        },
      ],
      sources: 1,
      alternatives: [],
      disputed: false,
      denials: [],
    },
    {
      status: 'signed',
      date: '2024-07-08',
      party: null,
      evidence: [
        {
          url: 'javascript:alert(1)',
          feed: 'example-wire',
          title: H.ltInTitle,
          publishedAt: '2024-07-08T06:00:00Z',
          quote: `Ministers signed the pact in Manila on Monday. ${H.script}`,
        },
      ],
      sources: 2,
      alternatives: [
        {
          date: '2024-07-09',
          sources: 1,
          disputed: true,
          evidence: [
            {
              url: 'https://broken.example.org/pact',
              feed: 'broken-daily',
              title: 'Pact signed a day late',
              publishedAt: '2024-07-09T08:00:00Z',
              quote: `The pact was signed on Tuesday. ${H.script}`,
            },
          ],
        },
      ],
      disputed: false,
      denials: [
        {
          url: 'https://other.example.net/initialled',
          feed: 'other-paper',
          title: 'Only initialled',
          publishedAt: '2024-07-10T08:00:00Z',
          quote: `The text was only initialled, not signed. ${H.script}`,
        },
      ],
    },
    {
      status: 'in-force',
      date: '2024-08',
      party: null,
      evidence: [
        {
          url: 'https://other.example.net/in-force',
          feed: 'other-paper',
          title: 'In force already',
          publishedAt: '2024-08-02T08:00:00Z',
          quote: 'The pact entered into force in August.',
        },
      ],
      sources: 1,
      alternatives: [],
      disputed: true,
      denials: [
        {
          url: 'https://news.example.com/world/not-yet',
          feed: 'example-wire',
          title: 'Not yet in force',
          publishedAt: '2024-08-03T08:00:00Z',
          quote: 'The pact has not yet entered into force.',
        },
      ],
    },
  ],
};

export const corrections: CorrectionJson[] = [
  {
    url: 'https://news.example.com/world/older',
    feed: 'broken-daily',
    title: 'An older story',
    kind: 'revision',
    note: '',
    detectedAt: '2024-07-01T00:00:00Z',
    removed: ['quietly removed words'],
    added: [],
    fromVersion: 1,
    toVersion: 2,
  },
  {
    url: 'https://news.example.com/world/pact?x=1&y=2',
    feed: 'example-wire',
    title: `Pact signed ${H.script}`,
    kind: 'correction',
    note: `(Corrects the name of the defence secretary. ${H.script})`,
    detectedAt: '2024-07-09T10:00:00Z',
    removed: ['century-old'],
    added: ['decades-old & famous'],
    fromVersion: 2,
    toVersion: 3,
  },
];

export const history: ArticleHistoryView = {
  url: 'https://news.example.com/world/pact?x=1&y=2',
  feed: 'example-wire',
  title: `Pact signed ${H.script}`,
  versions: [
    { n: 1, seenAt: '2024-07-08T06:05:00Z', title: 'Pact signed', hash: 'aaaaaaaaaaaaaaaaaaaa' },
    { n: 2, seenAt: '2024-07-09T10:00:00Z', title: `Pact signed ${H.script}`, hash: 'bbbbbbbbbbbbbbbbbbbb' },
  ],
  changes: [
    { from: 1, to: 2, removed: ['century-old'], added: ['decades-old'], notices: [{ kind: 'correction', note: 'Corrects an age.' }] },
  ],
  diffs: [{ from: 1, to: 2, diff: diffWith('century-old', `decades-old ${H.doubleCdata}`) }],
  takenDownAt: '2024-07-10T00:00:00Z',
};
