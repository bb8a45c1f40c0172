import { createServer, type Server } from 'node:net';

/** Answers every request with bytes that are not HTTP at all (an SSH banner), then closes the connection. */
export async function notHttp(): Promise<Server> {
  return createServer((socket) => {
    socket.on('error', () => {});
    socket.once('data', () => socket.end('SSH-2.0-OpenSSH_9.6\r\nProtocol mismatch.\r\n'));
  });
}
