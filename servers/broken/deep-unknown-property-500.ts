import type { RequestListener } from 'node:http';
import { createUsersApp, type ReferenceAppOptions } from '../reference/createUsersApp';
import { REFERENCE_PARTS } from '../reference/referenceParts';

/** How deep the sanitizer goes before it gives up (throws). */
const SANITIZE_DEPTH = 1000;

/**
 * Parses JSON without a depth limit, then strips `$`-keys recursively (mongo-sanitize style) and throws past
 * 1,000 levels: an unknown property nested a few thousand levels deep fails with 500.
 */
export function deepUnknownProperty500(options: ReferenceAppOptions): Promise<RequestListener> {
  return createUsersApp(options, {
    ...REFERENCE_PARTS,
    bodyParser: {
      ...REFERENCE_PARTS.bodyParser,
      parse(_contentType, bytes) {
        let value: unknown;
        try {
          value = JSON.parse(bytes.toString('utf8'));
        } catch {
          return { kind: 'refused', message: 'The request body is not valid JSON.' };
        }
        return { kind: 'value', value: sanitized(value, 0) };
      },
    },
  });
}

function sanitized(value: unknown, depth: number): unknown {
  if (depth > SANITIZE_DEPTH) throw new RangeError('sanitize: object nested too deeply');
  if (Array.isArray(value)) return value.map((item) => sanitized(item, depth + 1));
  if (value === null || typeof value !== 'object') return value;
  const kept = Object.entries(value).filter(([key]) => !key.startsWith('$'));
  return Object.fromEntries(kept.map(([key, item]) => [key, sanitized(item, depth + 1)]));
}
