import type { ResolvedMockOptions } from '../mockOptions';

/** How the mock treats bearer tokens, in counts: a page may show this, never a token's value. */
export interface TokenMode {
  /** `any`: every bearer token is valid (but the forbidden ones); `fixed`: only the `--token` ones. */
  mode: 'any' | 'fixed';
  validTokens: number;
  forbiddenTokens: number;
  description: string;
}

export function tokenMode(settings: Pick<ResolvedMockOptions, 'tokens' | 'forbiddenTokens'>): TokenMode {
  const valid = settings.tokens.length;
  const forbidden = settings.forbiddenTokens.length;
  const forbiddenText =
    forbidden === 0
      ? 'no token is forbidden'
      : `${count(forbidden, 'forbidden token')} (--forbidden-token) ${forbidden === 1 ? 'gets' : 'get'} 403`;
  const description =
    valid === 0
      ? `Any bearer token is valid; ${forbiddenText}.`
      : `${count(valid, 'fixed token')} (--token) ${valid === 1 ? 'is' : 'are'} valid, any other gets 401; ${forbiddenText}.`;
  return { mode: valid === 0 ? 'any' : 'fixed', validTokens: valid, forbiddenTokens: forbidden, description };
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
