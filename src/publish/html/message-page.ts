// Pages that only say something went wrong: 404 and the like.
import { escapeText } from '../../shared/escape.js';
import { page, pathLink } from './layout.js';

export function renderMessagePage(title: string, message: string, opts: { baseUrl: string }): string {
  const body = `<h1>${escapeText(title)}</h1>
<p>${escapeText(message)}</p>
<p>${pathLink(opts.baseUrl, '/', 'Back to the overview')}</p>`;
  return page(title, body, { baseUrl: opts.baseUrl });
}

export function renderNotFoundPage(opts: { baseUrl: string; message?: string }): string {
  return renderMessagePage('Not found', opts.message ?? 'There is no page at this address.', opts);
}
