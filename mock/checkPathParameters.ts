import { describeIssue } from './describeBodyIssues';
import { errorAnswer, type MockAnswer } from './mockAnswer';
import type { MockContext } from './mockContext';
import type { MockOperation } from './mockOperation';

/**
 * The path parameters the mock checks itself (those of `type: string`, such as a `ResourceId`), after the token
 * and before the body: a malformed one gets 400 naming the parameter and the rule, in the words of the spec's
 * own example (`request path parameter user must match pattern "^[A-Z0-9]+$"`). Undefined when they all fit.
 */
export function checkPathParameters(
  mock: MockContext,
  operation: MockOperation,
  path: string,
): MockAnswer | undefined {
  if (operation.checkedPathParameters.length === 0) return undefined;
  const values = operation.pathParameters(path);
  const problems: string[] = [];
  for (const { name, schema } of operation.checkedPathParameters) {
    // A path the template only fits with an empty segment (`/users/`) has the empty value.
    const issues = mock.tools.validator.validate(schema, values?.[name] ?? '');
    for (const issue of issues) problems.push(`request path parameter ${name} ${describeIssue(issue).rule}`);
  }
  return problems.length === 0 ? undefined : errorAnswer(400, problems.join('; '));
}
