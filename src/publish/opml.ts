// OPML 2.0 of pactwatch's own feeds: every update, corrections only, and one subscription per
// agreement, so a reader subscribes to all of them in one import. Served at /feeds.opml and
// printed by `pactwatch opml`.
import { escapeAttr, escapeText } from '../shared/escape.js';
import { agreementFeedPath, CORRECTIONS_FEED_PATH, FEED_PATH, trimBase } from './urls.js';

export interface OpmlInput {
  baseUrl: string;
  agreements: Array<{ id: string; name: string }>;
  /** dateCreated; a fixed value keeps the document byte-stable for ETags and tests. */
  createdAt?: string;
}

export function renderOpml(input: OpmlInput): string {
  const base = trimBase(input.baseUrl);
  const outline = (title: string, path: string, htmlPath: string) =>
    `    <outline type="rss" text="${escapeAttr(title)}" title="${escapeAttr(title)}" xmlUrl="${escapeAttr(base + path)}" htmlUrl="${escapeAttr(base + htmlPath)}"/>`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${escapeText('pactwatch feeds')}</title>`,
    ...(input.createdAt ? [`    <dateCreated>${escapeText(new Date(input.createdAt).toUTCString())}</dateCreated>`] : []),
    '  </head>',
    '  <body>',
    outline('pactwatch: every update', FEED_PATH, '/'),
    outline('pactwatch: corrections', CORRECTIONS_FEED_PATH, '/corrections'),
    '    <outline text="Agreements" title="Agreements">',
    ...input.agreements.map((a) => `  ${outline(`pactwatch: ${a.name}`, agreementFeedPath(a.id), `/agreements/${encodeURIComponent(a.id)}`)}`),
    '    </outline>',
    '  </body>',
    '</opml>',
    '',
  ];
  return lines.join('\n');
}
