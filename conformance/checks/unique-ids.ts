import { createHash } from 'node:crypto';
import { documentedResponse } from '../../core/spec/loadContract';
import type { CheckContext, RunCheck } from '../model/check';
import type { Exchange } from '../model/exchange';
import type { Violation } from '../model/violation';
import { parseResponseBody } from './support/parseJsonBody';
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

/**
 * The ids the run has seen, as their JSON or, past 64 characters, a digest of it (a server may send a megabyte
 * "id"), each with the case that got it first.
 */
type SeenIds = Map<string, string>;

/** Every resource created in a run (a 2xx whose documented schema has an `id`) has an id no other one has. */
export const uniqueIds: RunCheck<SeenIds> = {
  kind: 'run',
  id,
  title,
  holds: 'every created user has a unique id',
  doc: 'Every resource created in the run (a 201 body) has an id that no other created resource has.',
  appliesTo: (testCase) => testCase.body.mode === 'valid',
  needs: 'whole-body',
  newMemory: () => new Map(),
  check(exchange: Exchange, seen: SeenIds, context: CheckContext): Violation[] {
    const createdId = createdIdOf(exchange, context);
    if (createdId === undefined) return [];
    const json = JSON.stringify(createdId);
    const key = json.length <= 64 ? json : createHash('sha256').update(json).digest('base64');
    const earlierCase = seen.get(key);
    if (earlierCase === undefined) {
      seen.set(key, exchange.testCase.label);
      return [];
    }
    return [
      {
        checkId: id,
        title,
        message: `The created resource got id ${showValue(createdId)}, already returned for an earlier request (${earlierCase})`,
        received: `${ID_PROPERTY}: ${showValue(createdId)}`,
        documented: 'a different id for every created resource',
      },
    ];
  },
};

function createdIdOf(exchange: Exchange, context: CheckContext): unknown {
  const response = responseOf(exchange);
  if (!response || response.status < 200 || response.status > 299) return undefined;
  const schema = documentedResponse(context.contract.operation, response.status)?.schema as
    | { properties?: object }
    | undefined;
  if (!schema?.properties || !Object.hasOwn(schema.properties, ID_PROPERTY)) return undefined;
  const parsed = parseResponseBody(response);
  if (!parsed.ok || parsed.value === null || typeof parsed.value !== 'object') return undefined;
  const value = (parsed.value as Record<string, unknown>)[ID_PROPERTY];
  // A missing or null id is response-schema-conformance's finding; it is no evidence of a repeat.
  return value === null ? undefined : value;
}
