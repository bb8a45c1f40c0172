import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..', '..');

export interface MockProcess {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (or the signal name) once the process has ended. */
  exited: Promise<number | string>;
}

/**
 * Runs the mock's entry (what `npm run mock` runs: `dist/mock/main.js`, which the tests' global setup keeps
 * built from the sources) in its own Node process, from the package root.
 */
export function spawnMockCli(args: string[], env: NodeJS.ProcessEnv = {}): MockProcess {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'mock', 'main.js'), ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    err += chunk.toString('utf8');
  });
  const exited = new Promise<number | string>((resolve) => {
    child.on('close', (code, signal) => resolve(code ?? signal ?? -1));
  });
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** Waits until the process prints a line with its URL; fails if it ends first. */
export async function urlPrintedBy(mock: MockProcess, timeoutMs = 20000): Promise<string> {
  const started = Date.now();
  for (;;) {
    const match = /http:\/\/\S+/.exec(mock.stdout());
    if (match) return match[0];
    if (mock.child.exitCode !== null) throw new Error(`the mock exited: ${mock.stderr()}`);
    if (Date.now() - started > timeoutMs) throw new Error(`no URL printed within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
