import { UsageError } from '../core/errors';
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
}

export type ResolvedMockOptions = Required<Omit<MockOptions, 'seed'>> & { seed: string | undefined };

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
} as const;

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
  };
  checkInteger('--port', resolved.port, 0, 65535);
  if (resolved.host.trim() === '') throw new UsageError('--host must not be empty');
  checkInteger('--max-body-bytes', resolved.maxBodyBytes, 1, Number.MAX_SAFE_INTEGER);
  checkInteger('--max-spec-bytes', resolved.maxSpecBytes, 1, MAX_SPEC_BYTES_LIMIT);
  checkInteger('--headers-timeout', resolved.headersTimeoutMs, 1, Number.MAX_SAFE_INTEGER);
  checkInteger('--request-timeout', resolved.requestTimeoutMs, 0, Number.MAX_SAFE_INTEGER);
  checkInteger('--keep-alive-timeout', resolved.keepAliveTimeoutMs, 0, Number.MAX_SAFE_INTEGER);
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
      if (!/^\S+$/.test(token))
        throw new UsageError(`${flag} #${index + 1} must be a non-empty token without spaces`);
    });
  }
  if (resolved.tokens.some((token) => resolved.forbiddenTokens.includes(token))) {
    throw new UsageError('a token cannot be both a --token and a --forbidden-token');
  }
  return resolved;
}

function checkInteger(flag: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, got ${String(value)}`);
  }
}
