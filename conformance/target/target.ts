import type { RequestListener, Server } from 'node:http';

/**
 * What the kit tests: a server at a base URL (real HTTP), or an app in this process (a request listener such
 * as an express app, or a `node:http` server). The checks never know which.
 */
export type Target = { baseUrl: string } | { app: RequestListener | Server };

export function isAppTarget(target: Target): target is { app: RequestListener | Server } {
  return 'app' in target;
}
