/** The User-Agent we send: names the program and where to find out about it. */
export function userAgent(version: string): string {
  return `pactwatch/${version} (+https://github.com/pactwatch/pactwatch)`;
}
