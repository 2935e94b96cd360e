// The program's version, for the User-Agent and the Atom generator. Kept in step with package.json
// by a test.
export const VERSION = '0.1.0';
export const PROJECT_URL = 'https://github.com/pactwatch/pactwatch';
