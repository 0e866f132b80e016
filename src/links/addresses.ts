// No probing of internal systems. The link checker requests whatever addresses editors typed,
// so without a guard a link to http://169.254.169.254/ or http://localhost:5432/ would let
// anyone who edits a model probe the server's own network. Only public unicast addresses
// pass: a host name passes only when every address it resolves to does. The test runs before
// each request (./check.ts) and again when a connection is opened (./dispatcher.ts), so a DNS
// answer that changes in between cannot get through.
import type { LookupAddress } from "node:dns";
import { lookup } from "node:dns/promises";
import { isIP, type LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";

/** The addresses a host name resolves to; the checker's tests put their own in its place. */
export type Resolve = (hostname: string) => Promise<LookupAddress[]>;

export const resolveWithSystem: Resolve = (hostname) => lookup(hostname, { all: true });

/** A link the checker will not request: not http(s), or on an address that is not public. */
export class LinkRefusedError extends Error {
  readonly code = "LINK_REFUSED";
  constructor(message: string) {
    super(message);
    this.name = "LinkRefusedError";
  }
}

/** The range an address is in when it is not public unicast (loopback, private, linkLocal…); null when it is. */
export function nonPublicRange(address: string): string | null {
  // process() reads an IPv4-mapped IPv6 address (::ffff:127.0.0.1) as the IPv4 address it is.
  const range = ipaddr.process(address).range();
  return range === "unicast" ? null : range;
}

/** The addresses of `hostname` (an IP address stands for itself); refuses when any is not public. */
export async function publicAddresses(hostname: string, resolve: Resolve): Promise<LookupAddress[]> {
  const bare = hostname.replace(/^\[(.*)\]$/, "$1");
  const family = isIP(bare);
  const addresses = family === 0 ? await resolve(bare) : [{ address: bare, family }];
  for (const { address } of addresses) {
    const range = nonPublicRange(address);
    if (range !== null) {
      const what = `not a public address (${range})`;
      throw new LinkRefusedError(address === bare ? `${address} is ${what}` : `${bare} resolves to ${address}, ${what}`);
    }
  }
  return addresses;
}

/** A lookup for net.connect that answers only with public addresses and fails on any other. */
export function publicOnlyLookup(resolve: Resolve): LookupFunction {
  return (hostname, options, callback) => {
    publicAddresses(hostname, resolve).then(
      (addresses) => {
        const wanted = options.family === 4 || options.family === 6 ? addresses.filter((a) => a.family === options.family) : addresses;
        const first = wanted[0];
        if (first === undefined) callback(Object.assign(new Error(`${hostname} has no address to connect to`), { code: "ENOTFOUND" }), "");
        else if (options.all) callback(null, wanted);
        else callback(null, first.address, first.family);
      },
      (error: Error) => callback(error, ""),
    );
  };
}
