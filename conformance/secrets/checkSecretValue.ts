import { UsageError } from '../../core/errors';
import { MIN_SECRET_LENGTH } from './secret';

/**
 * A token the kit can send and hide: 8 characters or more (a shorter one would be found in responses by chance,
 * and its forms in ordinary text), visible ASCII as bearer tokens are (RFC 6750). `name` says where it came
 * from (`--token`, `CONTRACT_TOKEN`, `token`); the value itself is never in the message.
 */
export function checkSecretValue(name: string, value: unknown): void {
  if (typeof value !== 'string') throw new UsageError(`${name} must be a string`);
  if (value.length < MIN_SECRET_LENGTH) {
    throw new UsageError(
      `${name} is shorter than ${MIN_SECRET_LENGTH} characters: give the real bearer token (one that short cannot be told apart from ordinary text in responses and reports)`,
    );
  }
  if (!/^[\x21-\x7e]+$/.test(value)) {
    throw new UsageError(
      `${name} has a character a bearer token cannot have: only visible ASCII, no spaces or control characters`,
    );
  }
}
