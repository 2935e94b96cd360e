// Which IP addresses a URL that came from content (an item link, a redirect, a canonical) must
// never reach: everything that is not plainly a public unicast address. The ranges are IANA's
// special-purpose registries, written as data; an address is checked after DNS resolution, on the
// socket that connects (see guard.ts), so a name that resolves differently a second time cannot
// slip through.
import { isIPv4, isIPv6 } from 'node:net';

interface Range {
  cidr: string;
  kind: string;
}

const IPV4_SPECIAL: Range[] = [
  { cidr: '0.0.0.0/8', kind: 'unspecified' },
  { cidr: '10.0.0.0/8', kind: 'private' },
  { cidr: '100.64.0.0/10', kind: 'CGNAT (shared)' },
  { cidr: '127.0.0.0/8', kind: 'loopback' },
  { cidr: '169.254.0.0/16', kind: 'link-local' },
  { cidr: '172.16.0.0/12', kind: 'private' },
  { cidr: '192.0.0.0/24', kind: 'IETF protocol' },
  { cidr: '192.0.2.0/24', kind: 'documentation' },
  { cidr: '192.88.99.0/24', kind: '6to4 relay' },
  { cidr: '192.168.0.0/16', kind: 'private' },
  { cidr: '198.18.0.0/15', kind: 'benchmarking' },
  { cidr: '198.51.100.0/24', kind: 'documentation' },
  { cidr: '203.0.113.0/24', kind: 'documentation' },
  { cidr: '224.0.0.0/4', kind: 'multicast' },
  { cidr: '240.0.0.0/4', kind: 'reserved' }, // with 255.255.255.255, broadcast
];

const IPV6_SPECIAL: Range[] = [
  { cidr: '::/128', kind: 'unspecified' },
  { cidr: '::1/128', kind: 'loopback' },
  { cidr: '::ffff:0:0/96', kind: 'IPv4-mapped' },
  { cidr: '64:ff9b:1::/48', kind: 'private NAT64' },
  { cidr: '100::/64', kind: 'discard' },
  { cidr: '2001:db8::/32', kind: 'documentation' },
  { cidr: '2001::/23', kind: 'IETF protocol' }, // Teredo, ORCHID, AS112…
  { cidr: 'fc00::/7', kind: 'unique-local (private)' },
  { cidr: 'fe80::/10', kind: 'link-local' },
  { cidr: 'fec0::/10', kind: 'site-local' },
  { cidr: 'ff00::/8', kind: 'multicast' },
];

/** Prefixes whose addresses carry an IPv4 address: that address decides. */
const IPV6_EMBEDDING: Array<{ cidr: string; v4At: number }> = [
  { cidr: '64:ff9b::/96', v4At: 96 }, // NAT64: the last 32 bits
  { cidr: '2002::/16', v4At: 16 }, // 6to4: bits 16–47
];

/** The only IPv6 block that holds public unicast addresses today. */
const IPV6_GLOBAL_UNICAST = '2000::/3';

function v4ToBigInt(ip: string): bigint {
  return ip.split('.').reduce((n, part) => (n << 8n) | BigInt(Number(part)), 0n);
}

/** 128-bit value of an IPv6 address (zone dropped, an embedded dotted quad allowed). */
function v6ToBigInt(ip: string): bigint {
  let text = ip.split('%')[0]!.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = v4ToBigInt(dotted[1]!);
    text = `${text.slice(0, -dotted[1]!.length)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, null];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = tail === null ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return groups.reduce((n, g) => (n << 16n) | BigInt(Number.parseInt(g || '0', 16)), 0n);
}

function inRange(value: bigint, bits: number, cidr: string): boolean {
  const [base, len] = cidr.split('/') as [string, string];
  const prefix = Number(len);
  const baseValue = bits === 32 ? v4ToBigInt(base) : v6ToBigInt(base);
  const shift = BigInt(bits - prefix);
  return value >> shift === baseValue >> shift;
}

function v4Kind(ip: string): string | null {
  const value = v4ToBigInt(ip);
  return IPV4_SPECIAL.find((r) => inRange(value, 32, r.cidr))?.kind ?? null;
}

/**
 * Why content must not reach this address ("loopback", "private", …), or null for a public
 * unicast address. Anything that is not an IP address at all is refused as "not an IP address".
 */
export function specialAddressKind(address: string): string | null {
  const ip = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  if (isIPv4(ip)) return v4Kind(ip);
  if (!isIPv6(ip)) return 'not an IP address';
  const value = v6ToBigInt(ip);
  for (const e of IPV6_EMBEDDING) {
    if (!inRange(value, 128, e.cidr)) continue;
    const v4 = (value >> BigInt(128 - e.v4At - 32)) & 0xffffffffn;
    const embedded = [24n, 16n, 8n, 0n].map((s) => String((v4 >> s) & 0xffn)).join('.');
    const kind = v4Kind(embedded);
    return kind ? `${kind} (embedded in ${ip})` : null;
  }
  const special = IPV6_SPECIAL.find((r) => inRange(value, 128, r.cidr));
  if (special) return special.kind;
  return inRange(value, 128, IPV6_GLOBAL_UNICAST) ? null : 'reserved';
}
