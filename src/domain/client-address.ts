// Who sent a request, for sign-in throttling and the audit log. The socket's peer is the only
// address nobody can forge; X-Forwarded-For is believed only as far as it was written by
// proxies the operator named (PALASET_TRUSTED_PROXIES): walking it from the right, each
// trusted hop vouches for the entry to its left, and the first untrusted entry is the client.
// Anything left of that entry was written by the client and may be invented.
import { BlockList, isIP, SocketAddress } from "node:net";

/** The request header the server stamps with the client address (scripts/lib/client-address-header.ts). */
export const clientAddressHeader = "x-palaset-client-address";

/** The proxies whose X-Forwarded-For entries are believed; `entries` as the operator wrote them. */
export type TrustedProxies = { readonly entries: readonly string[]; readonly list: BlockList };

export const noTrustedProxies: TrustedProxies = { entries: [], list: new BlockList() };

const family = (address: string) => (isIP(address) === 6 ? "ipv6" : "ipv4");

/**
 * An IP address in one spelling: lower case, zeros compressed, without an IPv6 zone, and an
 * IPv4-mapped IPv6 address (`::ffff:192.0.2.1`, how a dual-stack socket reports an IPv4 peer)
 * as plain IPv4. Null when `text` is not an IP address (a port or brackets make it none).
 */
export function canonicalAddress(text: string): string | null {
  const trimmed = text.trim();
  if (isIP(trimmed) === 0) return null;
  let address: string;
  try {
    address = new SocketAddress({ address: trimmed, family: family(trimmed) }).address;
  } catch {
    return null; // isIP accepts a few spellings SocketAddress does not (leading zeros)
  }
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address)?.[1];
  return mapped ?? address;
}

export type TrustedProxiesResult = { ok: true; proxies: TrustedProxies } | { ok: false; malformed: string[] };

/** Parses a comma-separated list of IP addresses and CIDR ranges, IPv4 and IPv6; empty entries are skipped. */
export function parseTrustedProxies(text: string): TrustedProxiesResult {
  const entries = text.split(",").map((entry) => entry.trim()).filter((entry) => entry !== "");
  const list = new BlockList();
  const malformed: string[] = [];
  for (const entry of entries) {
    const [addressText = "", prefixText, ...rest] = entry.split("/");
    const address = canonicalAddress(addressText);
    const maxPrefix = address !== null && family(address) === "ipv6" ? 128 : 32;
    const prefix = prefixText === undefined ? maxPrefix : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN;
    if (address === null || rest.length > 0 || !(prefix >= 0 && prefix <= maxPrefix)) {
      malformed.push(entry);
      continue;
    }
    list.addSubnet(address, prefix, family(address));
  }
  return malformed.length > 0 ? { ok: false, malformed } : { ok: true, proxies: { entries, list } };
}

export function isTrustedProxy(address: string, proxies: TrustedProxies): boolean {
  return proxies.entries.length > 0 && proxies.list.check(address, family(address));
}

/**
 * The client's address: the socket's peer, unless that peer is a trusted proxy; then the
 * rightmost X-Forwarded-For entry that is not a trusted proxy. When every entry is trusted,
 * the header is missing, or the walk meets an entry that is no IP address (no proxy writes
 * one, so the chain of trust ends there), the socket's peer. `socketAddress` is what Node
 * reports (`socket.remoteAddress`), always an IP address.
 */
export function clientAddress(socketAddress: string, forwardedFor: string | undefined, proxies: TrustedProxies): string {
  const peer = canonicalAddress(socketAddress) ?? socketAddress;
  if (forwardedFor === undefined || !isTrustedProxy(peer, proxies)) return peer;
  const hops = forwardedFor.split(",");
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = canonicalAddress(hops[i] ?? "");
    if (hop === null) break;
    if (!isTrustedProxy(hop, proxies)) return hop;
  }
  return peer;
}
