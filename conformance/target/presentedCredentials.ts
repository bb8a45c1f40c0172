import { ACCESS_TOKEN_PARAMETER, type Credentials } from '../model/credentials';
import type { TestCase } from '../model/testCase';
import type { Secret } from '../secrets/secret';

/**
 * Not a secret: a well-formed bearer token no server issued. The same in every run, so a run replays byte
 * for byte.
 */
export const UNKNOWN_TOKEN = 'lakesail-contract-unknown-token-0000000000';

/** Some text of a request as sent (a secret in it) and as recorded (the secret as `$VARIABLE`). */
export interface SentText {
  sent: string;
  recorded: string;
}

/** Where a case's credentials go in its request; a part left out is sent as the case has it. */
export interface PresentedCredentials {
  /** The Authorization header; undefined sends none. */
  authorization?: SentText;
  /** A query string (`access_token=...`, without `?`) added to the URL. */
  query?: SentText;
  /** The body text, in place of the case's own. */
  bodyText?: SentText;
}

/**
 * How a case presents its credentials. Only here, at send time, do token values enter a request: a case
 * holds none, and the recorded request shows each as its variable (`$CONTRACT_TOKEN`).
 */
export function presentedCredentials(testCase: TestCase, secrets: readonly Secret[]): PresentedCredentials {
  const { credentials } = testCase;
  if (credentials.mode === 'forbidden')
    return { authorization: bearer('Bearer', secretOf('forbidden', secrets)) };
  const token = secretOf('valid', secrets);
  if (credentials.mode === 'valid') return { authorization: bearer(validScheme(credentials), token) };
  switch (credentials.variant) {
    case 'no-authorization':
      return {};
    case 'other-scheme':
      // RFC 7617 Basic credentials `contract:kit`: a real scheme, just not the one the spec demands.
      return { authorization: same('Basic Y29udHJhY3Q6a2l0') };
    case 'empty-bearer':
      return { authorization: same('Bearer ') };
    case 'unknown-token':
      return { authorization: same(`Bearer ${UNKNOWN_TOKEN}`) };
    case 'junk-after-token': {
      const header = bearer('Bearer', token);
      return { authorization: { sent: `${header.sent} junk`, recorded: `${header.recorded} junk` } };
    }
    case 'token-in-query':
      return {
        query: {
          sent: `${ACCESS_TOKEN_PARAMETER}=${encodeURIComponent(token.value)}`,
          recorded: `${ACCESS_TOKEN_PARAMETER}=$${token.variable}`,
        },
      };
    case 'token-in-body':
      return { bodyText: withTokenInBody(testCase, token) };
  }
}

function validScheme(credentials: Extract<Credentials, { mode: 'valid' }>): string {
  if (credentials.variant === 'lower-case-scheme') return 'bearer';
  if (credentials.variant === 'upper-case-scheme') return 'BEARER';
  return 'Bearer';
}

function bearer(scheme: string, secret: Secret): SentText {
  return { sent: `${scheme} ${secret.value}`, recorded: `${scheme} $${secret.variable}` };
}

function same(value: string): SentText {
  return { sent: value, recorded: value };
}

function secretOf(mode: Secret['mode'], secrets: readonly Secret[]): Secret {
  const secret = secrets.find((candidate) => candidate.mode === mode);
  // The runner never sends forbidden cases without the token; reaching this is a bug in the kit.
  if (secret === undefined) throw new Error(`a ${mode}-token case was sent without its token`);
  return secret;
}

/**
 * The case's JSON object body with the token as its `access_token` property. Recorded with the variable as the
 * property's string, so a curl line sends it again from the shell's variable (exactly, for tokens without `"`
 * or `\`, which no RFC 6750 token has).
 */
function withTokenInBody(testCase: TestCase, token: Secret): SentText {
  const value = testCase.body.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    // The planner gives this variant JSON object bodies only.
    throw new Error('a token-in-body case without a JSON object body');
  }
  return {
    sent: JSON.stringify({ ...value, [ACCESS_TOKEN_PARAMETER]: token.value }),
    recorded: JSON.stringify({ ...value, [ACCESS_TOKEN_PARAMETER]: `$${token.variable}` }),
  };
}
