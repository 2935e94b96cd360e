// Logs: one line per event. JSON lines when the output is not a terminal (a service manager or a
// log collector reads them), plain text on a terminal. A logging library would add nothing here.
import type { Logger } from './context.js';

export function createLogger(out: NodeJS.WriteStream = process.stdout): Logger {
  const json = !out.isTTY;
  const line = (level: string, msg: string, fields?: Record<string, unknown>) => {
    const time = new Date().toISOString();
    out.write(json ? `${JSON.stringify({ time, level, msg, ...fields })}\n` : `${time} ${level.padEnd(5)} ${msg}\n`);
  };
  return {
    info: (m, f) => line('info', m, f),
    warn: (m, f) => line('warn', m, f),
    error: (m, f) => line('error', m, f),
  };
}
