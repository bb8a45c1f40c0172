import { type ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { runConformance } from '../api';
import { packageRoot } from '../core/packageRoot';
import { createReferenceApp } from '../servers/createReferenceApp';

const TOKEN = 'bench-token-0123456789';
const FORBIDDEN = 'bench-forbidden-0123456789';
/** A series stops before a run estimated to take longer than this. */
const CAP_MS = 120_000;
const SLOW_MS = 30;

/**
 * The conformance kit's speed, as ratios measured in one run: its requests per second next to a plain
 * sequential keep-alive node:http loop against the same reference server (in its own process); how run time
 * grows with --runs; and against a server answering in 30 ms, with and without --concurrency.
 */
export async function runKitBench(
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Promise<void> {
  const server = await startReferenceProcess();
  try {
    write('Conformance kit: reference server in its own process on 127.0.0.1');
    const plain = await plainLoop(server.baseUrl, 3000);
    write(`  plain sequential keep-alive node:http loop  ${rate(plain)} req/s`);
    let perRequestMs = 0;
    let requestsPerRun = 0;
    for (const runs of [100, 1000, 10_000]) {
      const estimate = requestsPerRun * runs * perRequestMs;
      if (estimate > CAP_MS) {
        write(`  kit --runs ${runs}: skipped (estimated ${seconds(estimate)} s)`);
        continue;
      }
      const { requests, ms, startupMs } = await kit(server.baseUrl, runs, 1);
      perRequestMs = ms / requests;
      requestsPerRun = requests / runs;
      const kitRate = (requests * 1000) / ms;
      write(
        `  kit --runs ${String(runs).padEnd(6)} ${String(requests).padStart(6)} requests ${seconds(ms).padStart(6)} s ${rate(kitRate).padStart(6)} req/s  ${(kitRate / plain).toFixed(2)}x the plain loop (start-up ${seconds(startupMs)} s: spec, cases)`,
      );
    }

    write(`Server answering in ${SLOW_MS} ms (in this process)`);
    const slow = await startSlowServer();
    try {
      const requests100 = Math.round(requestsPerRun * 100);
      for (const concurrency of [1, 4, 16]) {
        const estimate = (requests100 * SLOW_MS) / concurrency;
        if (estimate > CAP_MS) {
          write(`  kit --runs 100 --concurrency ${concurrency}: skipped (estimated ${seconds(estimate)} s)`);
          continue;
        }
        const { requests, ms } = await kit(slow.baseUrl, 100, concurrency);
        write(
          `  kit --runs 100 --concurrency ${String(concurrency).padEnd(3)} ${String(requests).padStart(6)} requests ${seconds(ms).padStart(6)} s ${rate((requests * 1000) / ms).padStart(6)} req/s`,
        );
      }
    } finally {
      await slow.close();
    }
  } finally {
    server.child.kill();
  }
}

async function kit(baseUrl: string, runs: number, concurrency: number) {
  const started = performance.now();
  let firstRequest = 0;
  const report = await runConformance({
    onProgress: ({ requests }) => {
      if (requests > 0 && firstRequest === 0) firstRequest = performance.now();
    },
    target: { baseUrl },
    token: TOKEN,
    forbiddenToken: FORBIDDEN,
    seed: 1,
    runs,
    concurrency,
  });
  if (report.verdict !== 'pass')
    throw new Error(`the kit failed the reference server: ${report.violations[0]?.message}`);
  return { requests: report.requests, ms: performance.now() - started, startupMs: firstRequest - started };
}

/** Requests per second of a plain sequential loop: a valid CreateUser request on one keep-alive socket. */
async function plainLoop(baseUrl: string, count: number): Promise<number> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const url = new URL('/api/org/v1/users', baseUrl);
  const body = Buffer.from(
    JSON.stringify({
      username: 'ada',
      email: 'ada@example.com',
      firstName: 'Ada',
      lastName: 'Lovelace',
      displayName: 'Ada Lovelace',
    }),
  );
  const headers = {
    authorization: `Bearer ${TOKEN}`,
    'content-type': 'application/json',
    'content-length': String(body.length),
  };
  const once = () =>
    new Promise<void>((resolve, reject) => {
      const request = http.request(url, { agent, method: 'POST', headers }, (response) => {
        response.resume();
        response.on('end', () =>
          response.statusCode === 201 ? resolve() : reject(new Error(`status ${response.statusCode}`)),
        );
      });
      request.on('error', reject);
      request.end(body);
    });
  for (let i = 0; i < 200; i++) await once();
  const started = performance.now();
  for (let i = 0; i < count; i++) await once();
  const ms = performance.now() - started;
  agent.destroy();
  return (count * 1000) / ms;
}

function startReferenceProcess(): Promise<{ baseUrl: string; child: ChildProcess }> {
  const main = path.join(packageRoot(), 'dist/servers/main.js');
  const child = spawn(
    process.execPath,
    [main, '--port', '0', '--token', TOKEN, '--forbidden-token', FORBIDDEN],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = / listening on (http:\/\/\S+)/.exec(out);
      if (match?.[1]) resolve({ baseUrl: match[1], child });
    });
    child.on('exit', (code) => reject(new Error(`the reference server exited (${code}) before listening`)));
  });
}

async function startSlowServer(): Promise<{ baseUrl: string; close(): Promise<void> }> {
  const app = await createReferenceApp({ tokens: [TOKEN], forbiddenTokens: [FORBIDDEN] });
  const server = http.createServer((request, response) => {
    setTimeout(() => app(request, response), SLOW_MS);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function rate(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);
}

if (require.main === module) {
  runKitBench().catch((error: unknown) => {
    process.stderr.write(`kit bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
