import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import path from 'node:path';
import { packageRoot } from '../core/packageRoot';
import type { MockOptions } from '../mock/mockOptions';
import { startMock } from '../mock/startMock';

/** A server under load: where it listens and what starting it cost. */
export interface RunningTarget {
  url: string;
  /** From starting it to its first answer. */
  startupMs: number;
  /** Resident and peak resident memory of its process, in MB; undefined where they cannot be read. */
  memory(): { rssMb: number | undefined; peakRssMb: number | undefined };
  /** CPU time its process has used so far (user and system), in ms; undefined where it cannot be read. */
  cpuMs(): number | undefined;
  stop(): Promise<void>;
}

export interface BenchTarget {
  name: string;
  start(): Promise<RunningTarget>;
}

export const BENCH_TOKEN = 'bench-token';

/** The built mock (`npm run mock`) in its own process, as a developer runs it; `options` as its flags. */
export function mockProcessTarget(options: Pick<MockOptions, 'stateFile'> = {}): BenchTarget {
  const flags = options.stateFile === undefined ? [] : ['--state-file', options.stateFile];
  return {
    name: 'mock (npm run mock)',
    start: () =>
      startProcess(
        process.execPath,
        [
          path.join(packageRoot(), 'dist', 'mock', 'main.js'),
          '--port',
          '0',
          '--token',
          BENCH_TOKEN,
          ...flags,
        ],
        {
          urlFromStdout: true,
        },
      ),
  };
}

/** The mock started in this process (for the benchmark's own smoke test: no build needed). */
export function mockInProcessTarget(options: Pick<MockOptions, 'stateFile'> = {}): BenchTarget {
  return {
    name: 'mock (in-process)',
    async start() {
      const started = performance.now();
      const mock = await startMock({ port: 0, tokens: [BENCH_TOKEN], ...options });
      await firstAnswer(mock.url);
      return {
        url: mock.url,
        startupMs: performance.now() - started,
        memory: () => ({ rssMb: undefined, peakRssMb: undefined }),
        // This process runs the load too: its CPU time would not be the mock's.
        cpuMs: () => undefined,
        stop: () => mock.close(),
      };
    },
  };
}

/** Plain `prism mock` on the same spec, logging as it does by default (`extraArgs` such as `-v error`). */
export function prismTarget(extraArgs: string[] = []): BenchTarget {
  return {
    name: ['prism mock', ...extraArgs].join(' '),
    async start() {
      const root = packageRoot();
      const port = await freePort();
      const bin = realpathSync(path.join(root, 'node_modules', '.bin', 'prism'));
      return startProcess(
        process.execPath,
        [bin, 'mock', '-p', String(port), ...extraArgs, path.join(root, 'spec', 'openapi.yaml')],
        {
          url: `http://127.0.0.1:${port}`,
        },
      );
    },
  };
}

// The fastest a node:http server answers this request: a fixed 201 body, nothing read or checked.
const BARE_SERVER = `
const body = JSON.stringify({ id: 'U7K2Q9XW3M', username: 'ada', email: 'ada@example.com', firstName: 'Ada',
  lastName: 'Lovelace', displayName: 'Ada Lovelace', createdAt: '2026-01-15T09:30:00Z', updatedAt: '2026-01-15T09:30:00Z' });
const server = require('node:http').createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    response.writeHead(201, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
    response.end(body);
  });
});
server.listen(0, '127.0.0.1', () => console.log('http://127.0.0.1:' + server.address().port));
process.on('SIGTERM', () => process.exit(0));
`;

/** A bare node:http server answering a fixed 201 JSON, the ceiling for any server on this machine. */
export function bareServerTarget(): BenchTarget {
  return {
    name: 'bare node:http',
    start: () => startProcess(process.execPath, ['-e', BARE_SERVER], { urlFromStdout: true }),
  };
}

async function startProcess(
  command: string,
  args: string[],
  ready: { urlFromStdout: true } | { url: string },
): Promise<RunningTarget> {
  const started = performance.now();
  // stdout is read only for the URL line; the rest goes nowhere, as a terminal nobody reads would.
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'ignore'], cwd: packageRoot() });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let url: string;
  try {
    url = 'url' in ready ? ready.url : await urlLine(child);
    await firstAnswer(url, child);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  child.stdout?.resume();
  const startupMs = performance.now() - started;
  return {
    url,
    startupMs,
    memory: () => processMemory(child.pid),
    cpuMs: () => processCpuMs(child.pid),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function urlLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const onData = (chunk: Buffer) => {
      text += chunk.toString('utf8');
      const match = /http:\/\/[^\s]+/.exec(text);
      if (match) {
        child.stdout?.off('data', onData);
        resolve(match[0]);
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`${child.spawnfile} exited with ${code} before printing its URL`)),
    );
  });
}

/** Polls until the server answers any HTTP response (Prism prints nothing reliable when ready). */
async function firstAnswer(url: string, child?: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    if (await answers(url)) return;
    if (child && child.exitCode !== null) throw new Error(`${child.spawnfile} exited with ${child.exitCode}`);
    if (performance.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function answers(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const outgoing = request(url, { method: 'GET', agent: false }, (response) => {
      response.resume();
      response.on('end', () => resolve(true));
    });
    outgoing.on('error', () => resolve(false));
    outgoing.end();
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

// Linux only (/proc); elsewhere the memory columns read n/a.
function processMemory(pid: number | undefined): {
  rssMb: number | undefined;
  peakRssMb: number | undefined;
} {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
    const toMb = (value: number) => (Number.isFinite(value) ? value / 1024 : undefined);
    return { rssMb: toMb(kb('VmRSS')), peakRssMb: toMb(kb('VmHWM')) };
  } catch {
    return { rssMb: undefined, peakRssMb: undefined };
  }
}

// Linux only (/proc/<pid>/stat: utime and stime, in clock ticks of 10 ms); elsewhere undefined.
function processCpuMs(pid: number | undefined): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * 10 : undefined;
  } catch {
    return undefined;
  }
}

/** CPU µs per request over a load, from the process's CPU ms before and after it. */
export function cpuPerRequest(before: number | undefined, after: number | undefined, requests: number) {
  return before === undefined || after === undefined || requests === 0
    ? undefined
    : ((after - before) * 1000) / requests;
}
