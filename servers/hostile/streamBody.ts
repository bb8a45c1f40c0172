import type { ServerResponse } from 'node:http';

/**
 * Writes `chunk` again and again until `total` bytes are sent (`Infinity`: never ends), waiting for the
 * client to take each one; stops when the client goes away, so a client that stops reading costs nothing.
 */
export function streamBody(response: ServerResponse, chunk: Buffer, total: number): void {
  let sent = 0;
  const more = () => {
    while (sent < total && !response.destroyed) {
      const piece = total - sent >= chunk.length ? chunk : chunk.subarray(0, total - sent);
      sent += piece.length;
      if (!response.write(piece)) {
        response.once('drain', more);
        return;
      }
    }
    if (sent >= total) response.end();
  };
  more();
}
