// Starting the web server for `serve` and `run`.
import type http from 'node:http';
import { createSiteData, type ReadContext } from '../query/index.js';
import type { Logger } from '../run/context.js';
import { createServer } from '../server/index.js';

export async function startServer(ctx: ReadContext, log: Logger, portFlag?: string): Promise<http.Server> {
  const port = portFlag !== undefined ? Number(portFlag) : ctx.config.server.port;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: not a port number: ${portFlag}`);
  const server = createServer(createSiteData(ctx), {
    baseUrl: ctx.config.server.baseUrl,
    log: (line) => log.error(line),
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(new Error(err.code === 'EADDRINUSE' ? `port ${port} is already in use (use --port)` : err.message)),
    );
    server.listen(port, resolve);
  });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  log.info(`serving on http://localhost:${actual}/ (feeds link to ${ctx.config.server.baseUrl})`);
  return server;
}
