import type { CheckContext, ExchangeCheck } from '../model/check';
import type { Exchange } from '../model/exchange';
import type { Violation } from '../model/violation';
import { documentedResponseOf } from './support/documentedResponseOf';
import { headerValue } from './support/headerValue';
import { truncate } from './support/truncate';

const id = 'response-headers-conformance';
const title = 'Response header not as documented';

/** Every required response header documented for the status is present, and every documented one matches its schema. */
export const responseHeadersConformance: ExchangeCheck = {
  kind: 'exchange',
  id,
  title,
  holds: 'required headers present, documented headers valid',
  doc:
    'Every header the spec marks required for the status is present (401: WWW-Authenticate), and every ' +
    'documented header that is present matches its schema.',
  appliesTo: () => true,
  needs: 'response',
  check(exchange: Exchange, context: CheckContext): Violation[] {
    const found = documentedResponseOf(exchange, context);
    if (!found) return [];
    const { response, documented } = found;
    const violations: Violation[] = [];
    for (const header of documented.headers) {
      const value = headerValue(response, header.name);
      if (value === undefined) {
        if (header.required) {
          violations.push({
            checkId: id,
            title,
            message: `The ${response.status} response lacks the required header ${header.name}`,
            received: '(missing)',
            documented: `${header.name} (required)`,
          });
        }
        continue;
      }
      if (!header.schema) continue;
      const issues = context.spec.validator.validate(header.schema, asSchemaValue(header.schema, value));
      for (const issue of issues) {
        violations.push({
          checkId: id,
          title,
          message: `The ${response.status} response header ${header.name} does not match its schema: ${header.name}${issue.message.replace(/^\(root\)/, '')}`,
          received: `${header.name}: ${truncate(value)}`,
          documented: truncate(`${header.name}: ${JSON.stringify(header.schema)}`),
        });
      }
    }
    return violations;
  },
};

/** Header values are text; a header documented as a number or boolean is compared as one (OpenAPI `simple` style). */
function asSchemaValue(schema: Record<string, unknown>, value: string): unknown {
  if (schema.type === 'integer' || schema.type === 'number') {
    return value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : value;
  }
  if (schema.type === 'boolean') {
    if (value === 'true') return true;
    if (value === 'false') return false;
  }
  return value;
}
