import type { RequestFixture } from '../../core/fixtures/requestFixture';
import type { Contract } from '../../core/spec/loadContract';
import type { TestCase } from '../model/testCase';
import { fixtureSentBody } from './fixtureSentBody';
import { type SentBody, toTestCase } from './sentBody';

/**
 * A curated fixture of a create as a case sent with the valid token, expecting the fixture's own statuses; or,
 * when the spec in use disagrees with it, the warning that says why it is not sent.
 */
export function fixtureCase(contract: Contract, fixture: RequestFixture): TestCase | { warning: string } {
  const { operation } = contract;
  const body = fixtureSentBody(operation, contract.validator, fixture);
  if ('notSent' in body) return { warning: `fixture ${fixture.id} is not sent: ${body.notSent}` };
  const target = {
    operationId: operation.operationId,
    action: operation.semantics?.action ?? 'create',
    pathParameters: {},
  };
  // A contract's operation has a request body schema (focusContract), so a fixture's body always comes back.
  return toTestCase(target, { mode: 'valid' }, body.sent as SentBody, fixture.expect);
}
