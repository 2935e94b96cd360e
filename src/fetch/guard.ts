// The connect-time check of the outbound policy: a DNS lookup for the socket that refuses any
// name resolving to a special address. Because the socket connects to exactly the address this
// lookup returns, a name that answers "public" to a first question and "127.0.0.1" to a second
// (DNS rebinding) cannot pass: there is no second question. Guarded connections keep their own
// keep-alive agents, so a socket opened for a trusted origin is never reused for content.
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { specialAddressKind } from './address.js';
import { refusal } from './policy.js';

/** The code of the error a refused lookup gives, so the fetch can say "refused", not "cannot connect". */
export const REFUSED_CODE = 'EPACTWATCH_REFUSED';

type Resolve = (hostname: string, options: dns.LookupAllOptions, cb: (err: NodeJS.ErrnoException | null, addresses: dns.LookupAddress[]) => void) => void;

/** A lookup that answers only public addresses; `resolve` is injectable for tests. */
export function guardedLookup(resolve: Resolve = dns.lookup): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 0);
      const bad = addresses.map((a) => ({ a, kind: specialAddressKind(a.address) })).find((x) => x.kind !== null);
      if (bad || addresses.length === 0) {
        const refused = Object.assign(
          new Error(bad ? refusal(hostname, bad.a.address, bad.kind!) : `refused ${hostname}: no address`),
          { code: REFUSED_CODE },
        );
        return callback(refused, '', 0);
      }
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

const lookup = guardedLookup();
// As Node's global agents: keep-alive, idle sockets closed after 5 s.
export const guardedAgents = {
  'http:': new http.Agent({ keepAlive: true, timeout: 5_000, lookup }),
  'https:': new https.Agent({ keepAlive: true, timeout: 5_000, lookup }),
};
