import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

/**
 * The mock's own base URL as the client reached it, for the `servers` of the spec it serves and the links of
 * its pages: the `Host` header when it names the port the request came in on and either `localhost` or the
 * address it came in on; otherwise that address and port. A `Host` the client made up (or a dev server's proxy
 * passed on) never leads a page elsewhere, and a browser on another origin still gets an address it can call
 * (with CORS).
 */
export function mockAddress(request: IncomingMessage): string {
  const localAddress = unmapped(request.socket.localAddress ?? '127.0.0.1');
  const localPort = request.socket.localPort ?? 80;
  const host = parseHost(request.headers.host);
  if (
    host &&
    host.port === localPort &&
    (host.name === 'localhost' || sameAddress(host.name, localAddress))
  ) {
    return `http://${request.headers.host}`;
  }
  return `http://${isIP(localAddress) === 6 ? `[${localAddress}]` : localAddress}:${localPort}`;
}

function parseHost(header: string | undefined): { name: string; port: number } | undefined {
  const match = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?$/.exec(header ?? '');
  if (!match) return undefined;
  const name = (match[1] as string).replace(/^\[|\]$/g, '').toLowerCase();
  return { name, port: match[2] === undefined ? 80 : Number(match[2]) };
}

function sameAddress(name: string, localAddress: string): boolean {
  return isIP(name) !== 0 && unmapped(name) === localAddress;
}

// An IPv4 client of a dual-stack socket shows as ::ffff:127.0.0.1.
function unmapped(address: string): string {
  return address.toLowerCase().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1');
}
