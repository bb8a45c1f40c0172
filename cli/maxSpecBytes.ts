import { checkInteger } from '../conformance/runner/checkInteger';
import { MAX_SPEC_BYTES_LIMIT, SPEC_LIMITS } from '../core/spec/specLimits';

/** `--max-spec-bytes`, the same on every command that reads a spec. */
export const MAX_SPEC_BYTES_FLAG = '--max-spec-bytes <n>';
export const MAX_SPEC_BYTES_HELP = `a larger spec (all its files together) is refused (default: ${SPEC_LIMITS.maxBytes})`;

export function maxSpecBytesOption(flag: string | undefined): { maxSpecBytes?: number } {
  if (flag === undefined) return {};
  return { maxSpecBytes: checkInteger('--max-spec-bytes', flag, 1, MAX_SPEC_BYTES_LIMIT) };
}
