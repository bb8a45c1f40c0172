import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { packageRoot } from '../../../core/packageRoot';
import { ensureBuilt } from './ensureBuilt';

export interface ServerProcessOptions {
  /** A broken server of `servers/broken/`; the reference when undefined. */
  variant?: string;
  token: string;
  forbiddenToken?: string;
}

export interface ServerProcess {
  /** `http://127.0.0.1:PORT`, as the server printed it. */
  baseUrl: string;
  child: ChildProcess;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>;
  /** Everything the process wrote to stderr so far. */
  stderr(): string;
  /** Kills the process (if it still runs) and waits for it to end. */
  stop(): Promise<void>;
}

/**
 * Runs the reference server as its users do (`node dist/servers/main.js --port 0`, the public
 * `lakesail-reference-server`), or a broken one (`node dist/servers/proofServerMain.js --variant NAME`, not
 * shipped), on 127.0.0.1 and resolves once it prints the URL it listens on.
 */
export function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const args = ['--port', '0', '--host', '127.0.0.1', '--token', options.token];
  if (options.forbiddenToken) args.push('--forbidden-token', options.forbiddenToken);
  if (!options.variant) return startListeningProcess('dist/servers/main.js', args);
  return startListeningProcess('dist/servers/proofServerMain.js', [...args, '--variant', options.variant]);
}

/** Runs the mock as its users do: `node dist/mock/main.js --port 0 --token T --forbidden-token F`. */
export function startMockProcess(options: Omit<ServerProcessOptions, 'variant'>): Promise<ServerProcess> {
  const args = ['--port', '0', '--host', '127.0.0.1', '--token', options.token];
  if (options.forbiddenToken) args.push('--forbidden-token', options.forbiddenToken);
  return startListeningProcess('dist/mock/main.js', args);
}

/** Runs `node SCRIPT ...args` and resolves once it prints `listening on http://...`. */
async function startListeningProcess(script: string, args: string[]): Promise<ServerProcess> {
  ensureBuilt();
  const child = spawn(process.execPath, [path.join(packageRoot(), script), ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CI: 'true' },
  });
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | string>((resolve) => {
    child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'));
  });
  const baseUrl = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = / listening on (http:\/\/\S+)/.exec(stdout);
      if (match?.[1]) resolve(match[1]);
    });
    void exited.then((code) =>
      reject(new Error(`${script} exited (${code}) before listening: ${stderr.trim()}`)),
    );
  });
  return {
    baseUrl,
    child,
    exited,
    stderr: () => stderr,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
