import { documentedResponse } from '../../core/spec/loadContract';
import type { CheckContext, RunCheck, RunViolation } from '../model/check';
import type { Exchange } from '../model/exchange';
import { parseJsonBody } from './support/parseJsonBody';
import { responseOf } from './support/responseOf';
import { showValue } from './support/showValue';

const id = 'unique-ids';
const title = 'Duplicate resource id';

/**
 * The property that identifies a created resource. A schema cannot say which property is the identifier, so
 * the check relies on the REST convention the contract follows (`User.id`); a response schema without an
 * `id` property leaves the check nothing to do.
 */
const ID_PROPERTY = 'id';

/** Every resource created in a run (a 2xx whose documented schema has an `id`) has an id no other one has. */
export const uniqueIds: RunCheck = {
  kind: 'run',
  id,
  title,
  holds: 'every created user has a unique id',
  doc: 'Every resource created in the run (a 201 body) has an id that no other created resource has.',
  appliesTo: (testCase) => testCase.body.mode === 'valid',
  check(exchanges: readonly Exchange[], context: CheckContext): RunViolation[] {
    const firstSeen = new Map<string, number>();
    const violations: RunViolation[] = [];
    for (const [exchangeIndex, exchange] of exchanges.entries()) {
      if (!uniqueIds.appliesTo(exchange.testCase)) continue;
      const createdId = createdIdOf(exchange, context);
      if (createdId === undefined) continue;
      const key = JSON.stringify(createdId);
      const earlier = firstSeen.get(key);
      if (earlier === undefined) {
        firstSeen.set(key, exchangeIndex);
        continue;
      }
      const earlierCase = exchanges[earlier]?.testCase.label ?? `exchange ${earlier}`;
      violations.push({
        checkId: id,
        title,
        message: `The created resource got id ${showValue(createdId)}, already returned for an earlier request (${earlierCase})`,
        received: `${ID_PROPERTY}: ${showValue(createdId)}`,
        documented: 'a different id for every created resource',
        exchangeIndex,
      });
    }
    return violations;
  },
};

function createdIdOf(exchange: Exchange, context: CheckContext): unknown {
  const response = responseOf(exchange);
  if (!response || response.status < 200 || response.status > 299) return undefined;
  const schema = documentedResponse(context.contract.operation, response.status)?.schema as
    | { properties?: object }
    | undefined;
  if (!schema?.properties || !Object.hasOwn(schema.properties, ID_PROPERTY)) return undefined;
  const parsed = parseJsonBody(response.bodyText);
  if (!parsed.ok || parsed.value === null || typeof parsed.value !== 'object') return undefined;
  const value = (parsed.value as Record<string, unknown>)[ID_PROPERTY];
  // A missing or null id is response-schema-conformance's finding; it is no evidence of a repeat.
  return value === null ? undefined : value;
}
