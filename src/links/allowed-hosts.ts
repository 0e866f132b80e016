// The exception to the link checker's address guard (./addresses.ts): hosts named in
// PALASET_LINK_CHECK_ALLOW_HOSTS, such as the tests' local server, are requested even on a
// loopback or private address. An allowance names a host and a port, so allowing a test
// server on 127.0.0.1:41234 does not open the rest of the machine.
import { isIP } from "node:net";

/** "host:port" with the port always written and an IPv6 address in brackets, as allowances are compared. */
export function hostKey(protocol: string, hostname: string, port: string): string {
  const bare = hostname.replace(/^\[(.*)\]$/, "$1").toLowerCase();
  const host = isIP(bare) === 6 ? `[${bare}]` : bare;
  return `${host}:${port || (protocol === "https:" ? "443" : "80")}`;
}

/** The key of an allowance written as host:port (`127.0.0.1:8080`, `[::1]:8080`), or null when it is not one. */
export function allowedHostKey(entry: string): string | null {
  const url = /:\d{1,5}$/.test(entry) ? URL.parse(`http://${entry}`) : null;
  if (url === null || url.href !== `${url.origin}/`) return null; // a path, query or user name is no host
  return hostKey(url.protocol, url.hostname, url.port);
}
