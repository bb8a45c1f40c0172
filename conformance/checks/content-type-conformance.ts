import { toPointer, valueAtPointer } from '../../core/spec/jsonPointer';
import type { ResponseContract } from '../../core/spec/loadContract';
import type { CheckContext, ExchangeCheck } from '../model/check';
import type { Exchange } from '../model/exchange';
import type { Violation } from '../model/violation';
import { documentedResponseOf } from './support/documentedResponseOf';
import { headerValue } from './support/headerValue';
import { truncate } from './support/truncate';

const id = 'content-type-conformance';
const title = 'Undocumented Content-Type';

/** The response Content-Type is a media type documented for the status; parameters such as charset are allowed. */
export const contentTypeConformance: ExchangeCheck = {
  kind: 'exchange',
  id,
  title,
  holds: 'every response has a documented Content-Type',
  doc:
    'When the status documents a body, the response Content-Type is one of its documented media types ' +
    '(parameters such as charset=utf-8 are allowed).',
  appliesTo: () => true,
  needs: 'response',
  check(exchange: Exchange, context: CheckContext): Violation[] {
    const found = documentedResponseOf(exchange, context);
    if (!found) return [];
    const { response, documented } = found;
    const documentedTypes = documentedMediaTypes(context, exchange, documented);
    if (documentedTypes.length === 0) return [];
    const received = headerValue(response, 'content-type');
    const essence = received?.split(';')[0]?.trim().toLowerCase() ?? '';
    const matches = (mediaType: DocumentedMediaType) => matchesMediaType(essence, mediaType);
    if (essence !== '' && documentedTypes.some(matches)) return [];
    const mediaTypes = documentedTypes.map((mediaType) => mediaType.text);
    return [
      {
        checkId: id,
        title,
        message:
          received === undefined
            ? `The ${response.status} response has no Content-Type, documented ${mediaTypes.join(', ')}`
            : `The ${response.status} response Content-Type ${received} is not documented, documented ${mediaTypes.join(', ')}`,
        received: received === undefined ? '(missing)' : truncate(received),
        documented: mediaTypes.join(', '),
      },
    ];
  },
};

/** A documented media type as the spec writes it, with its type and subtype in lower case. */
interface DocumentedMediaType {
  text: string;
  type: string | undefined;
  subtype: string | undefined;
}

/** A media type essence matches the documented type exactly or by a `*` wildcard (case-insensitive). */
function matchesMediaType(essence: string, documented: DocumentedMediaType): boolean {
  const [receivedType, receivedSubtype] = essence.split('/');
  if (documented.type === '*') return true;
  return (
    documented.type === receivedType && (documented.subtype === '*' || documented.subtype === receivedSubtype)
  );
}

const mediaTypesOf = new WeakMap<ResponseContract, DocumentedMediaType[]>();

/**
 * The media types the spec documents for a response, read and split once per response of the spec (not per
 * exchange).
 */
function documentedMediaTypes(
  context: CheckContext,
  exchange: Exchange,
  documented: ResponseContract,
): DocumentedMediaType[] {
  let mediaTypes = mediaTypesOf.get(documented);
  if (mediaTypes === undefined) {
    const operation = context.operationOf(exchange.testCase);
    const content = valueAtPointer(
      context.spec.document,
      `${operation.pointer}${toPointer(['responses', documented.status, 'content'])}`,
    );
    mediaTypes = Object.keys((content ?? {}) as Record<string, unknown>).map((text) => {
      const [type, subtype] = (text.split(';')[0] ?? '').trim().toLowerCase().split('/');
      return { text, type, subtype };
    });
    mediaTypesOf.set(documented, mediaTypes);
  }
  return mediaTypes;
}
