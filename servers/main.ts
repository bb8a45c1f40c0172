#!/usr/bin/env node
import { createServer } from 'node:http';
import { Command, CommanderError } from 'commander';
import { oneLine } from '../core/errors';
import { loadContract } from '../core/spec/loadContract';
import { brokenServer } from './broken';
import { createReferenceApp } from './createReferenceApp';
import { hostileServer } from './hostile';

const collect = (value: string, previous: string[]) => [...previous, value];

/** Runs the reference CreateUser server on its own, for CI gates and manual tries. */
async function main(): Promise<void> {
  const program = new Command('reference-server')
    .description('the correct CreateUser server the conformance kit is tested against')
    .option('--port <n>', 'port to listen on (0: any free port)', process.env.PORT ?? '8080')
    .option('--host <host>', 'address to listen on', process.env.HOST ?? '127.0.0.1')
    .option('--token <token>', 'a valid bearer token (repeatable; default: $CONTRACT_TOKEN)', collect, [])
    .option(
      '--forbidden-token <token>',
      'a token without the CanManageUsers permission (repeatable; default: $CONTRACT_FORBIDDEN_TOKEN)',
      collect,
      [],
    )
    .option('--spec <file>', 'the OpenAPI spec to serve')
    .option(
      '--variant <name>',
      'run a broken server of servers/broken/ or a hostile one of servers/hostile/ instead (proof-of-power tests)',
    )
    .exitOverride();
  try {
    program.parse();
  } catch (error) {
    process.exitCode = error instanceof CommanderError && error.exitCode === 0 ? 0 : 2;
    return;
  }
  const options = program.opts<{
    port: string;
    host: string;
    token: string[];
    forbiddenToken: string[];
    spec?: string;
    variant?: string;
  }>();
  const tokens = options.token.length > 0 ? options.token : [process.env.CONTRACT_TOKEN].filter(Boolean);
  const forbiddenTokens =
    options.forbiddenToken.length > 0
      ? options.forbiddenToken
      : [process.env.CONTRACT_FORBIDDEN_TOKEN].filter(Boolean);
  const port = Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a port number, got ${options.port}`);
  if (tokens.length === 0) throw new Error('give at least one valid token: --token T or CONTRACT_TOKEN');
  const hostile = options.variant === undefined ? undefined : hostileServer(options.variant);
  const variant = options.variant === undefined ? undefined : (hostile ?? brokenServer(options.variant));
  const contract = await loadContract(options.spec);
  const app = await (variant?.create ?? createReferenceApp)({
    tokens: tokens as string[],
    forbiddenTokens: forbiddenTokens as string[],
    contract,
  });
  const server = createServer(app);
  server.listen(port, options.host, () => {
    const address = server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    const label = variant ? `${hostile ? 'hostile' : 'broken'} server ${variant.name}` : 'reference server';
    process.stdout.write(`${label} listening on http://${options.host}:${actualPort}\n`);
  });
  server.on('error', (error) => {
    process.stderr.write(`reference-server: ${oneLine(error)}\n`);
    process.exit(2);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  process.stderr.write(`reference-server: ${oneLine(error)}\n`);
  process.exitCode = 2;
});
