import { checkBearer } from './checkBearer';
import { errorAnswer, type MockAnswer } from './mockAnswer';
import type { MockContext } from './mockContext';
import type { MockOperation } from './mockOperation';

export type Authentication =
  /** `token`: the bearer token the request carries, when it carries one the mock accepts. */
  { kind: 'allowed'; token: string | undefined } | { kind: 'refused'; answer: MockAnswer };

/**
 * An operation that requires a bearer token checks it before anything else: 401 with `WWW-Authenticate`
 * (`error="invalid_token"` for a token the mock does not know), 403 for a forbidden token, with the message of
 * the permission the spec declares. A forbidden token is a valid identity: where the spec says the permission
 * is not required (`x-lakesail-permission` with `required: false`), it is answered as any other.
 * Other operations are Prism's to check (an operation without `security` needs nothing).
 */
export function authenticate(
  mock: MockContext,
  operation: MockOperation,
  header: string | undefined,
): Authentication {
  if (!operation.contract.requiresBearer) return { kind: 'allowed', token: undefined };
  const check = checkBearer(header, mock.tokens);
  if (check.outcome === 'allowed') return { kind: 'allowed', token: check.token };
  if (check.outcome === 'forbidden') {
    if (operation.contract.semantics?.permission?.required === false)
      return { kind: 'allowed', token: check.token };
    return { kind: 'refused', answer: errorAnswer(403, operation.forbiddenMessage) };
  }
  const challenge =
    check.reason === 'unknown-token'
      ? withError(operation.wwwAuthenticate, 'invalid_token')
      : operation.wwwAuthenticate;
  return { kind: 'refused', answer: errorAnswer(401, check.message, { 'WWW-Authenticate': challenge }) };
}

/** A challenge with an RFC 6750 `error` attribute. */
export function withError(challenge: string, error: string): string {
  return /\s/.test(challenge.trim()) ? `${challenge}, error="${error}"` : `${challenge} error="${error}"`;
}
