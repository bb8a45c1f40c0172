import type { Action } from '../../core/spec/operationSemantics';
import type { Credentials } from '../model/credentials';
import type { BodyCase, BodyOrigin, TestCase } from '../model/testCase';
import type { MutatedBody } from '../mutations/bodyMutation';
import { caseLabel } from './caseLabel';
import { expectedStatuses } from './expectedStatuses';

/** A body as it is sent: what it is, its exact text and its Content-Type. Combined with credentials it is a case. */
export interface SentBody {
  body: BodyCase;
  bodyText: string;
  contentType: string | undefined;
}

export function validSentBody(value: unknown, origin: BodyOrigin, mediaType: string): SentBody {
  return { body: { mode: 'valid', origin, value }, bodyText: JSON.stringify(value), contentType: mediaType };
}

export function malformedSentBody(result: MutatedBody, origin: BodyOrigin): SentBody {
  return {
    body: { mode: 'malformed', origin, mutation: result.mutation, value: result.value },
    bodyText: result.bodyText,
    contentType: result.contentType,
  };
}

/** Where a case goes: the operation, and the values of its path parameters. */
export interface CaseTarget {
  operationId: string;
  action: Action;
  pathParameters: Readonly<Record<string, string>>;
}

/** The case of a body sent with the given credentials; `expected` overrides the contract's statuses (fixtures). */
export function toTestCase(
  target: CaseTarget,
  credentials: Credentials,
  sent: SentBody,
  expected?: number[],
): TestCase {
  return {
    operationId: target.operationId,
    action: target.action,
    pathParameters: target.pathParameters,
    credentials,
    body: sent.body,
    bodyText: sent.bodyText,
    contentType: sent.contentType,
    expectedStatuses: expected ?? expectedStatuses(credentials, sent.body),
    label: caseLabel(credentials, sent.body),
  };
}
