import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import type { AddressInfo, Server, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { packageRoot } from '../core/packageRoot';
import { HOSTILE_SERVERS, type HostileServer } from '../servers/hostile';

const TOKEN = 'bench-token-0123456789';
const FORBIDDEN = 'bench-forbidden-0123456789';
/** A run still going after this long is killed and reported as such. */
const KILL_AFTER_MS = 180_000;
const REPORTS = ['json', 'junit', 'markdown'] as const;

/** One `check` run against a hostile server. */
export interface HostileRun {
  server: string;
  exitCode: number | string;
  wallMs: number;
  peakRssMb: number | undefined;
  /** The verdict line, or the first line of stderr when there is none. */
  outcome: string;
  reportsWritten: number;
}

/**
 * `npm run bench:hostile`: the built CLI's `check`, default options, against each hostile server of
 * `servers/hostile/` (served by this process), with every report asked for. Prints, for each, the exit code,
 * wall time, peak resident memory of the `check` process and whether its reports were written. Not a test:
 * the numbers are for reading.
 */
export async function runHostileBench(
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
  servers: readonly HostileServer[] = HOSTILE_SERVERS,
): Promise<HostileRun[]> {
  const folder = mkdtempSync(path.join(tmpdir(), 'lakesail-hostile-bench-'));
  const runs: HostileRun[] = [];
  write('check (default options, --runs 100) against each hostile server');
  write(`  ${'server'.padEnd(22)} exit  wall s  peak RSS MB  reports  outcome`);
  try {
    for (const server of servers) {
      const run = await checkAgainst(server, folder);
      runs.push(run);
      const rss = run.peakRssMb === undefined ? 'n/a' : run.peakRssMb.toFixed(0);
      write(
        `  ${run.server.padEnd(22)} ${String(run.exitCode).padStart(4)}  ${(run.wallMs / 1000).toFixed(1).padStart(6)}  ${rss.padStart(11)}  ${`${run.reportsWritten}/${REPORTS.length}`.padStart(7)}  ${run.outcome}`,
      );
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return runs;
}

async function checkAgainst(hostile: HostileServer, folder: string): Promise<HostileRun> {
  const server = await hostile.create({ tokens: [TOKEN], forbiddenTokens: [FORBIDDEN] });
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const reports = REPORTS.map((kind) => path.join(folder, `${hostile.name}.${kind}`));
  try {
    const args = ['check', '--target', baseUrl, '--seed', '1', '--quiet'];
    for (const [index, kind] of REPORTS.entries()) args.push(`--report-${kind}`, reports[index] as string);
    const result = await runCheck(args);
    const verdict = /^(Passed|Failed): .*$/m.exec(result.stdout)?.[0];
    return {
      server: hostile.name,
      exitCode: result.exitCode,
      wallMs: result.wallMs,
      peakRssMb: result.peakRssKb === undefined ? undefined : result.peakRssKb / 1024,
      outcome: verdict ?? result.stderr.trim().split('\n')[0] ?? '',
      reportsWritten: reports.filter((file) => statSync(file, { throwIfNoEntry: false })?.isFile()).length,
    };
  } finally {
    for (const socket of sockets) socket.destroy();
    await closeServer(server);
  }
}

async function runCheck(args: string[]) {
  const root = packageRoot();
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      '--require',
      path.join(root, 'dist/bench/peakRssOnExit.js'),
      path.join(root, 'dist/cli/main.js'),
      ...args,
    ],
    {
      env: {
        ...process.env,
        CI: 'true',
        NO_COLOR: '1',
        CONTRACT_TOKEN: TOKEN,
        CONTRACT_FORBIDDEN_TOKEN: FORBIDDEN,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS);
  const exitCode = await new Promise<number | string>((resolve) =>
    child.on('close', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  clearTimeout(timer);
  const peak = /\npeak-rss-kb (\d+)\n/.exec(stderr)?.[1];
  return {
    exitCode,
    wallMs: performance.now() - started,
    peakRssKb: peak === undefined ? undefined : Number(peak),
    stdout,
    stderr: stderr.replace(/\npeak-rss-kb \d+\n/, ''),
  };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

if (require.main === module) {
  runHostileBench().catch((error: unknown) => {
    process.stderr.write(`hostile bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
