import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LocalServer {
  /** `http://127.0.0.1:PORT`. */
  baseUrl: string;
  close(): Promise<void>;
}

/** Serves `app` on a free port of 127.0.0.1; `close` also ends connections a hanging app left open. */
export function serveLocally(app: RequestListener): Promise<LocalServer> {
  const server = createServer(app);
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        baseUrl: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

/** Serves `app` on a free loopback port for the length of `use`, then closes it. */
export async function withServedApp<T>(
  app: RequestListener,
  use: (baseUrl: string) => Promise<T>,
): Promise<T> {
  const local = await serveLocally(app);
  try {
    return await use(local.baseUrl);
  } finally {
    await local.close();
  }
}
