import { createServer, type RequestListener } from 'node:http';
import type { Server } from 'node:net';
import { type Command, CommanderError } from 'commander';
import { oneLine } from '../core/errors';
import { type Contract, loadContract } from '../core/spec/loadContract';
import type { ReferenceAppOptions } from './createReferenceApp';

/** What a server entry serves, chosen from its own options once the common ones are read. */
export interface ServedApp {
  /** Printed before `listening on http://...`. */
  label: string;
  /** An app, or a server not yet listening (a hostile one may not even speak HTTP). */
  create(options: ReferenceAppOptions & { contract: Contract }): Promise<RequestListener | Server>;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/**
 * The command line every server entry shares (port, host, tokens, spec), then serves the app `choose` picks
 * from the parsed options until SIGINT or SIGTERM. A bad option: one line, exit 2.
 */
export async function runServerCli(
  program: Command,
  choose: (options: Record<string, unknown>) => ServedApp,
): Promise<void> {
  program
    .option('--port <n>', 'port to listen on (0: any free port)', process.env.PORT ?? '8080')
    .option('--host <host>', 'address to listen on', process.env.HOST ?? '127.0.0.1')
    .option('--token <token>', 'a valid bearer token (repeatable; default: $CONTRACT_TOKEN)', collect)
    .option(
      '--forbidden-token <token>',
      'a token without the CanManageUsers permission (repeatable; default: $CONTRACT_FORBIDDEN_TOKEN)',
      collect,
    )
    .option('--spec <file>', 'the OpenAPI spec to serve (default: the shipped spec)')
    .exitOverride();
  try {
    program.parse();
  } catch (error) {
    process.exitCode = error instanceof CommanderError && error.exitCode === 0 ? 0 : 2;
    return;
  }
  try {
    await serve(program, choose);
  } catch (error) {
    process.stderr.write(`${program.name()}: ${oneLine(error)}\n`);
    process.exitCode = 2;
  }
}

async function serve(program: Command, choose: (options: Record<string, unknown>) => ServedApp) {
  const options = program.opts<{
    port: string;
    host: string;
    token?: string[];
    forbiddenToken?: string[];
    spec?: string;
  }>();
  const tokens = options.token ?? [process.env.CONTRACT_TOKEN ?? ''].filter(Boolean);
  const forbiddenTokens =
    options.forbiddenToken ?? [process.env.CONTRACT_FORBIDDEN_TOKEN ?? ''].filter(Boolean);
  const port = Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a port number, got ${options.port}`);
  }
  if (tokens.length === 0) throw new Error('give at least one valid token: --token T or CONTRACT_TOKEN');
  const served = choose(options);
  const contract = await loadContract(options.spec);
  const app = await served.create({ tokens, forbiddenTokens, contract });
  const server = typeof app === 'function' ? createServer(app) : app;
  server.listen(port, options.host, () => {
    const address = server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    process.stdout.write(`${served.label} listening on http://${options.host}:${actualPort}\n`);
  });
  server.on('error', (error) => {
    process.stderr.write(`${program.name()}: ${oneLine(error)}\n`);
    process.exit(2);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
