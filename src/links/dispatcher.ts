// The connection side of the address guard (./addresses.ts): every connection the link checker
// opens looks its host up through publicOnlyLookup, so the address connected to is an address
// that was tested, whatever the DNS answered a moment before. Hosts allowed by
// PALASET_LINK_CHECK_ALLOW_HOSTS (./allowed-hosts.ts) connect as usual.
import { isIP } from "node:net";
import { Agent, buildConnector } from "undici";
import { LinkRefusedError, nonPublicRange, publicOnlyLookup, type Resolve } from "./addresses";
import { hostKey } from "./allowed-hosts";

export type AddressPolicy = { allowedHosts: ReadonlySet<string>; resolve: Resolve };

export function guardedAgent(policy: AddressPolicy, timeoutMs: number): Agent {
  const open = buildConnector({ timeout: timeoutMs });
  const guarded = buildConnector({ timeout: timeoutMs, lookup: publicOnlyLookup(policy.resolve) });
  return new Agent({
    connect: (options, callback) => {
      if (policy.allowedHosts.has(hostKey(options.protocol, options.hostname, options.port))) return open(options, callback);
      // Node connects to an IP address without a lookup, so an address is tested here.
      const range = isIP(options.hostname) === 0 ? null : nonPublicRange(options.hostname);
      if (range !== null) return callback(new LinkRefusedError(`${options.hostname} is not a public address (${range})`), null);
      guarded(options, callback);
    },
  });
}
