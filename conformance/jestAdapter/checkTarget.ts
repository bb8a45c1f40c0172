import { UsageError } from '../../core/errors';
import type { Target } from '../target/target';

/** The keys of a target; any other key of the first argument is an option. */
export const TARGET_KEYS = ['app', 'baseUrl'] as const;

export const NO_TARGET =
  'no target: give { app } (a request listener or node:http server) or { baseUrl: "http://127.0.0.1:8080" }';

/** `value` as a target (`{ app }` or `{ baseUrl }`), or a usage error saying what is wrong with it. */
export function checkTarget(value: Record<string, unknown>): Target {
  const { app, baseUrl } = value;
  if (app !== undefined && baseUrl !== undefined) {
    throw new UsageError('give the target as app or as baseUrl, not both');
  }
  if (app !== undefined) {
    if (!isRequestListener(app) && !isServer(app)) {
      throw new UsageError('app must be a request listener (such as an express app) or a node:http server');
    }
    return { app } as Target;
  }
  if (baseUrl !== undefined) {
    if (typeof baseUrl !== 'string')
      throw new UsageError('baseUrl must be a string such as http://127.0.0.1:8080');
    return { baseUrl };
  }
  throw new UsageError(NO_TARGET);
}

function isRequestListener(value: unknown): boolean {
  return typeof value === 'function';
}

function isServer(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { listen?: unknown }).listen === 'function'
  );
}
