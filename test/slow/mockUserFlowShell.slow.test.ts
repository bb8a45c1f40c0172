/**
 * The docs' user-page flow with curl (README.md and docs/mock.md), run as written in bash against a mock started
 * as the block says (`--token admin-token-1234`): create, describe (the same user), update, the list, the reset.
 * Time budget: 30 s a block (the jest timeout below); about 2 s each.
 */
import { spawn } from 'node:child_process';
import { packageRoot } from '../../core/packageRoot';
import { type RunningMock, startMock } from '../../mock/startMock';
import { docBlock } from '../support/docBlock';

const BLOCK_BUDGET_MS = 30_000;
const HEADING = '### A user page: create, describe, update';

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ port: 0, tokens: ['admin-token-1234'] });
});
afterAll(() => mock.close());

test.each(['README.md', 'docs/mock.md'])(
  "%s's curl flow: the described user is the created one, the update merges, the list and the reset",
  async (doc) => {
    const block = docBlock(doc, HEADING, 'sh').replaceAll('http://127.0.0.1:4010', mock.url);
    const run = await bash(`set -euo pipefail\n${block}`);
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    const [described, updated, list, reset] = jsonValues(run.stdout) as [
      Record<string, string>,
      Record<string, string>,
      Record<string, string>[],
      { message: string },
    ];
    expect(described).toMatchObject({ username: 'ada', displayName: 'Ada Lovelace' });
    expect(updated).toEqual({
      ...described,
      displayName: 'Countess of Lovelace',
      updatedAt: expect.any(String),
    });
    expect(Date.parse(updated.updatedAt as string)).toBeGreaterThan(
      Date.parse(described.updatedAt as string),
    );
    expect(list).toContainEqual(updated);
    expect(reset).toEqual({ message: 'Reset: the mock keeps 0 users.' });
  },
  BLOCK_BUDGET_MS,
);

/** Runs a script in bash, asynchronously: the mock answering its curl lines runs in this process. */
function bash(script: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', script], {
      cwd: packageRoot(),
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** The JSON values curl printed one after the other, without newlines between them. */
function jsonValues(text: string): unknown[] {
  const values: unknown[] = [];
  let depth = 0;
  let inString = false;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (inString) {
      if (character === '\\') index++;
      else if (character === '"') inString = false;
    } else if (character === '"') {
      inString = true;
    } else if (character === '{' || character === '[') {
      if (depth === 0) start = index;
      depth++;
    } else if (character === '}' || character === ']') {
      depth--;
      if (depth === 0) values.push(JSON.parse(text.slice(start, index + 1)));
    }
  }
  return values;
}
