import { formatViolation } from '../../conformance/format/formatReport';
import { checkFailure } from '../../conformance/jest';
import { sampleReport, sampleViolation } from '../format/sampleReport';

// The adapter run in a child jest on a broken app: test/slow/jestAdapterProcess.slow.test.ts.
describe('the jest adapter on a broken app', () => {
  test('checkFailure: undefined for a passing check, the formatted violations for a failing one', () => {
    const report = sampleReport();
    expect(checkFailure(report, 'user-echo')).toBeUndefined();
    expect(checkFailure(report, 'status-code-documented')).toBe(
      `status-code-documented failed on 1 exchange (seed 1873, run id k3x9q2, target http://127.0.0.1:8080)\n\n${formatViolation(sampleViolation(), { replayAs: 'jest' })}`,
    );
  });
});
