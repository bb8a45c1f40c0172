/**
 * lakesail-contract: the contract kit for the LakeSail org API. The one library entry; the jest adapter is
 * `lakesail-contract/jest`. Everything public is named here; nothing else is (no deep imports).
 */

export { ALL_CHECKS as checks } from './checks';
export type { ChangeLabel, ContractChange } from './diff/contractChange';
export { type DiffReport, toDiffReport } from './diff/diffReport';
export { DIFF_RULES, type DiffRule } from './diff/diffRules';
export { diffSpecs } from './diff/diffSpecs';
export { formatChange } from './diff/formatChange';
export { loadSpecDocument, type SpecDocument } from './diff/loadSpecDocument';
export { FixtureError, isFixtureError, isSpecError, isUsageError, SpecError, UsageError } from './errors';
export { type FormatOptions, formatReport, formatViolation } from './format/formatReport';
export { jsonReport } from './format/jsonReport';
export { junitReport } from './format/junitReport';
export { markdownReport } from './format/markdownReport';
export type { LintProblem } from './lint/lintProblem';
export { type LintOptions, type LintResult, lintSpec } from './lint/lintSpec';
export type { Check, CheckContext, ExchangeCheck, RunCheck, RunViolation } from './model/check';
export type { CredentialMode, Credentials, UnauthenticatedVariant } from './model/credentials';
export type { Exchange, Outcome, RecordedRequest, RecordedResponse } from './model/exchange';
export type { CheckSummary, ConformanceReport, Replay, ReportedViolation } from './model/report';
export type { BodyCase, BodyOrigin, Mutation, TestCase } from './model/testCase';
export type { CheckVerdict, Inconclusive, Violation } from './model/violation';
export type { ConformanceOptions } from './runner/conformanceOptions';
export { curlCommand } from './runner/curlCommand';
export { runConformance } from './runner/runConformance';
export type { RunProgress } from './runner/runPlan';
export { type Contract, loadContract } from './spec/loadContract';
export type { Target } from './target/target';
export { isTargetUnreachableError, TargetUnreachableError } from './target/targetUnreachableError';
