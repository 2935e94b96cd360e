import path from 'node:path';
import { ingest } from './dist/src/run/index.js';
import { NewsSite, writeFeedSet } from './dist/bench/lib/news-site.js';
import { createRng } from './dist/bench/lib/prng.js';
import { benchConfig, openWorld, tempDir } from './dist/bench/lib/world.js';
const dir = tempDir('ti');
const site = await NewsSite.start(path.join(dir, 'site'));
const feeds = writeFeedSet(site, createRng(1), { feeds: 20, itemsPerFeed: 100, fullText: false, words: 400, etag: false, agreementShare: 0.1 });
for (let r = 0; r < 2; r++) { const w = openWorld(benchConfig(path.join(dir, 'w' + r, 'p.db'), feeds)); await ingest(w.ctx); w.close(); }
const { Session } = await import('node:inspector/promises');
const s = new Session(); s.connect(); await s.post('Profiler.enable'); await s.post('Profiler.start');
const w = openWorld(benchConfig(path.join(dir, 'w9', 'p.db'), feeds));
const t = Date.now(); await ingest(w.ctx); console.log('wall', Date.now() - t, 'ms for 2000');
const { profile } = await s.post('Profiler.stop');
(await import('node:fs')).writeFileSync('/tmp/ti.cpuprofile', JSON.stringify(profile));
await site.stop(); process.exit(0);
