import { UsageError } from '../core/errors';
import { isBearerToken } from '../core/http/parseBearer';
import { checkInteger } from '../core/options/checkInteger';
import { defaultSpecPath } from '../core/packageRoot';
import { MAX_SPEC_BYTES_LIMIT, SPEC_LIMITS } from '../core/spec/specLimits';

/** How to run the mock; every field is optional and has a documented default (see docs/mock.md). */
export interface MockOptions {
  /** Port to listen on; 0 picks a free one. Default 4010. */
  port?: number;
  /** Address to listen on. Default 127.0.0.1. */
  host?: string;
  /** The OpenAPI document to serve. Default: the spec shipped with the package. */
  specPath?: string;
  /** The only valid bearer tokens; empty (the default) accepts any bearer token. */
  tokens?: string[];
  /** Valid identities without the permission an operation needs: they get 403. Default [`viewer-token`]. */
  forbiddenTokens?: string[];
  /** Generate bodies from the schemas instead of the examples (Prism's dynamic mode). Default false. */
  dynamic?: boolean;
  /** Seed of the dynamic generator, for repeatable bodies. */
  seed?: string;
  /** Bytes the spec (all its files together) may take; larger is refused. Default 10 MiB. */
  maxSpecBytes?: number;
  /** Larger request bodies get 413. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Time a client has to send the request headers (Node's `headersTimeout`). Default 60 000 ms. */
  headersTimeoutMs?: number;
  /** Time a client has to send the whole request (Node's `requestTimeout`; 0 = none). Default 300 000 ms. */
  requestTimeoutMs?: number;
  /** How long an idle keep-alive connection stays open (Node's `keepAliveTimeout`). Default 5 000 ms. */
  keepAliveTimeoutMs?: number;
  /** Refuse a value of an `x-lakesail-unique` property another resource has (409). Default false: accepted. */
  unique?: boolean;
  /** How many resources the mock keeps; past it a create gets 507. Default 200 000. */
  maxUsers?: number;
  /** A JSON file that keeps the resources across restarts: read at start, rewritten before each change is answered. */
  stateFile?: string;
  /** A JSON file of resources to start with (and to return to on `POST /__mock/reset`). */
  dataFile?: string;
}

export type ResolvedMockOptions = Required<Omit<MockOptions, 'seed' | 'stateFile' | 'dataFile'>> & {
  seed: string | undefined;
  stateFile: string | undefined;
  dataFile: string | undefined;
};

export const DEFAULT_FORBIDDEN_TOKEN = 'viewer-token';

export const MOCK_DEFAULTS = {
  port: 4010,
  host: '127.0.0.1',
  tokens: [] as string[],
  forbiddenTokens: [DEFAULT_FORBIDDEN_TOKEN],
  dynamic: false,
  maxBodyBytes: 1024 * 1024,
  maxSpecBytes: SPEC_LIMITS.maxBytes,
  // Node's own defaults (Node 20), kept so that nothing changes unless asked.
  headersTimeoutMs: 60_000,
  requestTimeoutMs: 300_000,
  keepAliveTimeoutMs: 5_000,
  unique: false,
  // About 0.55 KB of resident memory per user of typical size (measured, docs/mock.md): some 110 MB when full.
  maxUsers: 200_000,
} as const;

/** The whole-number options, by flag: the range each accepts. */
export const INTEGER_RANGES = {
  '--port': [0, 65535],
  '--max-body-bytes': [1, Number.MAX_SAFE_INTEGER],
  '--max-spec-bytes': [1, MAX_SPEC_BYTES_LIMIT],
  '--headers-timeout': [1, Number.MAX_SAFE_INTEGER],
  '--request-timeout': [0, Number.MAX_SAFE_INTEGER],
  '--keep-alive-timeout': [0, Number.MAX_SAFE_INTEGER],
  '--max-users': [1, 10_000_000],
} as const satisfies Record<string, readonly [number, number]>;

type IntegerFlag = keyof typeof INTEGER_RANGES;

const INTEGER_FIELDS: Record<IntegerFlag, keyof ResolvedMockOptions & string> = {
  '--port': 'port',
  '--max-body-bytes': 'maxBodyBytes',
  '--max-spec-bytes': 'maxSpecBytes',
  '--headers-timeout': 'headersTimeoutMs',
  '--request-timeout': 'requestTimeoutMs',
  '--keep-alive-timeout': 'keepAliveTimeoutMs',
  '--max-users': 'maxUsers',
};

/** Fills in the defaults and checks every option; a bad one is a UsageError naming its flag. */
export function resolveMockOptions(options: MockOptions = {}): ResolvedMockOptions {
  const resolved: ResolvedMockOptions = {
    port: options.port ?? MOCK_DEFAULTS.port,
    host: options.host ?? MOCK_DEFAULTS.host,
    specPath: options.specPath ?? defaultSpecPath(),
    tokens: [...(options.tokens ?? MOCK_DEFAULTS.tokens)],
    forbiddenTokens: [...(options.forbiddenTokens ?? MOCK_DEFAULTS.forbiddenTokens)],
    dynamic: options.dynamic ?? MOCK_DEFAULTS.dynamic,
    seed: options.seed,
    maxBodyBytes: options.maxBodyBytes ?? MOCK_DEFAULTS.maxBodyBytes,
    maxSpecBytes: options.maxSpecBytes ?? MOCK_DEFAULTS.maxSpecBytes,
    headersTimeoutMs: options.headersTimeoutMs ?? MOCK_DEFAULTS.headersTimeoutMs,
    requestTimeoutMs: options.requestTimeoutMs ?? MOCK_DEFAULTS.requestTimeoutMs,
    keepAliveTimeoutMs: options.keepAliveTimeoutMs ?? MOCK_DEFAULTS.keepAliveTimeoutMs,
    unique: options.unique ?? MOCK_DEFAULTS.unique,
    maxUsers: options.maxUsers ?? MOCK_DEFAULTS.maxUsers,
    stateFile: options.stateFile,
    dataFile: options.dataFile,
  };
  for (const [flag, [min, max]] of Object.entries(INTEGER_RANGES)) {
    checkInteger(flag, resolved[INTEGER_FIELDS[flag as IntegerFlag]], min, max);
  }
  if (resolved.host.trim() === '') throw new UsageError('--host must not be empty');
  for (const [flag, file] of [
    ['--state-file', resolved.stateFile],
    ['--data', resolved.dataFile],
  ] as const) {
    if (file !== undefined && file.trim() === '') throw new UsageError(`${flag} must not be empty`);
  }
  if (resolved.requestTimeoutMs > 0 && resolved.headersTimeoutMs > resolved.requestTimeoutMs) {
    throw new UsageError(
      `--headers-timeout (${resolved.headersTimeoutMs} ms) must not be longer than --request-timeout (${resolved.requestTimeoutMs} ms)`,
    );
  }
  for (const [flag, tokens] of [
    ['--token', resolved.tokens],
    ['--forbidden-token', resolved.forbiddenTokens],
  ] as const) {
    // Never echo a token: the message says which one by position only.
    tokens.forEach((token, index) => {
      if (!isBearerToken(token)) {
        throw new UsageError(
          `${flag} #${index + 1} must be a bearer token: letters, digits and -._~+/, then any = signs`,
        );
      }
    });
  }
  if (resolved.tokens.some((token) => resolved.forbiddenTokens.includes(token))) {
    throw new UsageError('a token cannot be both a --token and a --forbidden-token');
  }
  return resolved;
}
