/** Errors the CLI and the jest adapter turn into a one-line message; each has a stable `name`. */

/** A flag, an option or an environment variable is missing or malformed (exit 2). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The spec cannot be read, parsed or validated, or lacks the operation the kit needs (exit 2). */
export class SpecError extends Error {
  override readonly name = 'SpecError';
  /**
   * True when the spec was refused as unsafe or too large (a `$ref` leaving its folder, an alias bomb, a size
   * cap): every command stops with exit 2, `lint` included, which otherwise reports a bad spec as a finding.
   */
  readonly refused: boolean;

  constructor(message: string, options: { refused?: boolean } = {}) {
    super(message);
    this.refused = options.refused === true;
  }
}

/** The fixtures file cannot be read or is not in the documented format (exit 2). */
export class FixtureError extends Error {
  override readonly name = 'FixtureError';
}

export function isUsageError(error: unknown): error is UsageError {
  return error instanceof Error && error.name === 'UsageError';
}

export function isSpecError(error: unknown): error is SpecError {
  return error instanceof Error && error.name === 'SpecError';
}

export function isFixtureError(error: unknown): error is FixtureError {
  return error instanceof Error && error.name === 'FixtureError';
}

/** The message of anything thrown, on one line. */
export function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
