import net from 'node:net';
import { TargetUnreachableError } from './targetUnreachableError';

/** Pause between two refused connections. */
const RETRY_EVERY_MS = 200;
/** A connection attempt that neither connects nor is refused within this is not waited out. */
const CONNECT_TIMEOUT_MS = 2000;

type Attempt = 'connected' | 'refused' | 'other';

/**
 * Waits for a server started just before the run (`npm run mock &`): opens a TCP connection to the base URL's
 * host and port and closes it, nothing sent, again every 200 ms while the connection is refused, for at most
 * `waitMs`. Resolves as soon as a connection opens, or at once on any failure other than a refusal (an unknown
 * host, a timeout), which the run's first request then reports as it always does. Rejects with a
 * TargetUnreachableError when connections are still refused after `waitMs`.
 */
export async function waitForTarget(
  baseUrl: URL,
  waitMs: number,
  onRefused: () => void = () => {},
): Promise<void> {
  const host = baseUrl.hostname.replace(/^\[(.*)\]$/, '$1');
  const port = Number(baseUrl.port || (baseUrl.protocol === 'https:' ? 443 : 80));
  const deadline = Date.now() + waitMs;
  for (;;) {
    const attempt = await connectOnce(host, port);
    if (attempt !== 'refused') return;
    onRefused();
    const left = deadline - Date.now();
    if (left <= 0) {
      throw new TargetUnreachableError(
        `target ${baseUrl.origin} is unreachable: connect ECONNREFUSED ${host}:${port} (still refused after waiting ${seconds(waitMs)})`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(RETRY_EVERY_MS, left)));
  }
}

function connectOnce(host: string, port: number): Promise<Attempt> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const finish = (attempt: Attempt) => {
      socket.destroy();
      resolve(attempt);
    };
    socket.setTimeout(CONNECT_TIMEOUT_MS, () => finish('other'));
    socket.once('connect', () => finish('connected'));
    socket.once('error', (error: NodeJS.ErrnoException) =>
      finish(error.code === 'ECONNREFUSED' ? 'refused' : 'other'),
    );
  });
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}
