import { randomInt } from 'node:crypto';
import { UsageError } from '../../core/errors';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A fresh run id: 6 lower-case letters and digits, independent of the seed. It prefixes the nonce in every
 * username and email, so two runs against the same server never send the same value.
 */
export function newRunId(): string {
  let id = '';
  for (let i = 0; i < 6; i++) id += ALPHABET[randomInt(ALPHABET.length)];
  return id;
}

/** Run ids go into usernames and emails, so they are short and plain; `name` is the option as the caller knows it. */
export function checkRunId(runId: unknown, name = 'runId'): string {
  if (typeof runId !== 'string' || !/^[a-z0-9]{1,16}$/.test(runId)) {
    throw new UsageError(`${name} must be 1 to 16 lower-case letters and digits, got '${String(runId)}'`);
  }
  return runId;
}
