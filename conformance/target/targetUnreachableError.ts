/** The first request of a run could not connect (exit 2): the target is down or the URL is wrong. */
export class TargetUnreachableError extends Error {
  override readonly name = 'TargetUnreachableError';
}

export function isTargetUnreachableError(error: unknown): error is TargetUnreachableError {
  return error instanceof Error && error.name === 'TargetUnreachableError';
}
