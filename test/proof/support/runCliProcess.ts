import { spawn } from 'node:child_process';
import path from 'node:path';
import { packageRoot } from '../../../core/packageRoot';
import { ensureBuilt } from './ensureBuilt';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built CLI, `node dist/cli/main.js ...args`, as CI would: `CI=true`, no colours, and
 * no token in the environment unless `env` gives one. Killed if it runs longer than `killAfterMs`.
 */
export function runCliProcess(
  args: string[],
  env: Record<string, string> = {},
  killAfterMs = 60_000,
): Promise<CliResult> {
  ensureBuilt();
  const { CONTRACT_TOKEN: _, CONTRACT_FORBIDDEN_TOKEN: __, ...inherited } = process.env;
  const child = spawn(process.execPath, [path.join(packageRoot(), 'dist/cli/main.js'), ...args], {
    env: { ...inherited, CI: 'true', NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
