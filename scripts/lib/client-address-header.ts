// Route handlers in Next cannot see the socket, and `next start` keeps an X-Forwarded-For the
// client sent. So the server stamps every request before Next sees it: the client address
// (src/domain/client-address.ts) in x-palaset-client-address, and the same single address in
// X-Forwarded-For, replacing whatever the client sent under either name.
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import { clientAddress, clientAddressHeader, type TrustedProxies } from "@/domain/client-address";

/** What stamping reads and writes of a request: its headers and its socket's peer. */
export type StampableRequest = { headers: IncomingHttpHeaders; socket: { remoteAddress?: string | undefined } };

/**
 * Rewrites the request's headers in place and returns the client address; null when the
 * socket has already closed (Node then no longer knows the peer), with both headers removed.
 */
export function stampClientAddress(request: StampableRequest, proxies: TrustedProxies): string | null {
  const forwarded = request.headers["x-forwarded-for"];
  delete request.headers[clientAddressHeader];
  delete request.headers["x-forwarded-for"];
  const peer = request.socket.remoteAddress;
  if (peer === undefined) return null;
  // Node joins repeated X-Forwarded-For headers with ", ", in the order they came.
  const address = clientAddress(peer, Array.isArray(forwarded) ? forwarded.join(",") : forwarded, proxies);
  request.headers[clientAddressHeader] = address;
  request.headers["x-forwarded-for"] = address;
  return address;
}

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/** `handle` behind the stamp; a request whose client has already gone is dropped. */
export function withClientAddress(handle: Handler, proxies: TrustedProxies): Handler {
  return async (request, response) => {
    if (stampClientAddress(request, proxies) === null) {
      response.destroy();
      return;
    }
    await handle(request, response);
  };
}
