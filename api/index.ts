/**
 * lakesail-contract: the contract kit for the LakeSail org API. The one library entry; the jest adapter is
 * `lakesail-contract/jest`. Everything public is named here; nothing else is (no deep imports).
 */

export { ALL_CHECKS as checks } from '../conformance/checks';
export { type FormatOptions, formatReport, formatViolation } from '../conformance/format/formatReport';
export { htmlReport } from '../conformance/format/htmlReport';
export { jsonReport } from '../conformance/format/jsonReport';
export { junitReport } from '../conformance/format/junitReport';
export { markdownReport } from '../conformance/format/markdownReport';
export type { Check, CheckContext, CheckNeeds, ExchangeCheck, RunCheck } from '../conformance/model/check';
export type { CredentialMode, Credentials, UnauthenticatedVariant } from '../conformance/model/credentials';
export type {
  Exchange,
  Leak,
  Outcome,
  RecordedRequest,
  RecordedResponse,
} from '../conformance/model/exchange';
export type {
  CheckSummary,
  ConformanceReport,
  Replay,
  ReportedViolation,
  SequenceStep,
} from '../conformance/model/report';
export type { RunProgress } from '../conformance/model/runProgress';
export type { BodyCase, BodyOrigin, Mutation, TestCase } from '../conformance/model/testCase';
export type { CheckVerdict, Inconclusive, Violation } from '../conformance/model/violation';
export type { ConformanceOptions } from '../conformance/runner/conformanceOptions';
export { curlCommand } from '../conformance/runner/curlCommand';
export { runConformance } from '../conformance/runner/runConformance';
export type { Target } from '../conformance/target/target';
export {
  isTargetUnreachableError,
  TargetUnreachableError,
} from '../conformance/target/targetUnreachableError';
export {
  FixtureError,
  isFixtureError,
  isSpecError,
  isUsageError,
  SpecError,
  UsageError,
} from '../core/errors';
export { type Contract, loadContract } from '../core/spec/loadContract';
export type { ChangeLabel, ContractChange } from '../diff/contractChange';
export { type DiffReport, toDiffReport } from '../diff/diffReport';
export { DIFF_RULES, type DiffRule } from '../diff/diffRules';
export { diffSpecs } from '../diff/diffSpecs';
export { formatChange } from '../diff/formatChange';
export { loadSpecDocument, type SpecDocument } from '../diff/loadSpecDocument';
export type { LintProblem } from '../lint/lintProblem';
export { type LintOptions, type LintResult, lintSpec } from '../lint/lintSpec';
