import { createServer, type Server } from 'node:http';
import { isUsageError } from '../../core/errors';
import { DEFAULT_FORBIDDEN_TOKEN, MOCK_DEFAULTS, resolveMockOptions } from '../../mock/mockOptions';
import { parseMockArgs } from '../../mock/parseMockArgs';
import { runMockCli } from '../../mock/runMockCli';
import { send } from './support/send';
import { type MockProcess, spawnMockCli, urlPrintedBy } from './support/spawnMockCli';

// `npm run mock -- [options]`: options, environment variables, errors, the printed line and signals.
const ADMIN = 'admin-token-1234';
const VIEWER = 'viewer-token-5678';
const BRIEF_ARGS = ['--port', '4011', '--host', '127.0.0.1', '--token', ADMIN, '--forbidden-token', VIEWER];

function usageMessage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (isUsageError(error)) return error.message;
    throw error;
  }
  throw new Error('no UsageError');
}

describe('parseMockArgs', () => {
  test('reads the documented command line', () => {
    expect(parseMockArgs(BRIEF_ARGS)).toEqual({
      kind: 'run',
      options: { port: 4011, host: '127.0.0.1', tokens: [ADMIN], forbiddenTokens: [VIEWER] },
    });
  });

  test('repeated tokens, every other flag', () => {
    const args = parseMockArgs([
      '--token',
      'a',
      '--token',
      'b',
      '--forbidden-token',
      'c',
      '--dynamic',
      '--seed',
      '7',
      '--spec',
      'x.yaml',
      '--max-body-bytes',
      '10',
      '--headers-timeout',
      '100',
      '--request-timeout',
      '200',
      '--keep-alive-timeout',
      '300',
    ]);
    expect(args).toEqual({
      kind: 'run',
      options: {
        tokens: ['a', 'b'],
        forbiddenTokens: ['c'],
        dynamic: true,
        seed: '7',
        specPath: 'x.yaml',
        maxBodyBytes: 10,
        headersTimeoutMs: 100,
        requestTimeoutMs: 200,
        keepAliveTimeoutMs: 300,
      },
    });
  });

  test('falls back to the MOCK_* environment variables', () => {
    const env = {
      MOCK_PORT: '4999',
      MOCK_HOST: 'localhost',
      MOCK_TOKENS: 'a, b',
      MOCK_FORBIDDEN_TOKENS: 'c',
      MOCK_DYNAMIC: 'true',
      MOCK_SEED: 's',
      MOCK_SPEC: 'y.yaml',
      MOCK_MAX_BODY_BYTES: '5',
      MOCK_HEADERS_TIMEOUT: '6',
      MOCK_REQUEST_TIMEOUT: '7',
      MOCK_KEEP_ALIVE_TIMEOUT: '8',
    };
    expect(parseMockArgs([], env)).toEqual({
      kind: 'run',
      options: {
        port: 4999,
        host: 'localhost',
        tokens: ['a', 'b'],
        forbiddenTokens: ['c'],
        dynamic: true,
        seed: 's',
        specPath: 'y.yaml',
        maxBodyBytes: 5,
        headersTimeoutMs: 6,
        requestTimeoutMs: 7,
        keepAliveTimeoutMs: 8,
      },
    });
    expect(parseMockArgs([], { MOCK_DYNAMIC: 'false' })).toEqual({
      kind: 'run',
      options: { dynamic: false },
    });
  });

  test('the store: --state-file, --data, --unique, --max-users, and their variables', () => {
    expect(
      parseMockArgs(['--state-file', 'users.json', '--data', 'seed.json', '--unique', '--max-users', '5']),
    ).toEqual({
      kind: 'run',
      options: { stateFile: 'users.json', dataFile: 'seed.json', unique: true, maxUsers: 5 },
    });
    const env = { MOCK_STATE_FILE: 's.json', MOCK_DATA: 'd.json', MOCK_UNIQUE: 'yes', MOCK_MAX_USERS: '7' };
    expect(parseMockArgs([], env)).toEqual({
      kind: 'run',
      options: { stateFile: 's.json', dataFile: 'd.json', unique: true, maxUsers: 7 },
    });
    expect(usageMessage(() => parseMockArgs(['--max-users', '0']))).toBe(
      "--max-users must be an integer from 1 to 10000000, got '0'",
    );
    expect(usageMessage(() => parseMockArgs([], { MOCK_UNIQUE: 'sometimes' }))).toBe(
      'MOCK_UNIQUE must be true or false, got "sometimes"',
    );
    expect(usageMessage(() => resolveMockOptions({ stateFile: ' ' }))).toBe('--state-file must not be empty');
  });

  test('a flag wins over its variable', () => {
    expect(parseMockArgs(['--port', '1', '--token', 'f'], { MOCK_PORT: '2', MOCK_TOKENS: 'e' })).toEqual({
      kind: 'run',
      options: { port: 1, tokens: ['f'] },
    });
  });

  test('bad flags and variables are one-line usage errors naming them', () => {
    expect(usageMessage(() => parseMockArgs(['--port', 'abc']))).toBe(
      "--port must be an integer from 0 to 65535, got 'abc'",
    );
    expect(usageMessage(() => parseMockArgs([], { MOCK_PORT: '12x' }))).toBe(
      "MOCK_PORT must be an integer from 0 to 65535, got '12x'",
    );
    expect(usageMessage(() => parseMockArgs(['--nope']))).toBe("unknown option '--nope'");
    expect(usageMessage(() => parseMockArgs(['--token']))).toBe("option '--token <token>' argument missing");
    expect(usageMessage(() => parseMockArgs(['extra']))).toMatch(/^too many arguments/);
    expect(usageMessage(() => parseMockArgs([], { MOCK_DYNAMIC: 'maybe' }))).toBe(
      'MOCK_DYNAMIC must be true or false, got "maybe"',
    );
  });

  test('--help prints every option with its variable', () => {
    const args = parseMockArgs(['--help']);
    expect(args.kind).toBe('print');
    const text = args.kind === 'print' ? args.text : '';
    for (const variable of [
      'MOCK_PORT',
      'MOCK_HOST',
      'MOCK_TOKENS',
      'MOCK_FORBIDDEN_TOKENS',
      'MOCK_DYNAMIC',
      'MOCK_STATE_FILE',
      'MOCK_DATA',
      'MOCK_UNIQUE',
      'MOCK_MAX_USERS',
    ]) {
      expect(text).toContain(variable);
    }
  });
});

describe('resolveMockOptions', () => {
  test('documented defaults', () => {
    const resolved = resolveMockOptions();
    expect(resolved).toMatchObject({
      ...MOCK_DEFAULTS,
      forbiddenTokens: [DEFAULT_FORBIDDEN_TOKEN],
      seed: undefined,
    });
  });

  test('refuses values Node or the mock cannot use, without echoing tokens', () => {
    expect(usageMessage(() => resolveMockOptions({ port: 70000 }))).toBe(
      "--port must be an integer from 0 to 65535, got '70000'",
    );
    expect(usageMessage(() => resolveMockOptions({ headersTimeoutMs: 500, requestTimeoutMs: 100 }))).toBe(
      '--headers-timeout (500 ms) must not be longer than --request-timeout (100 ms)',
    );
    expect(usageMessage(() => resolveMockOptions({ tokens: ['same'], forbiddenTokens: ['same'] }))).toBe(
      'a token cannot be both a --token and a --forbidden-token',
    );
    expect(usageMessage(() => resolveMockOptions({ tokens: ['ok', 'has space'] }))).toBe(
      '--token #2 must be a bearer token: letters, digits and -._~+/, then any = signs',
    );
  });
});

describe('runMockCli', () => {
  const io = () => {
    const captured = { out: '', err: '' };
    return {
      captured,
      stdout: (text: string) => {
        captured.out += text;
      },
      stderr: (text: string) => {
        captured.err += text;
      },
    };
  };

  test('a bad flag: exit code 2 and one line on stderr', async () => {
    const cli = io();
    expect(await runMockCli(['--port', '-1'], {}, cli)).toEqual({ exitCode: 2 });
    expect(cli.captured).toEqual({
      out: '',
      err: "mock: --port must be an integer from 0 to 65535, got '-1' (run with --help for usage)\n",
    });
  });

  test('a spec that does not exist: exit code 2 and one line', async () => {
    const cli = io();
    expect(await runMockCli(['--port', '0', '--spec', 'no/such/spec.yaml'], {}, cli)).toEqual({
      exitCode: 2,
    });
    expect(cli.captured.out).toBe('');
    expect(cli.captured.err).toMatch(/^mock: no\/such\/spec\.yaml: [^\n]+\n$/);
  });

  test('a port in use: exit code 1 and one line', async () => {
    const busy: Server = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const address = busy.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const cli = io();
      expect(await runMockCli(['--port', String(port)], {}, cli)).toEqual({ exitCode: 1 });
      expect(cli.captured.err).toMatch(/^mock: cannot start: [^\n]*EADDRINUSE[^\n]*\n$/);
    } finally {
      await new Promise((resolve) => busy.close(resolve));
    }
  });
});

describe('the mock process', () => {
  let mock: MockProcess | undefined;
  afterEach(async () => {
    if (mock && mock.child.exitCode === null && mock.child.signalCode === null) {
      mock.child.kill('SIGKILL');
      await mock.exited;
    }
    mock = undefined;
  });

  test.each(['SIGTERM', 'SIGINT'] as const)(
    'prints one line with its URL, honours the tokens, and exits 0 on %s',
    async (signal) => {
      mock = spawnMockCli([...BRIEF_ARGS.slice(0, 1), '0', ...BRIEF_ARGS.slice(2)]);
      const url = await urlPrintedBy(mock);
      const post = (token: string) =>
        send(url, {
          method: 'POST',
          path: '/api/org/v1/users',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: '{"username":"ada","email":"ada@example.com","firstName":"A","lastName":"L","displayName":"A L"}',
        });
      expect((await post(ADMIN)).status).toBe(201);
      expect((await post(VIEWER)).status).toBe(403);
      expect((await post('someone-else')).status).toBe(401);
      expect(mock.stdout()).toMatch(/^Mock of spec\/openapi\.yaml listening on http:\/\/127\.0\.0\.1:\d+\n$/);
      mock.child.kill(signal);
      expect(await mock.exited).toBe(0);
      expect(mock.stderr()).toBe('');
      expect(mock.stdout()).not.toContain(ADMIN);
    },
  );

  test('a bad flag: the process exits 2 with one line', async () => {
    mock = spawnMockCli(['--port', 'abc']);
    expect(await mock.exited).toBe(2);
    expect(mock.stdout()).toBe('');
    expect(mock.stderr()).toBe(
      "mock: --port must be an integer from 0 to 65535, got 'abc' (run with --help for usage)\n",
    );
  });
});
