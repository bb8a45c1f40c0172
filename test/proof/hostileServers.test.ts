import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo, Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type ConformanceReport, jsonReport, junitReport, markdownReport, runConformance } from '../../api';
import { type Contract, loadContract } from '../../core/spec/loadContract';
import { HOSTILE_SERVERS, type HostileServer } from '../../servers/hostile';
import {
  PROOF_FORBIDDEN_TOKEN,
  PROOF_RUN_ID,
  PROOF_RUNS,
  PROOF_SEED,
  PROOF_TOKEN,
  SERVER_OPTIONS,
} from './support/proofSettings';
import { runCliProcess } from './support/runCliProcess';

// The kit derives its default seed from the commit in CI; these runs give their own seed, and say so.
process.env.CI = 'true';

const RUN = {
  token: PROOF_TOKEN,
  forbiddenToken: PROOF_FORBIDDEN_TOKEN,
  seed: PROOF_SEED,
  runs: PROOF_RUNS,
  runId: PROOF_RUN_ID,
  timeoutMs: 2000,
};

let contract: Contract;
beforeAll(async () => {
  contract = await loadContract();
});

/** Serves a hostile server on a free port for the length of `use`. */
async function withHostile<T>(hostile: HostileServer, use: (baseUrl: string) => Promise<T>): Promise<T> {
  const server: Server = await hostile.create({ ...SERVER_OPTIONS, contract });
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    return await use(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  }
}

const found = (report: ConformanceReport) => [
  ...new Set(report.violations.map((violation) => violation.checkId)),
];

// Any response is data: each hostile server ends in a verdict, with the finding it deserves, in bounded time.
// Side by side: most of them wait (429s, stalls) more than they compute.
test.concurrent.each(
  HOSTILE_SERVERS.map((server) => [server.name, server.caughtBy.join(', '), server] as const),
)('%s: a failing verdict by %s, and reports that can be written', async (_name, _ids, hostile) => {
  const report = await withHostile(hostile, (baseUrl) => runConformance({ ...RUN, target: { baseUrl } }));
  expect(report.verdict).toBe('fail');
  expect(found(report)).toEqual(expect.arrayContaining(hostile.caughtBy));
  for (const render of [jsonReport, junitReport, markdownReport]) expect(() => render(report)).not.toThrow();
});

describe('the built CLI against hostile servers', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'lakesail-hostile-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const hostile = (name: string) => HOSTILE_SERVERS.find((server) => server.name === name) as HostileServer;

  // Child processes mostly wait: they run side by side.
  test.concurrent.each([
    ['huge-created-body', 'response-size'],
    ['deep-nesting', 'response-schema-conformance'],
    ['reset-on-connect', 'no-connection-error'],
  ])('%s: exit 1 with a verdict and every report written, %s among the findings', async (name, checkId) => {
    const reports = ['json', 'junit', 'markdown'].map((kind) => path.join(folder, `${name}.${kind}`));
    const result = await withHostile(hostile(name), (baseUrl) =>
      runCliProcess([
        'check',
        '--target',
        baseUrl,
        '--token',
        PROOF_TOKEN,
        '--forbidden-token',
        PROOF_FORBIDDEN_TOKEN,
        '--seed',
        String(PROOF_SEED),
        '--runs',
        String(PROOF_RUNS),
        '--report-json',
        reports[0] as string,
        '--report-junit',
        reports[1] as string,
        '--report-markdown',
        reports[2] as string,
      ]),
    );
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 1, stderr: '' });
    expect(result.stdout).toMatch(/\nFailed: \d+ violations? of \d+ checks? in \d+ requests?/);
    expect(result.stdout).toContain(`[${checkId}]`);
    const json = JSON.parse(readFileSync(reports[0] as string, 'utf8'));
    expect(json.verdict).toBe('fail');
    expect(readFileSync(reports[1] as string, 'utf8')).toContain('<testsuites');
    expect(readFileSync(reports[2] as string, 'utf8')).toMatch(/breaks? the contract/);
  });
});
