import { planCases } from '../cases/planCases';
import { withNonce } from '../cases/withNonce';
import type { ConformanceReport } from '../model/report';
import type { ConformanceOptions } from './conformanceOptions';
import { runWithCaseSource } from './runWithCaseSource';

/**
 * Tests a CreateUser server against the contract: the fixtures and edge values first, then `runs` generated
 * cases per credential mode and body mode; every check on every exchange; each failing check shrunk to a
 * minimal request. Resolves to the report, every token in it replaced by `$CONTRACT_TOKEN` /
 * `$CONTRACT_FORBIDDEN_TOKEN`. Rejects with a UsageError, SpecError or FixtureError for bad input, and with a
 * TargetUnreachableError when the first request cannot connect; violations never reject.
 */
export function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  return runWithCaseSource(options, { planCases, withNonce });
}
