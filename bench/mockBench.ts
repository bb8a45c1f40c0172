import autocannon from 'autocannon';
import { loadFixtures } from '../core/fixtures/loadFixtures';
import { defaultSpecPath } from '../core/packageRoot';
import { loadContract } from '../core/spec/loadContract';
import {
  BENCH_TOKEN,
  type BenchTarget,
  bareServerTarget,
  cpuPerRequest,
  mockInProcessTarget,
  mockProcessTarget,
  prismTarget,
} from './benchTargets';
import { runStatefulLoads, type StatefulRow } from './statefulLoads';

export interface MockBenchOptions {
  /** Seconds of load per server, after a warm-up of a third of it (at most 1 s). Default 3. */
  durationSeconds?: number;
  /** Concurrent connections. Default 10. */
  connections?: number;
  /** `process` (default) runs the built mock (dist/) in its own process; `in-process` starts it here. */
  mock?: 'process' | 'in-process';
  /** Where the table goes. Default: stdout. */
  write?: (text: string) => void;
}

export interface BenchRow {
  name: string;
  requestsPerSecond: number;
  p99Ms: number;
  startupMs: number;
  rssMb: number | undefined;
  peakRssMb: number | undefined;
  /** CPU time of the server's process per request, in µs: less sensitive to a busy machine than req/s. */
  cpuUsPerRequest: number | undefined;
  /** Answers other than 2xx, and connection errors: both should be 0, or the numbers mean nothing. */
  non2xx: number;
  errors: number;
}

export interface MockBenchResult {
  rows: BenchRow[];
  /** e.g. `mock/prism mock`: the mock's requests per second divided by the other's. */
  ratios: { name: string; throughput: number; p99: number }[];
  /** The loads that need a mock that keeps users: mixed create/describe/update, and creates with a state file. */
  stateful: StatefulRow[];
  /** The mixed load's requests per second divided by `prism mock -v error`'s on CreateUser (at least 2 wanted). */
  mixedToPrism: number;
  /** `prism mock -v error`'s CPU time per CreateUser divided by the mock's per mixed request; undefined without /proc. */
  mixedToPrismCpu: number | undefined;
  /** Milliseconds of the mock's time a create costs more with `--state-file` than in memory. */
  stateFileMsPerCreate: number;
}

/**
 * Measures, in one run and one after the other, the throughput and p99 latency of the mock, plain
 * `prism mock` (default logging, and errors-only logging) and a bare node:http server, for the same
 * valid CreateUser request; prints a table and the ratios. Then the loads only a mock that keeps users takes
 * (statefulLoads): create/describe/update mixed, with the memory before and after, against `prism mock -v
 * error`'s CreateUser; and creates with `--state-file`, as the time each costs. Compare ratios, never absolute
 * numbers.
 */
export async function runMockBench(options: MockBenchOptions = {}): Promise<MockBenchResult> {
  const durationSeconds = options.durationSeconds ?? 3;
  const connections = options.connections ?? 10;
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  const contract = await loadContract(defaultSpecPath());
  const body = loadFixtures().find((fixture) => fixture.kind === 'valid')?.bodyText ?? '{}';
  const mockTarget = options.mock === 'in-process' ? mockInProcessTarget : mockProcessTarget;
  const targets: BenchTarget[] = [
    mockTarget(),
    prismTarget(),
    prismTarget(['-v', 'error']),
    bareServerTarget(),
  ];

  write(
    `Mock benchmark: ${contract.operation.method} ${contract.operation.path} (a valid UserSpec), ` +
      `${connections} connections, ${durationSeconds} s per server\n`,
  );
  const rows: BenchRow[] = [];
  for (const target of targets) {
    const running = await target.start();
    try {
      const load = (duration: number) =>
        autocannon({
          url: `${running.url}${contract.operation.path}`,
          method: 'POST',
          connections,
          duration,
          headers: { authorization: `Bearer ${BENCH_TOKEN}`, 'content-type': 'application/json' },
          body,
        });
      await load(Math.min(1, durationSeconds / 3));
      const cpuBefore = running.cpuMs();
      const result = await load(durationSeconds);
      const memory = running.memory();
      rows.push({
        name: target.name,
        requestsPerSecond: result.requests.average,
        p99Ms: result.latency.p99,
        startupMs: running.startupMs,
        rssMb: memory.rssMb,
        peakRssMb: memory.peakRssMb,
        cpuUsPerRequest: cpuPerRequest(cpuBefore, running.cpuMs(), result.requests.total),
        non2xx: result.non2xx,
        errors: result.errors,
      });
    } finally {
      await running.stop();
    }
  }

  const [mockRow, ...others] = rows as [BenchRow, ...BenchRow[]];
  const ratios = others.map((other) => ({
    name: `mock/${other.name}`,
    throughput: mockRow.requestsPerSecond / other.requestsPerSecond,
    p99: mockRow.p99Ms / other.p99Ms,
  }));
  write(formatTable(rows));
  write('Ratios (requests per second; p99 latency, lower is better):\n');
  for (const ratio of ratios) {
    // autocannon reports latency in whole milliseconds: a server faster than that has a p99 of 0.
    const p99 = Number.isFinite(ratio.p99) ? `${ratio.p99.toFixed(2)}x` : 'n/a (its p99 is under 1 ms)';
    write(`  ${ratio.name.padEnd(28)} throughput ${ratio.throughput.toFixed(2)}x   p99 ${p99}\n`);
  }

  const stateful = await runStatefulLoads({
    mock: mockTarget,
    createPath: contract.operation.path,
    createBody: body,
    durationSeconds,
    connections,
  });
  const [mixed, withFile] = stateful as [StatefulRow, StatefulRow];
  const prismQuiet = rows.find((row) => row.name === 'prism mock -v error') as BenchRow;
  const mixedToPrism = mixed.requestsPerSecond / prismQuiet.requestsPerSecond;
  const mixedToPrismCpu =
    mixed.cpuUsPerRequest && prismQuiet.cpuUsPerRequest
      ? prismQuiet.cpuUsPerRequest / mixed.cpuUsPerRequest
      : undefined;
  const stateFileMsPerCreate = 1000 / withFile.requestsPerSecond - 1000 / mockRow.requestsPerSecond;
  write(`The mock keeping users (a fresh one per load; ${connections} connections, ${durationSeconds} s):\n`);
  write(formatStatefulTable(stateful));
  const cpu = mixedToPrismCpu === undefined ? 'n/a' : `${mixedToPrismCpu.toFixed(2)}x less`;
  write(
    `  mixed/prism mock -v error on CreateUser  throughput ${mixedToPrism.toFixed(2)}x (at least 2x wanted), ` +
      `CPU per request ${cpu}\n`,
  );
  write(
    `  --state-file costs ${stateFileMsPerCreate.toFixed(2)} ms of the mock's time per create ` +
      `(${withFile.requestsPerSecond.toFixed(0)} creates/s, ${mockRow.requestsPerSecond.toFixed(0)} in memory)\n`,
  );
  return { rows, ratios, stateful, mixedToPrism, mixedToPrismCpu, stateFileMsPerCreate };
}

function formatTable(rows: BenchRow[]): string {
  return formatColumns(
    ['server', 'req/s', 'p99 ms', 'CPU µs/req', 'startup ms', 'RSS MB', 'peak RSS MB', 'non-2xx', 'errors'],
    rows.map((row) => [
      row.name,
      row.requestsPerSecond.toFixed(0),
      row.p99Ms.toFixed(1),
      micros(row.cpuUsPerRequest),
      row.startupMs.toFixed(0),
      mb(row.rssMb),
      mb(row.peakRssMb),
      String(row.non2xx),
      String(row.errors),
    ]),
  );
}

function formatStatefulTable(rows: StatefulRow[]): string {
  return formatColumns(
    [
      'load',
      'req/s',
      'p99 ms',
      'CPU µs/req',
      'users after',
      'RSS before MB',
      'RSS after MB',
      'file MB',
      'non-2xx',
      'errors',
    ],
    rows.map((row) => [
      row.name,
      row.requestsPerSecond.toFixed(0),
      row.p99Ms.toFixed(1),
      micros(row.cpuUsPerRequest),
      String(row.usersAfter),
      mb(row.rssBeforeMb),
      mb(row.rssAfterMb),
      row.stateFileBytes === undefined ? '-' : (row.stateFileBytes / 1e6).toFixed(1),
      String(row.non2xx),
      String(row.errors),
    ]),
  );
}

function micros(value: number | undefined): string {
  return value === undefined ? 'n/a' : value.toFixed(0);
}

function mb(value: number | undefined): string {
  return value === undefined ? 'n/a' : value.toFixed(0);
}

/** A table: the first column left-aligned, the others right-aligned. */
function formatColumns(header: string[], lines: string[][]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column]?.length ?? 0)),
  );
  const format = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ');
  return `${[format(header), ...lines.map(format)].join('\n')}\n`;
}
