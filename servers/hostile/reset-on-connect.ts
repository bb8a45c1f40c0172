import { createServer, type Server } from 'node:net';

/** Accepts every connection and resets it at once (TCP RST), before reading anything. */
export async function resetOnConnect(): Promise<Server> {
  return createServer((socket) => socket.resetAndDestroy());
}
