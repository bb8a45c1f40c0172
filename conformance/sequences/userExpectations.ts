import { toPointer } from '../../core/spec/jsonPointer';
import { dateTimeProperties } from '../checks/support/dateTimeProperties';
import { timestampValue } from '../checks/support/timestampValue';
import type { Exchange } from '../model/exchange';
import type { ExpectedProperty, ModelCheckId, ModelExpectation } from '../model/modelExpectation';
import type { ExpectedWindow, TestCase, TimeWindow } from '../model/testCase';
import type { ModelUser } from './resourceModel';
import type { ResourceOperations } from './resourceOperations';

/** The properties of a user the model compares: every one the answer's schema declares, date-times as instants. */
export function declaredProperties(resource: ResourceOperations): { name: string; instant: boolean }[] {
  const schema = resource.created.schema;
  const names = Object.keys((schema?.properties ?? {}) as Record<string, unknown>);
  const instants = new Set(dateTimeProperties(schema));
  return names.map((name) => ({ name, instant: instants.has(name) }));
}

/** What a describe of `user` must show: every declared property as the model expects it. */
export function describeAgreement(
  user: ModelUser,
  resource: ResourceOperations,
): Record<string, ExpectedProperty> {
  return agreement(user, resource, (name) => {
    if (user.refusedChanges.has(name)) return 'refused-leaves-no-trace';
    if (user.updated.has(name)) return 'update-applied';
    return 'describes-created-user';
  });
}

/**
 * What an accepted update's answer must show: what it sent, and every other property as it was (an update
 * changes exactly what it sends).
 */
export function updateAgreement(
  user: ModelUser,
  resource: ResourceOperations,
  patch: Record<string, unknown>,
  step: number,
): Record<string, ExpectedProperty> {
  const patched = patchedProperties(resource, patch);
  const updated: ModelUser = { ...user, body: { ...user.body }, sources: new Map(user.sources) };
  for (const name of patched) {
    updated.body[name] = patch[name];
    updated.sources.set(name, `the update of step ${step} sent`);
  }
  const expected = agreement(updated, resource, (name) =>
    user.refusedChanges.has(name) && !patched.includes(name) ? 'refused-leaves-no-trace' : 'update-applied',
  );
  // The values as sent: the run's nonce goes into identifying values only then.
  for (const name of patched) {
    const property = expected[name];
    if (property) property.sentAt = toPointer([name]);
  }
  return expected;
}

/** The declared properties a patch sets (server-owned ones are not the client's to set: they change nothing). */
export function patchedProperties(resource: ResourceOperations, patch: Record<string, unknown>): string[] {
  return declaredProperties(resource)
    .map(({ name }) => name)
    .filter((name) => Object.hasOwn(patch, name) && !isServerOwned(name, resource));
}

function agreement(
  user: ModelUser,
  resource: ResourceOperations,
  ownerOf: (name: string) => ModelCheckId,
): Record<string, ExpectedProperty> {
  const { roles } = resource.created;
  const expected: Record<string, ExpectedProperty> = {};
  for (const { name, instant } of declaredProperties(resource)) {
    // The last-update time moves; updated-at-monotonic and timestamps-plausible judge it.
    if (name === roles['updated-at'] || !Object.hasOwn(user.body, name)) continue;
    const immutable = name === roles.id || name === roles['created-at'];
    const checkId = immutable ? 'immutable-properties' : ownerOf(name);
    const because =
      checkId === 'refused-leaves-no-trace'
        ? (user.refusedChanges.get(name) ?? 'a refused request')
        : (user.sources.get(name) ?? 'the server said before');
    expected[name] = { value: user.body[name], instant, checkId, because };
  }
  return expected;
}

/** Properties the server owns (id, times): a request cannot set them, an update that sends them changes nothing. */
export function isServerOwned(name: string, resource: ResourceOperations): boolean {
  const { roles } = resource.created;
  return name === roles.id || name === roles['created-at'] || name === roles['updated-at'];
}

/** The instant the user's last-update time may not go back before, when the model knows one. */
export function updatedAtFloor(
  user: ModelUser,
  resource: ResourceOperations,
): ModelExpectation['updatedAtNotBefore'] {
  const property = resource.created.roles['updated-at'];
  if (property === undefined) return undefined;
  const value = timestampValue(user.body[property]);
  if (!value) return undefined;
  return { property, ms: value.ms, seen: `value ${user.sources.get(property) ?? 'shown before'}` };
}

/** Where the user's timestamps must lie: its creation, and its last change (up to this exchange, for a no-op). */
export function userTimes(user: ModelUser, change?: ExpectedWindow): TestCase['expectedTimes'] {
  return { 'created-at': user.created, 'updated-at': change ?? user.lastChange };
}

/** The window of an exchange, from just before it was sent to just after its answer. */
export function windowOf(exchange: Exchange): TimeWindow {
  return { from: exchange.sentAt, to: exchange.receivedAt };
}
