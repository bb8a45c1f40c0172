import { createServer, type Server } from 'node:net';

export const HEADER_BLOCK_BYTES = 64 * 1024;

/** Answers every request with a 201 whose header block is 64 KB (many long X-Padding headers). */
export async function hugeHeaders(): Promise<Server> {
  const padding: string[] = [];
  for (let size = 0, index = 0; size < HEADER_BLOCK_BYTES; index++) {
    const line = `X-Padding-${index}: ${'x'.repeat(1000)}\r\n`;
    padding.push(line);
    size += line.length;
  }
  const answer = `HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n${padding.join('')}Content-Length: 2\r\n\r\n{}`;
  return createServer((socket) => {
    socket.on('error', () => {});
    socket.on('data', () => socket.write(answer));
  });
}
