import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runConformance } from '../../conformance/runner/runConformance';
import { isTargetUnreachableError } from '../../conformance/target/targetUnreachableError';
import { waitForTarget } from '../../conformance/target/waitForTarget';

/** A port nothing listens on (it was free a moment ago), and a server to start on it later. */
async function closedPort(): Promise<{ url: URL; server: Server }> {
  const server = createServer((_request, response) => response.end());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return { url: new URL(`http://127.0.0.1:${port}`), server };
}

test('refused connections are retried until the server listens', async () => {
  const { url, server } = await closedPort();
  let refusals = 0;
  try {
    // The server starts only once the first connection was refused: the wait must outlast it.
    await waitForTarget(url, 30_000, () => {
      refusals++;
      if (refusals === 1) server.listen(Number(url.port), '127.0.0.1');
    });
    expect(refusals).toBeGreaterThanOrEqual(1);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});

test('a server already listening is not waited for', async () => {
  const { url, server } = await closedPort();
  await new Promise<void>((resolve) => server.listen(Number(url.port), '127.0.0.1', resolve));
  let refusals = 0;
  try {
    await waitForTarget(url, 30_000, () => refusals++);
    expect(refusals).toBe(0);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});

test('still refused when the time is up: the target is unreachable, and the message says how long it waited', async () => {
  const { url } = await closedPort();
  const error = await waitForTarget(url, 300).then(
    () => undefined,
    (rejection: unknown) => rejection,
  );
  expect(isTargetUnreachableError(error)).toBe(true);
  expect((error as Error).message).toBe(
    `target ${url.origin} is unreachable: connect ECONNREFUSED 127.0.0.1:${url.port} (still refused after waiting 0.3 s)`,
  );
});

test('runConformance({ waitForTargetMs }) waits before its first request, and rejects when the time is up', async () => {
  const { url } = await closedPort();
  const run = runConformance({
    target: { baseUrl: url.origin },
    token: 'wait-test-token-0123456789',
    runs: 1,
    seed: 1,
    waitForTargetMs: 300,
  });
  await expect(run).rejects.toThrow(
    `target ${url.origin} is unreachable: connect ECONNREFUSED 127.0.0.1:${url.port} (still refused after waiting 0.3 s)`,
  );
});
