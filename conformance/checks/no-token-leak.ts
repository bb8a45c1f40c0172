import type { CheckContext, ExchangeCheck } from '../model/check';
import type { Exchange } from '../model/exchange';
import type { Violation } from '../model/violation';
import { responseOf } from './support/responseOf';

const id = 'no-token-leak';
const title = 'Token leaked in response';

/** Tokens shorter than this are too likely to occur by chance; the runner warns about them instead. */
export const MIN_SECRET_LENGTH = 8;

/** No presented token (8 characters or more) appears in a response, as is, URL-encoded, JSON-escaped or in base64. */
export const noTokenLeak: ExchangeCheck = {
  kind: 'exchange',
  id,
  title,
  holds: 'no token in any response',
  doc:
    'No token presented in the run (8 characters or more) appears in any response header or body, as is, ' +
    'URL-encoded, JSON-escaped or in base64.',
  appliesTo: () => true,
  check(exchange: Exchange, context: CheckContext): Violation[] {
    const response = responseOf(exchange);
    if (!response) return [];
    const places: { where: string; text: string }[] = [];
    for (const [name, value] of Object.entries(response.headers)) {
      places.push({ where: `header ${name}`, text: Array.isArray(value) ? value.join('\n') : value });
    }
    places.push({ where: 'body', text: response.bodyText });
    const violations: Violation[] = [];
    for (const secret of context.secrets) {
      if (secret.length < MIN_SECRET_LENGTH) continue;
      for (const place of places) {
        const form = encodedForms(secret).find((candidate) => place.text.includes(candidate.text));
        if (!form) continue;
        // Never the token itself: where it is and in which form is enough to find it.
        violations.push({
          checkId: id,
          title,
          message: `The ${response.status} response ${place.where} contains a presented token${form.name}`,
          received: `${place.where}: a presented token${form.name}`,
          documented: 'no presented token in any response',
        });
      }
    }
    return violations;
  },
};

/** The forms a token may take in a response; the name says which one was found (empty for the token as is). */
function encodedForms(secret: string): { name: string; text: string }[] {
  const forms = [
    { name: '', text: secret },
    { name: ' (URL-encoded)', text: encodeURIComponent(secret) },
    { name: ' (JSON-escaped)', text: JSON.stringify(secret).slice(1, -1) },
    // Some JSON encoders (PHP's, Java's with HTML-safe output) also escape `/`.
    { name: ' (JSON-escaped)', text: JSON.stringify(secret).slice(1, -1).replace(/\//g, '\\/') },
    ...base64Cores(secret, 'base64').map((text) => ({ name: ' (base64)', text })),
    ...base64Cores(secret, 'base64url').map((text) => ({ name: ' (base64url)', text })),
  ];
  // Most tokens look the same in several forms; the first name is the plainest one.
  return forms.filter((form, index) => forms.findIndex((other) => other.text === form.text) === index);
}

/**
 * What base64 of a text containing the token always contains, wherever the token starts: base64 encodes
 * 3-byte groups, so the token's encoding depends on its offset modulo 3 (`Basic` credentials and
 * `base64("Bearer " + token)` put it at offset 1). For each offset, the characters of the groups made only
 * of token bytes.
 */
function base64Cores(secret: string, encoding: 'base64' | 'base64url'): string[] {
  const bytes = Buffer.from(secret);
  const cores: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString(encoding);
    const firstWholeGroup = Math.ceil(offset / 3);
    const lastWholeGroup = Math.floor((offset + bytes.length) / 3);
    const core = encoded.slice(4 * firstWholeGroup, 4 * lastWholeGroup);
    if (core.length >= 8) cores.push(core);
  }
  return cores;
}
