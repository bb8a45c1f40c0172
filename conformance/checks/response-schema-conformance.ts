import { valueAtPointer } from '../../core/spec/jsonPointer';
import type { CheckContext, ExchangeCheck } from '../model/check';
import type { Exchange } from '../model/exchange';
import type { Violation } from '../model/violation';
import { documentedResponseOf } from './support/documentedResponseOf';
import { parseResponseBody } from './support/parseJsonBody';
import { schemaLabel } from './support/schemaLabel';
import { showValue } from './support/showValue';
import { truncate } from './support/truncate';

const id = 'response-schema-conformance';
const title = 'Response violates schema';

/** The body is JSON matching the schema documented for its status (`default` for undocumented ones). */
export const responseSchemaConformance: ExchangeCheck = {
  kind: 'exchange',
  id,
  title,
  holds: 'every body matches its documented schema',
  doc:
    'The body is JSON (UTF-8, as RFC 8259 demands) that matches the schema documented for its status (default ' +
    'for undocumented ones), formats included: date-time is strict RFC 3339.',
  appliesTo: () => true,
  needs: 'whole-body',
  check(exchange: Exchange, context: CheckContext): Violation[] {
    const found = documentedResponseOf(exchange, context);
    if (!found) return [];
    const { response, documented } = found;
    const { spec } = context;
    if (!documented.schema || documented.schemaPointer === undefined) return [];
    const schema = schemaLabel(spec, documented.schemaPointer);
    const unreadable = (message: string): Violation[] => [
      {
        checkId: id,
        title,
        message,
        received: truncate(response.bodyText) || '(empty body)',
        documented: schema,
      },
    ];
    if (response.invalidUtf8) {
      return unreadable(
        `The ${response.status} response body is not UTF-8 (JSON must be, RFC 8259 §8.1; each bad byte shows as U+FFFD), documented ${schema}`,
      );
    }
    const parsed = parseResponseBody(response);
    if (!parsed.ok && parsed.tooDeep) {
      return unreadable(`The ${response.status} response body is JSON ${parsed.error}, documented ${schema}`);
    }
    if (!parsed.ok) {
      return unreadable(
        `The ${response.status} response body is not JSON (${parsed.error}), documented ${schema}`,
      );
    }
    return spec.validator.validate(documented.schema, parsed.value).map((issue) => ({
      checkId: id,
      title,
      message: `The ${response.status} response body does not match ${schema}: ${issue.message}`,
      received: `${issue.pointer || '(root)'}: ${showValue(valueAtPointer(parsed.value, issue.pointer))}`,
      documented: schema,
    }));
  },
};
