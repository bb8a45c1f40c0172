import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import type { MockOptions } from '../mock/mockOptions';
import { BENCH_TOKEN, type BenchTarget, cpuPerRequest } from './benchTargets';

/** One load against a fresh mock that keeps what it is sent. */
export interface StatefulRow {
  name: string;
  requestsPerSecond: number;
  p99Ms: number;
  /** CPU time of the mock's process per request, in µs. */
  cpuUsPerRequest: number | undefined;
  /** Users the mock keeps once the load is over. */
  usersAfter: number;
  /** Resident memory of the mock's process before the load (after start-up) and after it, in MB. */
  rssBeforeMb: number | undefined;
  rssAfterMb: number | undefined;
  /** Bytes of the state file after the load, for the load with `--state-file`. */
  stateFileBytes: number | undefined;
  non2xx: number;
  errors: number;
}

export interface StatefulLoadOptions {
  /** The mock to load, started with these options. */
  mock(options: Pick<MockOptions, 'stateFile'>): BenchTarget;
  /** The path of CreateUser, and a valid body for it. */
  createPath: string;
  createBody: string;
  durationSeconds: number;
  connections: number;
}

/**
 * The loads only a mock that keeps users can take, each on a fresh mock: every connection creating a user,
 * describing it and updating it, over and over (a third of the requests are creates); then CreateUser alone
 * with `--state-file`, which writes every change to disk before answering it.
 */
export async function runStatefulLoads(options: StatefulLoadOptions): Promise<StatefulRow[]> {
  const rows = [await measure(options, 'create, describe, update', {}, mixedRequests(options))];
  const folder = mkdtempSync(path.join(tmpdir(), 'lakesail-bench-'));
  try {
    const stateFile = path.join(folder, 'state.json');
    const row = await measure(options, 'create, --state-file', { stateFile }, createRequests(options));
    rows.push({ ...row, stateFileBytes: statSync(stateFile).size });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return rows;
}

type Requests = autocannon.Request[];

async function measure(
  options: StatefulLoadOptions,
  name: string,
  mockOptions: Pick<MockOptions, 'stateFile'>,
  requests: Requests,
): Promise<StatefulRow> {
  const running = await options.mock(mockOptions).start();
  try {
    const before = running.memory().rssMb;
    const load = (duration: number) =>
      autocannon({ url: running.url, connections: options.connections, duration, requests });
    await load(Math.min(1, options.durationSeconds / 3));
    const cpuBefore = running.cpuMs();
    const result = await load(options.durationSeconds);
    return {
      name,
      requestsPerSecond: result.requests.average,
      p99Ms: result.latency.p99,
      cpuUsPerRequest: cpuPerRequest(cpuBefore, running.cpuMs(), result.requests.total),
      usersAfter: await usersKept(running.url),
      rssBeforeMb: before,
      rssAfterMb: running.memory().rssMb,
      stateFileBytes: undefined,
      non2xx: result.non2xx,
      errors: result.errors,
    };
  } finally {
    await running.stop();
  }
}

const authorization = `Bearer ${BENCH_TOKEN}`;
const json = { authorization, 'content-type': 'application/json' };

function createRequests({ createPath, createBody }: StatefulLoadOptions): Requests {
  return [{ method: 'POST', path: createPath, headers: json, body: createBody }];
}

/** What a connection's round of requests remembers: the ID of the user it created. */
type Round = { id?: string };

// Each connection: create a user, describe it, rename it; the next round starts with a new user.
function mixedRequests({ createPath, createBody }: StatefulLoadOptions): Requests {
  let renames = 0;
  return [
    {
      method: 'POST',
      path: createPath,
      headers: json,
      body: createBody,
      onResponse: (_status, body, context) => {
        (context as Round).id = (JSON.parse(body) as { id?: string }).id;
      },
    },
    {
      method: 'GET',
      setupRequest: (sent, context) => ({
        ...sent,
        path: `${createPath}/${(context as Round).id}`,
        headers: { authorization },
      }),
    },
    {
      method: 'PATCH',
      setupRequest: (sent, context) => ({
        ...sent,
        path: `${createPath}/${(context as Round).id}`,
        headers: json,
        body: JSON.stringify({ displayName: `Renamed ${++renames}` }),
      }),
    },
  ];
}

/** How many users the mock lists at `GET /__mock/users`. */
function usersKept(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = request(`${url}/__mock/users`, { agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        try {
          resolve((JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown[]).length);
        } catch (error) {
          reject(error);
        }
      });
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}
