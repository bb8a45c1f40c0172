import type { RequestListener, Server } from 'node:http';

/**
 * What the kit tests: a server at a base URL (real HTTP), or an app in this process (a request listener such
 * as an express app, or a `node:http` server). The checks never know which.
 */
export type Target = { baseUrl: string } | { app: RequestListener | Server };

/** The token values a target puts in requests; recorded requests show their variables instead. */
export interface TargetTokens {
  /** `CONTRACT_TOKEN`: an identity allowed to create users. */
  token: string;
  /** `CONTRACT_FORBIDDEN_TOKEN`: a valid identity without permission; forbidden cases are not sent without it. */
  forbiddenToken?: string;
}

export function isAppTarget(target: Target): target is { app: RequestListener | Server } {
  return 'app' in target;
}
