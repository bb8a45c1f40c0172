import { connect } from 'node:net';
import { send } from './send';

/**
 * Opens a connection that sends only part of a request, then sends a complete valid request on another
 * connection, and reports in which order things happened: a server that keeps serving others answers
 * `served` before it gives up on the stalled client; a server blocked by the slow client does not.
 */
export async function stallThenServe(
  baseUrl: string,
  partialRequest: string,
  fullRequest: Parameters<typeof send>[1],
): Promise<string[]> {
  const { hostname, port } = new URL(baseUrl);
  const events: string[] = [];
  const stalled = connect(Number(port), hostname);
  let received = '';
  stalled.on('data', (chunk: Buffer) => {
    received += chunk.toString('utf8');
  });
  const closed = new Promise<void>((resolve) => {
    stalled.on('close', () => {
      const [head = '', body = ''] = received.split('\r\n\r\n');
      events.push(`stalled closed: ${[head.split('\r\n')[0] || '(no answer)', body].join(' ').trim()}`);
      resolve();
    });
  });
  stalled.on('error', () => {});
  await new Promise<void>((resolve) => stalled.once('connect', () => resolve()));
  await new Promise<void>((resolve) => stalled.write(partialRequest, () => resolve()));
  const response = await send(baseUrl, fullRequest);
  events.push(`served ${response.status}`);
  await closed;
  return events;
}
