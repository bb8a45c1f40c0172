import type { RequestFixture } from '../core/fixtures/requestFixture';
import { type Contract, documentedResponse } from '../core/spec/loadContract';
import type { LintProblem } from './lintProblem';

/** Valid fixtures match the request schema; malformed ones fail for exactly the reason they state. */
export function checkFixtures(
  contract: Contract,
  fixtures: RequestFixture[],
  fixturesPath: string,
): LintProblem[] {
  const problems: LintProblem[] = [];
  const report = (fixture: RequestFixture, pointer: string, message: string) =>
    problems.push({
      check: 'fixture-matches-contract',
      file: fixturesPath,
      pointer,
      message: `fixture ${fixture.id}: ${message}`,
    });
  const { operation, validator } = contract;

  for (const fixture of fixtures) {
    for (const status of fixture.expect) {
      if (!documentedResponse(operation, status))
        report(fixture, '', `expects ${status}, which the spec does not document`);
    }
    if (fixture.kind === 'valid') {
      for (const issue of validator.validate(operation.requestSchema, fixture.body)) {
        report(fixture, issue.pointer, `is meant to be valid but ${issue.message}`);
      }
      if (!fixture.expect.every((status) => status >= 200 && status < 300))
        report(fixture, '', 'is valid but expects a non-2xx status');
      continue;
    }
    if (fixture.expect.some((status) => status >= 200 && status < 300))
      report(fixture, '', 'is malformed but expects a 2xx status');
    if (fixture.violates) {
      const { keyword, pointer } = fixture.violates;
      const issues = validator.validate(operation.requestSchema, fixture.body);
      if (issues.length === 0) {
        report(
          fixture,
          pointer,
          `is meant to break "${keyword}" at ${pointer || '(root)'} but the body is valid`,
        );
      } else if (!issues.some((issue) => issue.keyword === keyword && issue.pointer === pointer)) {
        const found = issues.map((issue) => `${issue.keyword} at ${issue.pointer || '(root)'}`).join(', ');
        report(
          fixture,
          pointer,
          `is meant to break "${keyword}" at ${pointer || '(root)'} but breaks ${found}`,
        );
      }
    }
    if (fixture.transport === 'invalid-json' && isJson(fixture.bodyText))
      report(fixture, '', 'is meant to be invalid JSON but parses');
    if (fixture.transport === 'empty-body' && fixture.bodyText !== '')
      report(fixture, '', 'is meant to have an empty body');
    if (
      fixture.transport === 'wrong-content-type' &&
      fixture.contentType.split(';')[0]?.trim().toLowerCase() === operation.requestMediaType
    ) {
      report(fixture, '', `is meant to have a wrong Content-Type but sends ${operation.requestMediaType}`);
    }
  }
  return problems;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
