// Which network addresses the archiver may connect to. A cited URL is chosen by an editor (or
// by whoever wrote a page an editor cites), so the fetch must never reach the server's own
// network: loopback, private, link-local (cloud metadata at 169.254.169.254), carrier-grade NAT,
// multicast, reserved, and IPv6 forms of the same (mapped, NAT64, unique-local).
import { BlockList, isIP } from 'node:net';

const blocked = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  blocked.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96], // NAT64 can reach any IPv4 address, private ones included
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  blocked.addSubnet(network, prefix, 'ipv6');
}

const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

function family(address: string): 'ipv4' | 'ipv6' | null {
  const version = isIP(address);
  return version === 4 ? 'ipv4' : version === 6 ? 'ipv6' : null;
}

/** The IPv4 address inside an IPv4-mapped IPv6 address (::ffff:10.0.0.1), if it is one. */
function mappedIpv4(address: string): string | null {
  const match = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return match?.[1] ?? null;
}

export function isLoopbackAddress(address: string): boolean {
  const kind = family(address);
  return kind !== null && loopback.check(mappedIpv4(address) ?? address, mappedIpv4(address) ? 'ipv4' : kind);
}

/**
 * True when the archiver may connect to this address. `allowLoopback` is for the tests' local
 * stand-in server only (ARCHIVE_TEST_ALLOW_LOOPBACK); private and link-local stay refused.
 */
export function isAllowedAddress(address: string, allowLoopback = false): boolean {
  const mapped = mappedIpv4(address);
  const plain = mapped ?? address;
  const kind = mapped ? 'ipv4' : family(address);
  if (kind === null) return false;
  if (allowLoopback && isLoopbackAddress(plain)) return true;
  return !blocked.check(plain, kind);
}
