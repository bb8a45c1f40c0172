import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';

/** Authenticates but never authorizes: an identity without the CanManageUsers permission creates users (201). */
export async function forbiddenIgnored(options: ReferenceAppOptions): Promise<RequestListener> {
  return createReferenceApp({
    ...options,
    tokens: [...options.tokens, ...(options.forbiddenTokens ?? [])],
    forbiddenTokens: [],
  });
}
