import type { OperationContract } from '../../core/spec/operationContract';
import type { SentBody } from '../cases/sentBody';
import type { Credentials } from '../model/credentials';
import type { ModelExpectation } from '../model/modelExpectation';
import type { TestCase } from '../model/testCase';

/** One request of a sequence, as its command builds it from the model. */
export interface SequenceRequest {
  operation: OperationContract;
  pathParameters?: Record<string, string>;
  credentials: Credentials;
  /** Undefined for a request without a body (a describe). */
  sent: SentBody | undefined;
  /** What the contract allows now, by the model. */
  statuses: number[];
  /** `step 3: update user 1 (displayName), valid token`. */
  label: string;
  model: ModelExpectation;
  expectedTimes?: TestCase['expectedTimes'];
  keepsUniqueValues?: boolean;
  takenValues?: TestCase['takenValues'];
}

/** The case a sequence's request is sent as: every check judges it like any other, the model's checks too. */
export function sequenceCase(request: SequenceRequest): TestCase {
  const { operation, sent } = request;
  return {
    operationId: operation.operationId,
    action: operation.semantics?.action ?? 'create',
    pathParameters: request.pathParameters ?? {},
    credentials: request.credentials,
    body: sent?.body ?? { mode: 'valid', origin: { kind: 'none' }, value: undefined },
    bodyText: sent?.bodyText ?? '',
    contentType: sent?.contentType,
    expectedStatuses: request.statuses,
    label: request.label,
    model: request.model,
    ...(request.expectedTimes ? { expectedTimes: request.expectedTimes } : {}),
    ...(request.keepsUniqueValues ? { keepsUniqueValues: true } : {}),
    ...(request.takenValues ? { takenValues: request.takenValues } : {}),
  };
}
