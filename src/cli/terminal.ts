// Text for a terminal. Titles, quotes and notices are written by publishers: an escape sequence in
// a headline ("\x1b]0;…", "\x1b[2J") would retitle, clear or rewrite a user's terminal, and bidi
// overrides would show text other than what is there. Human output drops them; JSON output escapes
// them already.

/** C0 controls except tab and newline, DEL, C1 controls, and the bidi embedding/override/isolate marks. */
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

export function terminalText(text: string): string {
  return text.replace(UNSAFE, '');
}
