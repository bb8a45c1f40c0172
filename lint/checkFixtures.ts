import type { FixturesFile } from '../core/fixtures/loadFixturesFile';
import type { RequestFixture } from '../core/fixtures/requestFixture';
import { documentedResponse } from '../core/spec/loadContract';
import type { Spec } from '../core/spec/loadSpec';
import type { OperationContract } from '../core/spec/operationContract';
import type { SchemaIssue } from '../core/spec/schemaValidator';
import type { LintProblem } from './lintProblem';

/** Reports one problem of one fixture: where (a JSON Pointer into its body, or '') and what. */
type Report = (pointer: string, message: string) => void;

/**
 * Every fixture of a file states the truth about its operation: the statuses it expects are documented and fit
 * its kind; it gives exactly the operation's path parameters (a `$resource` placeholder only for the resource's
 * ID); valid ones match every schema; a malformed one breaks exactly what it says, and nothing else.
 */
export function checkFixtures(spec: Spec, operation: OperationContract, file: FixturesFile): LintProblem[] {
  const problems: LintProblem[] = [];
  for (const fixture of file.fixtures) {
    const report: Report = (pointer, message) =>
      problems.push({
        check: 'fixture-matches-contract',
        file: file.path,
        pointer,
        message: `fixture ${fixture.id}: ${message}`,
      });
    checkStatuses(operation, fixture, report);
    checkPathParameters(spec, operation, fixture, report);
    checkBody(spec, operation, fixture, report);
  }
  return problems;
}

function checkStatuses(operation: OperationContract, fixture: RequestFixture, report: Report): void {
  for (const status of fixture.expect) {
    if (!documentedResponse(operation, status))
      report('', `expects ${status}, which the spec does not document`);
  }
  const success = (status: number) => status >= 200 && status < 300;
  if (fixture.kind === 'malformed') {
    if (fixture.expect.some(success)) report('', 'is malformed but expects a 2xx status');
    return;
  }
  // A well-formed request for a resource that does not exist is valid, and answered 404.
  const missing = Object.values(fixture.pathParameters).some(
    (value) => 'resource' in value && value.resource === 'missing',
  );
  if (missing && !(fixture.expect.length === 1 && fixture.expect[0] === 404))
    report('', 'names a missing resource, so it expects 404 alone');
  if (!missing && !fixture.expect.every(success)) report('', 'is valid but expects a non-2xx status');
}

function checkPathParameters(
  spec: Spec,
  operation: OperationContract,
  fixture: RequestFixture,
  report: Report,
): void {
  const declared = operation.parameters.filter((parameter) => parameter.in === 'path');
  for (const parameter of declared) {
    if (!(parameter.name in fixture.pathParameters))
      report('', `gives no value for path parameter ${parameter.name}`);
  }
  for (const [name, value] of Object.entries(fixture.pathParameters)) {
    const parameter = declared.find((candidate) => candidate.name === name);
    if (!parameter) {
      report('', `gives path parameter ${name}, which ${operation.operationId} does not have`);
      continue;
    }
    if ('resource' in value) {
      if (operation.semantics?.resourceParameter !== name)
        report(
          '',
          `gives { $resource } for ${name}, which is not the ID of the resource ${operation.operationId} is about`,
        );
      continue;
    }
    const issues = parameter.schema ? spec.validator.validate(parameter.schema, value.literal) : [];
    const meantToBreak = fixture.violates?.parameter === name ? fixture.violates.keyword : undefined;
    if (meantToBreak === undefined) {
      for (const issue of issues)
        report('', `path parameter ${name} is meant to be valid but ${issue.message}`);
    } else if (!issues.some((issue) => issue.keyword === meantToBreak)) {
      const found = issues.map((issue) => issue.keyword).join(', ') || 'nothing';
      report('', `path parameter ${name} is meant to break "${meantToBreak}" but breaks ${found}`);
    }
  }
}

function checkBody(spec: Spec, operation: OperationContract, fixture: RequestFixture, report: Report): void {
  const requestBody = operation.requestBody;
  const hasBody = fixture.contentType !== undefined;
  if (!requestBody) {
    if (hasBody) report('', `sends a body, but ${operation.operationId} takes none`);
    return;
  }
  if (!hasBody) {
    if (requestBody.required) report('', `sends no body, but ${operation.operationId} requires one`);
    return;
  }
  const schema = requestBody.schema ?? {};
  const violates = fixture.violates;
  if (violates && violates.parameter === undefined) {
    checkViolation(spec.validator.validate(schema, fixture.body), violates, report);
  } else if (!fixture.transport) {
    // Valid, or malformed in a path parameter only: then the body itself is valid JSON, and valid.
    if (fixture.body === undefined) {
      report('', 'has one fault, in a path parameter, so its body is a valid `body`, not a rawBody');
      return;
    }
    const meant = fixture.kind === 'valid' ? 'is meant to be valid' : 'is meant to have a valid body';
    for (const issue of spec.validator.validate(schema, fixture.body)) {
      report(issue.pointer, `${meant} but ${issue.message}`);
    }
  }
  checkTransport(requestBody.mediaType, fixture, report);
}

/** A body malformed on purpose breaks exactly the keyword it states, where it states. */
function checkViolation(
  issues: SchemaIssue[],
  { keyword, pointer }: { keyword: string; pointer: string },
  report: Report,
): void {
  const where = pointer || '(root)';
  if (issues.length === 0) {
    report(pointer, `is meant to break "${keyword}" at ${where} but the body is valid`);
  } else if (!issues.some((issue) => issue.keyword === keyword && issue.pointer === pointer)) {
    const found = issues.map((issue) => `${issue.keyword} at ${issue.pointer || '(root)'}`).join(', ');
    report(pointer, `is meant to break "${keyword}" at ${where} but breaks ${found}`);
  }
}

function checkTransport(mediaType: string, fixture: RequestFixture, report: Report): void {
  if (fixture.transport === 'invalid-json' && isJson(fixture.bodyText))
    report('', 'is meant to be invalid JSON but parses');
  if (fixture.transport === 'empty-body' && fixture.bodyText !== '')
    report('', 'is meant to have an empty body');
  if (
    fixture.transport === 'wrong-content-type' &&
    fixture.contentType?.split(';')[0]?.trim().toLowerCase() === mediaType
  ) {
    report('', `is meant to have a wrong Content-Type but sends ${mediaType}`);
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
