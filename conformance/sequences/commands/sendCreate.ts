import { valueAtPointer } from '../../../core/spec/jsonPointer';
import { credentialsLabel } from '../../cases/credentialsLabel';
import { nonceTargets } from '../../cases/nonceTargets';
import type { SentBody } from '../../cases/sentBody';
import { parseResponseBody } from '../../checks/support/parseJsonBody';
import { responseOf } from '../../checks/support/responseOf';
import type { Credentials } from '../../model/credentials';
import type { Exchange } from '../../model/exchange';
import type { TestCase } from '../../model/testCase';
import { predictStatuses } from '../predictStatuses';
import type { ModelUser, ResourceModel } from '../resourceModel';
import type { ResourceOperations } from '../resourceOperations';
import { sequenceCase } from '../sequenceCase';
import type { SequenceContext } from '../sequenceContext';
import { declaredProperties, windowOf } from '../userExpectations';

/**
 * What a create reuses on purpose: the unique values of a refused create (`reusing`, its label), or a value
 * another user has (`taken`: the values, the statuses allowed, and the step's note and expectation in words).
 */
export interface CreateReuse {
  reusing?: string;
  taken?: { values: Record<string, string>; statuses: number[]; note: string; summary: string };
}

/** Sends a create as step `step` and records its outcome in the model. */
export async function sendCreate(
  model: ResourceModel,
  context: SequenceContext,
  step: number,
  credentials: Credentials,
  sent: SentBody,
  options: CreateReuse,
): Promise<Exchange> {
  const label = `user ${model.users.length + 1}`;
  const exchange = await context.send(
    prepareCreate(context, String(step), label, credentials, sent, options),
  );
  recordCreate(model, context.resource, exchange, String(step), label);
  return exchange;
}

/** A create as step `step` (`3`, or `3.2` in a burst), with what the model expects of it. */
export function prepareCreate(
  context: SequenceContext,
  step: string,
  label: string,
  credentials: Credentials,
  sent: SentBody,
  options: CreateReuse & { note?: string },
): TestCase {
  const { create } = context.resource;
  const { taken } = options;
  const statuses =
    taken?.statuses ??
    predictStatuses(
      {
        credentials,
        permissionRequired: create.operation.semantics?.permission?.required ?? true,
        body: sent.body,
      },
      201,
    );
  const note = options.note ?? taken?.note;
  const what = `${statuses.includes(201) ? ` ${label}` : ''} (${credentialsLabel(credentials)}, ${sent.body.mode} body${note ? `, ${note}` : ''})`;
  const summary = statuses.includes(201) ? `201: ${label} created` : `${statuses.join(' or ')}: refused`;
  return sequenceCase({
    operation: create.operation,
    credentials,
    sent,
    statuses,
    label: `step ${step}: create${what}`,
    model: {
      summary: taken?.summary ?? summary,
      ...(options.reusing ? { reusesRefusedCreate: options.reusing } : {}),
    },
    ...(options.reusing ? { keepsUniqueValues: true } : {}),
    ...(taken ? { takenValues: taken.values } : {}),
  });
}

/** What a create's answer tells the model: a new user, or a refusal that leaves its values free. */
export function recordCreate(
  model: ResourceModel,
  resource: ResourceOperations,
  exchange: Exchange,
  step: string,
  label: string,
): void {
  const response = responseOf(exchange);
  if (!response) return;
  if (response.status >= 200 && response.status <= 299) {
    const user = createdUser(resource, exchange, step, label);
    if (user) model.users.push(user);
    return;
  }
  if (response.status >= 400 && response.status <= 499 && response.status !== 409) {
    model.refusedCreates.push({
      label: `the refused create of step ${step}`,
      values: uniqueValues(resource, exchange),
    });
  }
}

/** The user a 2xx create answer describes, when it names an id. */
function createdUser(
  resource: ResourceOperations,
  exchange: Exchange,
  step: string,
  label: string,
): ModelUser | undefined {
  const response = responseOf(exchange);
  const parsed = response ? parseResponseBody(response) : undefined;
  const idName = resource.created.roles.id;
  if (!parsed?.ok || idName === undefined || parsed.value === null || typeof parsed.value !== 'object')
    return undefined;
  const answer = parsed.value as Record<string, unknown>;
  const id = answer[idName];
  if (typeof id !== 'string' && typeof id !== 'number') return undefined;
  const body: Record<string, unknown> = {};
  const sources = new Map<string, string>();
  for (const { name } of declaredProperties(resource)) {
    if (!Object.hasOwn(answer, name)) continue;
    body[name] = answer[name];
    sources.set(name, `the create of step ${step} returned`);
  }
  const created = windowOf(exchange);
  return {
    label,
    id: String(id),
    body,
    sources,
    created,
    lastChange: created,
    refusedChanges: new Map(),
    updated: new Set(),
    uncertain: false,
    former: new Map(),
  };
}

/** The identifying values a create sent (with the nonce), by JSON Pointer: what a refused create leaves free. */
function uniqueValues(resource: ResourceOperations, exchange: Exchange): Map<string, string> {
  const values = new Map<string, string>();
  const { testCase } = exchange;
  for (const target of nonceTargets(resource.create, testCase)) {
    const value = valueAtPointer(testCase.body.value, target.pointer);
    if (typeof value === 'string' && value.trim() !== '') values.set(target.pointer, value);
  }
  return values;
}
