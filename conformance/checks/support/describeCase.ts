import type { TestCase } from '../../model/testCase';

/**
 * `a malformed body (removed required property /email) with a valid token`; `a request without a body with a
 * valid token` for one that has none (a describe), which no body made valid or not.
 */
export function describeCase(testCase: TestCase): string {
  const { body, credentials } = testCase;
  let bodyText: string;
  if (body.mode === 'malformed') bodyText = `a malformed body (${body.mutation.description})`;
  else if (body.origin.kind === 'none') bodyText = 'a request without a body';
  else if (body.origin.kind === 'fixture') bodyText = `a spec-valid body (fixture ${body.origin.fixtureId})`;
  else if (body.origin.kind === 'edge') bodyText = `a spec-valid body (edge value ${body.origin.edge})`;
  else bodyText = 'a spec-valid body';
  let credentialsText: string;
  if (credentials.mode === 'valid') {
    credentialsText =
      credentials.variant === undefined ? 'a valid token' : `a valid token (${credentials.variant})`;
  } else if (credentials.mode === 'forbidden') credentialsText = 'a valid token without permission';
  else credentialsText = `no valid credentials (${credentials.variant})`;
  return `${bodyText} with ${credentialsText}`;
}
