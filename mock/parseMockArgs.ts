import { Command, CommanderError } from 'commander';
import { UsageError } from '../core/errors';
import { checkInteger } from '../core/options/checkInteger';
import { DEFAULT_FORBIDDEN_TOKEN, INTEGER_RANGES, MOCK_DEFAULTS, type MockOptions } from './mockOptions';

/** What the command line asks for: run the mock with these options, or only print text (help). */
export type MockArgs = { kind: 'run'; options: MockOptions } | { kind: 'print'; text: string };

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

/**
 * Reads `npm run mock -- [options]`. Each option falls back to its MOCK_* environment variable, then
 * to its default (docs/mock.md). A bad flag or variable is a UsageError whose one-line message names it.
 */
export function parseMockArgs(argv: string[], env: NodeJS.ProcessEnv = {}): MockArgs {
  let printed = '';
  const program = new Command('mock')
    .description(
      'Serve an OpenAPI 3.1 spec as a realistic mock API (Prism inside); its URL in a browser lists what it serves, /docs tries it.',
    )
    .option('--port <n>', `port to listen on, 0 for any free one (MOCK_PORT; default ${MOCK_DEFAULTS.port})`)
    .option('--host <address>', `address to listen on (MOCK_HOST; default ${MOCK_DEFAULTS.host})`)
    .option(
      '--token <token>',
      'a valid bearer token, repeatable (MOCK_TOKENS, comma-separated; default: any bearer token is valid)',
      collect,
    )
    .option(
      '--forbidden-token <token>',
      `a valid token without the needed permission: 403, repeatable (MOCK_FORBIDDEN_TOKENS; default ${DEFAULT_FORBIDDEN_TOKEN})`,
      collect,
    )
    .option('--dynamic', 'generate bodies from the schemas instead of the examples (MOCK_DYNAMIC=true)')
    .option('--seed <seed>', 'seed of the dynamic generator, for repeatable bodies (MOCK_SEED)')
    .option('--spec <file>', 'the OpenAPI document to serve (MOCK_SPEC; default: the shipped spec)')
    .option(
      '--max-spec-bytes <n>',
      `a larger spec (all its files) is refused (MOCK_MAX_SPEC_BYTES; default ${MOCK_DEFAULTS.maxSpecBytes})`,
    )
    .option(
      '--max-body-bytes <n>',
      `larger request bodies get 413 (MOCK_MAX_BODY_BYTES; default ${MOCK_DEFAULTS.maxBodyBytes})`,
    )
    .option(
      '--state-file <file>',
      'keep the users in this JSON file across restarts; each change is written before it is answered (MOCK_STATE_FILE; default: in memory only)',
    )
    .option(
      '--data <file>',
      'start with the users of this JSON file (an array of User or UserSpec objects); POST /__mock/reset returns to them (MOCK_DATA)',
    )
    .option(
      '--unique',
      'refuse a username or email another user has (any letter case) with 409 (MOCK_UNIQUE=true; default: accepted, as the contract allows)',
    )
    .option(
      '--max-users <n>',
      `how many users the mock keeps; past it a create gets 507 (MOCK_MAX_USERS; default ${MOCK_DEFAULTS.maxUsers})`,
    )
    .option(
      '--headers-timeout <ms>',
      `time to receive the request headers (MOCK_HEADERS_TIMEOUT; default ${MOCK_DEFAULTS.headersTimeoutMs})`,
    )
    .option(
      '--request-timeout <ms>',
      `time to receive the whole request, 0 for none (MOCK_REQUEST_TIMEOUT; default ${MOCK_DEFAULTS.requestTimeoutMs})`,
    )
    .option(
      '--keep-alive-timeout <ms>',
      `lifetime of an idle keep-alive connection (MOCK_KEEP_ALIVE_TIMEOUT; default ${MOCK_DEFAULTS.keepAliveTimeoutMs})`,
    )
    .helpOption('-h, --help', 'show this help')
    .allowExcessArguments(false)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => {
        printed += text;
      },
      // Commander's error text becomes the one-line UsageError below instead.
      writeErr: () => {},
    });
  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return { kind: 'print', text: printed };
      throw new UsageError(error.message.replace(/^error: /, ''));
    }
    throw error;
  }

  const flags = program.opts<Record<string, string | string[] | true | undefined>>();
  // A flag wins over its environment variable; the message names whichever was used.
  const read = (
    name: string,
    flag: string,
    variable: string,
  ): { value: string; from: string } | undefined => {
    const value = flags[name];
    if (typeof value === 'string') return { value, from: flag };
    const fromEnv = env[variable];
    return fromEnv === undefined || fromEnv === '' ? undefined : { value: fromEnv, from: variable };
  };
  const integer = (name: string, flag: keyof typeof INTEGER_RANGES, variable: string): number | undefined => {
    const given = read(name, flag, variable);
    if (given === undefined) return undefined;
    const [min, max] = INTEGER_RANGES[flag];
    return checkInteger(given.from, given.value, min, max);
  };

  const options: MockOptions = {};
  const port = integer('port', '--port', 'MOCK_PORT');
  if (port !== undefined) options.port = port;
  const host = read('host', '--host', 'MOCK_HOST');
  if (host) options.host = host.value;
  const tokens = tokenList(flags.token, env.MOCK_TOKENS);
  if (tokens) options.tokens = tokens;
  const forbiddenTokens = tokenList(flags.forbiddenToken, env.MOCK_FORBIDDEN_TOKENS);
  if (forbiddenTokens) options.forbiddenTokens = forbiddenTokens;
  const dynamic = switchOf(flags.dynamic, 'MOCK_DYNAMIC', env);
  if (dynamic !== undefined) options.dynamic = dynamic;
  const unique = switchOf(flags.unique, 'MOCK_UNIQUE', env);
  if (unique !== undefined) options.unique = unique;
  const seed = read('seed', '--seed', 'MOCK_SEED');
  if (seed) options.seed = seed.value;
  const spec = read('spec', '--spec', 'MOCK_SPEC');
  if (spec) options.specPath = spec.value;
  const maxSpecBytes = integer('maxSpecBytes', '--max-spec-bytes', 'MOCK_MAX_SPEC_BYTES');
  if (maxSpecBytes !== undefined) options.maxSpecBytes = maxSpecBytes;
  const stateFile = read('stateFile', '--state-file', 'MOCK_STATE_FILE');
  if (stateFile) options.stateFile = stateFile.value;
  const dataFile = read('data', '--data', 'MOCK_DATA');
  if (dataFile) options.dataFile = dataFile.value;
  const maxUsers = integer('maxUsers', '--max-users', 'MOCK_MAX_USERS');
  if (maxUsers !== undefined) options.maxUsers = maxUsers;
  const maxBodyBytes = integer('maxBodyBytes', '--max-body-bytes', 'MOCK_MAX_BODY_BYTES');
  if (maxBodyBytes !== undefined) options.maxBodyBytes = maxBodyBytes;
  const headersTimeout = integer('headersTimeout', '--headers-timeout', 'MOCK_HEADERS_TIMEOUT');
  if (headersTimeout !== undefined) options.headersTimeoutMs = headersTimeout;
  const requestTimeout = integer('requestTimeout', '--request-timeout', 'MOCK_REQUEST_TIMEOUT');
  if (requestTimeout !== undefined) options.requestTimeoutMs = requestTimeout;
  const keepAliveTimeout = integer('keepAliveTimeout', '--keep-alive-timeout', 'MOCK_KEEP_ALIVE_TIMEOUT');
  if (keepAliveTimeout !== undefined) options.keepAliveTimeoutMs = keepAliveTimeout;
  return { kind: 'run', options };
}

// Flags win over the comma-separated variable; neither keeps the default.
function tokenList(flags: unknown, variable: string | undefined): string[] | undefined {
  if (Array.isArray(flags) && flags.length > 0) return flags as string[];
  if (variable === undefined || variable.trim() === '') return undefined;
  return variable.split(',').map((token) => token.trim());
}

// A switch given as a flag is on; else its variable says true or false; else it is not given.
function switchOf(flag: unknown, variable: string, env: NodeJS.ProcessEnv): boolean | undefined {
  if (flag === true) return true;
  const text = env[variable];
  if (text === undefined || text === '') return undefined;
  const value = text.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(value)) return true;
  if (['0', 'false', 'no', 'off'].includes(value)) return false;
  throw new UsageError(`${variable} must be true or false, got ${JSON.stringify(text)}`);
}
