import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { packageRoot } from '../core/packageRoot';
import { createReferenceApp } from '../servers/createReferenceApp';

const TOKEN = 'bench-token-0123456789';
const FORBIDDEN = 'bench-forbidden-0123456789';
const SLOW_MS = 30;
/** Runs of each series; the median is printed, as one run on a shared machine says little. */
const REPEATS = 5;
const LABEL_WIDTH = 58;
const CREATE_ONLY = ['--operations', 'CreateUser', '--runs', '100'];

/** The runs timed: `delayMs` is how long the server takes to answer each request. */
const SERIES = [
  { label: 'check --runs 100 (all operations)', flags: ['--runs', '100'], delayMs: 0 },
  { label: 'check --operations CreateUser --runs 100', flags: CREATE_ONLY, delayMs: 0 },
  {
    label: `  the same, --concurrency 8, server answering in ${SLOW_MS} ms`,
    flags: [...CREATE_ONLY, '--concurrency', '8'],
    delayMs: SLOW_MS,
  },
];

/** One spawned command: from the spawn to the server's first request, and to the process's exit. */
interface Timing {
  firstRequestMs: number;
  wallMs: number;
}

/** A local server that notes when its first request arrives; `reset` before each spawn. */
interface ListeningServer {
  baseUrl: string;
  firstRequestAt(): number | undefined;
  reset(): void;
  close(): Promise<void>;
}

/**
 * The built CLI as a user runs it (`node dist/cli/main.js check ...`, process start included), against the
 * reference server run in this process: when the first request arrives after the spawn, and the wall-clock time
 * of the whole run, with `node -e ""` for the floor Node itself costs; then against a server answering in 30 ms,
 * with --concurrency 8. Medians of a few runs; figures only, as they vary by machine.
 */
export async function runCliBench(
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Promise<void> {
  write(`CLI: node dist/cli/main.js check, timed from the spawn (median of ${REPEATS})`);
  const bare = await median(() => spawnTimed(['-e', ''], undefined));
  write(`  ${'node -e "" (Node\'s own start)'.padEnd(LABEL_WIDTH)} exit after    ${ms(bare.wallMs)}`);
  for (const { label, flags, delayMs } of SERIES) {
    const server = await listen(delayMs);
    try {
      const timing = await median(() => check(server, flags));
      const ratio = (timing.firstRequestMs / bare.wallMs).toFixed(1);
      write(
        `  ${label.padEnd(LABEL_WIDTH)} first request ${ms(timing.firstRequestMs)} (${ratio}x node -e), wall ${(timing.wallMs / 1000).toFixed(2)} s`,
      );
    } finally {
      await server.close();
    }
  }
}

/** One `check` run; a run that does not pass makes its figures meaningless, so it stops the bench. */
async function check(server: ListeningServer, flags: string[]): Promise<Timing> {
  server.reset();
  const main = path.join(packageRoot(), 'dist', 'cli', 'main.js');
  const args = [main, 'check', '--target', server.baseUrl, '--token', TOKEN, '--forbidden-token', FORBIDDEN];
  return spawnTimed([...args, '--seed', '1', '--quiet', ...flags], server);
}

function spawnTimed(args: string[], server: ListeningServer | undefined): Promise<Timing> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      if (code !== 0)
        return reject(new Error(`node ${args.slice(1).join(' ')} exited ${code}: ${output.trim()}`));
      const firstRequestAt = server?.firstRequestAt();
      resolve({
        firstRequestMs: firstRequestAt === undefined ? Number.NaN : firstRequestAt - started,
        wallMs,
      });
    });
  });
}

/** Each figure's median over REPEATS runs, one after the other. */
async function median(run: () => Promise<Timing>): Promise<Timing> {
  const timings: Timing[] = [];
  for (let i = 0; i < REPEATS; i++) timings.push(await run());
  const middle = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
  return {
    firstRequestMs: middle(timings.map((timing) => timing.firstRequestMs)),
    wallMs: middle(timings.map((timing) => timing.wallMs)),
  };
}

/** The reference app behind a server that answers each request after `delayMs`. */
async function listen(delayMs: number): Promise<ListeningServer> {
  const app = await createReferenceApp({ tokens: [TOKEN], forbiddenTokens: [FORBIDDEN] });
  let first: number | undefined;
  const server = http.createServer((request, response) => {
    first ??= performance.now();
    if (delayMs === 0) app(request, response);
    else setTimeout(() => app(request, response), delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    firstRequestAt: () => first,
    reset: () => {
      first = undefined;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function ms(value: number): string {
  return `${Math.round(value)} ms`.padStart(7);
}

if (require.main === module) {
  runCliBench().catch((error: unknown) => {
    process.stderr.write(`cli bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
