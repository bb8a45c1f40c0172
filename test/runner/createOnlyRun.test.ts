import { runConformance } from '../../api';
import { createReferenceApp } from '../../servers/createReferenceApp';

const token = 'create-only-token-0123456789';
const options = async () => ({
  target: { app: await createReferenceApp({ tokens: [token] }) },
  token,
  seed: 5,
  runs: 20,
  runId: 'only1',
  operations: ['CreateUser'],
});

test('CreateUser alone: its tour, uniqueness sequences and bursts, no random sequences (what they would test needs a describe or update)', async () => {
  const steps: string[] = [];
  const report = await runConformance({
    ...(await options()),
    onProgress: (progress) => {
      if (progress.phase === 'sequences') steps.push(progress.label);
    },
  });
  expect(report.verdict).toBe('pass');
  expect([...new Set(steps)]).toEqual(['tour', 'uniqueness', 'bursts']);
});

test('--group sequences on a run of CreateUser alone is a usage error saying why, not a silent pass', async () => {
  await expect(
    runConformance({ ...(await options()), replayGroup: 'sequences', replayPath: '0' }),
  ).rejects.toThrow(
    '--group sequences: this run tests no describe or update operation, so it sends no random sequences',
  );
});
