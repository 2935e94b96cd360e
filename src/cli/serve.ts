// Starting the web server for `serve` and `run`.
import type http from 'node:http';
import { createSiteData, type ReadContext } from '../query/index.js';
import type { Logger } from '../run/context.js';
import { createServer } from '../server/index.js';
import { DEFAULT_HOST } from '../config/schema.js';
import { limitsOf } from '../config/limits.js';

/**
 * `current` gives the context to answer from after a config reload (SIGHUP); where the server
 * listens (host, port, baseUrl) stays as it started: changing that needs a restart.
 */
export async function startServer(ctx: ReadContext, log: Logger, portFlag?: string, hostFlag?: string, current?: () => ReadContext): Promise<http.Server> {
  const port = portFlag !== undefined ? Number(portFlag) : ctx.config.server.port;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: not a port number: ${portFlag}`);
  // Loopback by default: exposing the server is a decision (README, "Exposing pactwatch").
  const host = hostFlag ?? ctx.config.server.host ?? DEFAULT_HOST;
  if (host.trim() === '') throw new Error('--host: empty');
  const server = createServer(createSiteData(current ?? ctx), {
    baseUrl: ctx.config.server.baseUrl,
    log: (line) => log.error(line),
    limits: limitsOf(ctx.config),
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        new Error(
          err.code === 'EADDRINUSE'
            ? `port ${port} is already in use (use --port)`
            : err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND'
              ? `cannot listen on ${host}: not an address of this machine (server.host or --host)`
              : err.message,
        ),
      ),
    );
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  const shown = host.includes(':') ? `[${host}]` : host;
  log.info(`serving on http://${shown}:${actual}/ (feeds link to ${ctx.config.server.baseUrl})`);
  return server;
}
