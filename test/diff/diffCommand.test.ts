import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../cli/runCli';
import { packageRoot } from '../../core/packageRoot';
import { fakeIo } from './fakeIo';

const spec = path.join(packageRoot(), 'spec', 'openapi.yaml');
const pair = (name: string) => {
  const dir = path.join(packageRoot(), 'fixtures', 'spec-versions', name);
  return ['--base', path.join(dir, 'base.yaml'), '--head', path.join(dir, 'head.yaml')];
};
let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'lakesail-diff-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test('the shipped spec against itself: no change, exit 0', async () => {
  const io = fakeIo();
  expect(await runCli(['diff', '--base', spec, '--head', spec], io)).toBe(0);
  expect(io.stdoutText()).toBe('diff passed: no change to the contract\n');
  expect(io.stderrText()).toBe('');
});

test('a breaking change: one line per change, a summary, exit 1', async () => {
  const io = fakeIo();
  expect(await runCli(['diff', ...pair('request-properties-required-changed')], io)).toBe(1);
  expect(io.stdoutText()).toBe(
    [
      'clients  head#/components/schemas/UserSpec/required  POST /api/org/v1/users request body: property nickname became required; clients that do not send it are refused [request-property-required]',
      'servers  base#/components/schemas/UserSpec/required  POST /api/org/v1/users request body: property displayName is no longer required; servers must accept bodies without it [request-property-optional]',
      'diff failed: 2 changes: 1 breaks clients, 1 breaks servers, 0 break both, 0 safe',
      '',
    ].join('\n'),
  );
});

test('safe changes only: listed, exit 0', async () => {
  const io = fakeIo();
  expect(await runCli(['diff', ...pair('operation-added')], io)).toBe(0);
  expect(io.stdoutText()).toBe(
    [
      'safe     head#/paths/~1api~1org~1v1~1users~1{user}/get  GET /api/org/v1/users/{user} operation: added; a new operation: nobody relied on its absence [operation-added]',
      'diff passed: 1 change: 0 break clients, 0 break servers, 0 break both, 1 safe',
      '',
    ].join('\n'),
  );
});

test('--report-json writes every labelled change, breaking ones first', async () => {
  const file = path.join(scratch, 'reports', 'diff.json');
  const io = fakeIo();
  expect(await runCli(['diff', ...pair('response-status-added'), '--report-json', file], io)).toBe(1);
  const report = JSON.parse(readFileSync(file, 'utf8'));
  expect(report.tool.name).toBe('lakesail-contract');
  expect(report.verdict).toBe('fail');
  expect(report.counts).toEqual({ clients: 1, servers: 0, both: 0, safe: 1 });
  expect(
    report.changes.map((change: { rule: string; label: string }) => [change.label, change.rule]),
  ).toEqual([
    ['clients', 'response-status-added'],
    ['safe', 'response-status-added'],
  ]);
  expect(report.changes[0]).toEqual({
    rule: 'response-status-added',
    label: 'clients',
    operation: 'POST /api/org/v1/users',
    document: 'head',
    pointer: '/paths/~1api~1org~1v1~1users/post/responses/422',
    resolvedPointer: '/paths/~1api~1org~1v1~1users/post/responses/422',
    change: 'response 422: added',
    why: 'clients handled it as default, whose body differs',
  });
});

test('a passing diff writes a passing report', async () => {
  const file = path.join(scratch, 'identity.json');
  expect(await runCli(['diff', '--base', spec, '--head', spec, '--report-json', file], fakeIo())).toBe(0);
  const report = JSON.parse(readFileSync(file, 'utf8'));
  expect(report).toMatchObject({
    verdict: 'pass',
    changes: [],
    counts: { clients: 0, servers: 0, both: 0, safe: 0 },
  });
});

describe('usage errors and unreadable specs: exit 2 and one line on stderr', () => {
  const expectOneLine = (text: string, fragment: string) => {
    expect(text).toContain(fragment);
    expect(text).not.toMatch(/\n\s+at /); // no stack trace
  };

  test('--base missing', async () => {
    const io = fakeIo();
    expect(await runCli(['diff', '--head', spec], io)).toBe(2);
    expectOneLine(io.stderrText(), "required option '--base <file>' not specified");
    expect(io.stdoutText()).toBe('');
  });

  test('--head missing', async () => {
    const io = fakeIo();
    expect(await runCli(['diff', '--base', spec], io)).toBe(2);
    expectOneLine(io.stderrText(), "required option '--head <file>' not specified");
  });

  test('an unknown option', async () => {
    const io = fakeIo();
    expect(await runCli(['diff', '--base', spec, '--head', spec, '--bogus'], io)).toBe(2);
    expectOneLine(io.stderrText(), "unknown option '--bogus'");
  });

  test('a spec that does not exist', async () => {
    const io = fakeIo();
    const missing = path.join(scratch, 'missing.yaml');
    expect(await runCli(['diff', '--base', missing, '--head', spec], io)).toBe(2);
    expect(io.stderrText()).toMatch(
      new RegExp(`^lakesail-contract: ${missing}: cannot read the spec: .*ENOENT.*\\n$`),
    );
  });

  test('a file that is not YAML', async () => {
    const file = path.join(scratch, 'broken.yaml');
    writeFileSync(file, 'openapi: 3.1.0\npaths: [\n');
    const io = fakeIo();
    expect(await runCli(['diff', '--base', spec, '--head', file], io)).toBe(2);
    expect(io.stderrText()).toMatch(new RegExp(`^lakesail-contract: ${file}: .+\\n$`));
  });

  test('a document that is not OpenAPI 3.1', async () => {
    const file = path.join(scratch, 'swagger.yaml');
    writeFileSync(file, 'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths: {}\n');
    const io = fakeIo();
    expect(await runCli(['diff', '--base', file, '--head', spec], io)).toBe(2);
    expect(io.stderrText()).toBe(
      `lakesail-contract: ${file}: only OpenAPI 3.1 documents are supported, found openapi: 3.0.3\n`,
    );
  });

  test('an invalid OpenAPI document', async () => {
    const file = path.join(scratch, 'invalid.yaml');
    writeFileSync(file, 'openapi: 3.1.0\ninfo: {title: t}\npaths: {}\n');
    const io = fakeIo();
    expect(await runCli(['diff', '--base', file, '--head', spec], io)).toBe(2);
    expect(io.stderrText()).toMatch(new RegExp(`^lakesail-contract: ${file}: .+\\n$`));
  });

  test('a --report-json that cannot be written', async () => {
    const notADir = path.join(scratch, 'file');
    writeFileSync(notADir, '');
    const io = fakeIo();
    expect(
      await runCli(
        ['diff', '--base', spec, '--head', spec, '--report-json', path.join(notADir, 'r.json')],
        io,
      ),
    ).toBe(2);
    expect(io.stderrText()).toMatch(
      /^lakesail-contract: --report-json .*r\.json: cannot create the folder .*file: a file is in the way\n$/,
    );
  });
});
