// Headless Chromium driven over the DevTools protocol on a pipe (--remote-debugging-pipe: no port,
// no WebSocket client needed): open a page at a given viewport and evaluate an expression in it.
// DevTools evaluation is not subject to the page's Content-Security-Policy, so our script-free
// pages can be measured as a browser lays them out.
import { spawn } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { tempDir } from '../../publish/helpers/tools.js';

interface Message {
  id?: number;
  method?: string;
  sessionId?: string;
  result?: Record<string, unknown>;
  error?: { message: string };
}

export interface Viewport {
  width: number;
  height: number;
  mobile?: boolean;
}

/** Loads `url` at `viewport` and returns the value of `expression` evaluated in the page. */
export async function evaluateInPage(url: string, viewport: Viewport, expression: string, timeoutMs = 60_000): Promise<unknown> {
  const profile = tempDir('chromium-cdp');
  const p = spawn(
    'chromium',
    ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`, '--remote-debugging-pipe', 'about:blank'],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const out = p.stdio[3] as Writable;
  const inp = p.stdio[4] as Readable;
  let nextId = 1;
  const waiting = new Map<number, (m: Message) => void>();
  const eventWaiters: Array<{ method: string; resolve: () => void }> = [];
  let buffer = '';
  inp.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    let end = buffer.indexOf('\0');
    while (end >= 0) {
      const m = JSON.parse(buffer.slice(0, end)) as Message;
      buffer = buffer.slice(end + 1);
      end = buffer.indexOf('\0');
      if (m.id !== undefined) waiting.get(m.id)?.(m);
      else if (m.method) {
        for (const w of eventWaiters.filter((x) => x.method === m.method)) w.resolve();
      }
    }
  });
  const send = (method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, (m) => (m.error ? reject(new Error(`${method}: ${m.error.message}`)) : resolve(m.result ?? {})));
      out.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  const event = (method: string) => new Promise<void>((resolve) => eventWaiters.push({ method, resolve }));
  const timer = setTimeout(() => p.kill('SIGKILL'), timeoutMs);
  try {
    const { targetId } = (await send('Target.createTarget', { url: 'about:blank' })) as { targetId: string };
    const { sessionId } = (await send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
    await send('Emulation.setDeviceMetricsOverride', { width: viewport.width, height: viewport.height, deviceScaleFactor: 1, mobile: viewport.mobile ?? true }, sessionId);
    await send('Page.enable', {}, sessionId);
    const loaded = event('Page.loadEventFired');
    await send('Page.navigate', { url }, sessionId);
    await loaded;
    const r = (await send('Runtime.evaluate', { expression, returnByValue: true }, sessionId)) as { result: { value: unknown } };
    return r.result.value;
  } finally {
    clearTimeout(timer);
    send('Browser.close').catch(() => {});
    setTimeout(() => p.kill('SIGKILL'), 2000).unref();
  }
}

/** What overflows the viewport sideways: the document's scroll width and any element sticking out or scrolling. */
export const OVERFLOW_PROBE = `(() => {
  const root = document.documentElement;
  const over = [];
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    const ox = getComputedStyle(el).overflowX;
    const scrolls = el.scrollWidth > el.clientWidth + 1 && (ox === 'auto' || ox === 'scroll');
    if (r.right > innerWidth + 0.5 || scrolls) over.push(el.tagName.toLowerCase() + (el.className ? '.' + el.className : '') + (scrolls ? ' (scrolls)' : ''));
  }
  return { innerWidth, scrollWidth: root.scrollWidth, over: over.slice(0, 10) };
})()`;
