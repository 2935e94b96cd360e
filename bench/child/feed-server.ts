// The pactwatch web server over a bench store, in its own process (as `pactwatch serve` runs it),
// so the load generator in the parent does not share its event loop.
// Usage: feed-server.js DATABASE — prints {"port":N} when listening.
import type { AddressInfo } from 'node:net';
import { createSiteData } from '../../src/query/index.js';
import { createRunContext, silentLogger } from '../../src/run/index.js';
import { createServer } from '../../src/server/index.js';
import { openStore } from '../../src/store/index.js';
import { exitWithParent } from '../lib/child.js';
import { benchConfig } from '../lib/world.js';

const database = process.argv[2];
if (!database) {
  process.stderr.write('feed-server: give the database file\n');
  process.exit(2);
}
const config = benchConfig(database, []);
const store = openStore(database);
const ctx = createRunContext(config, store, { log: silentLogger });
const server = createServer(createSiteData(ctx), { baseUrl: config.server.baseUrl, log: (l) => process.stderr.write(`${l}\n`) });
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
exitWithParent(() => {
  server.close();
  store.close();
});
process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`);
