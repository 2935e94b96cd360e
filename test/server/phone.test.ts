// Issue 16 point 9: at a phone's width (390 CSS px) the overview has no horizontal scroll, and no
// table inside it scrolls sideways or cuts a column off. Measured in headless Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missing, requireTool } from '../publish/helpers/tools.js';
import { agreement } from '../publish/helpers/sample-site.js';
import { evaluateInPage, OVERFLOW_PROBE } from './helpers/browser.js';
import { FakeSite, start, type Running } from './helpers/fake-site.js';

let running: Running;

beforeAll(async () => {
  const site = new FakeSite(25);
  // Long names, as real catalogues have them.
  site.agreementsList = [
    agreement,
    { ...agreement, id: 'jp-ph-acsa', name: 'Japan–Philippines Acquisition and Cross-Servicing Agreement', status: 'ratified', since: '2026-01-15' },
    { ...agreement, id: 'rcep', name: 'Regional Comprehensive Economic Partnership', parties: [], status: 'in-force', since: '2022-01-01' },
    { ...agreement, id: 'ph-nz-sovfa', name: 'Philippines–New Zealand Status of Visiting Forces Agreement', status: null, since: null, timeline: [] },
  ];
  running = await start(site);
});
afterAll(async () => {
  await running.close();
});

describe('phone width', () => {
  it.skipIf(missing('chromium'))('the overview has no horizontal scroll at 390 px', async () => {
    requireTool('chromium');
    const r = (await evaluateInPage(`${running.url}/`, { width: 390, height: 844 }, OVERFLOW_PROBE)) as {
      innerWidth: number;
      scrollWidth: number;
      over: string[];
    };
    expect(r.innerWidth).toBe(390);
    expect(r.over).toEqual([]);
    expect(r.scrollWidth).toBeLessThanOrEqual(390);
  }, 120_000);

  it.skipIf(missing('chromium'))('the corrections page and an agreement page have none either', async () => {
    requireTool('chromium');
    for (const path of ['/corrections', '/agreements/jp-ph-raa']) {
      const r = (await evaluateInPage(`${running.url}${path}`, { width: 390, height: 844 }, OVERFLOW_PROBE)) as { scrollWidth: number; over: string[] };
      expect(r.over, path).toEqual([]);
      expect(r.scrollWidth, path).toBeLessThanOrEqual(390);
    }
  }, 180_000);
});
