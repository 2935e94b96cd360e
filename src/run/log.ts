// Logs: one line per event. JSON lines when the output is not a terminal (a service manager or a
// log collector reads them), plain text on a terminal. A logging library would add nothing here.
import type { Logger } from './context.js';

const TERMINAL_UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

export function createLogger(out: NodeJS.WriteStream = process.stdout): Logger {
  const json = !out.isTTY;
  const line = (level: string, msg: string, fields?: Record<string, unknown>) => {
    const time = new Date().toISOString();
    // On a terminal, no control characters from feed text (see cli/terminal.ts); JSON escapes them.
    out.write(json ? `${JSON.stringify({ time, level, msg, ...fields })}\n` : `${time} ${level.padEnd(5)} ${msg.replace(TERMINAL_UNSAFE, '')}\n`);
  };
  return {
    info: (m, f) => line('info', m, f),
    warn: (m, f) => line('warn', m, f),
    error: (m, f) => line('error', m, f),
  };
}
