/** The CLI's exit codes; CI pipelines depend on them, so they never change meaning. */
export const EXIT = {
  /** The contract holds: no violation, no lint problem, no breaking change. */
  ok: 0,
  /** Violations, lint problems or breaking changes were found. */
  failed: 1,
  /** Usage error, unreadable spec or fixtures, or an unreachable target. */
  usage: 2,
} as const;
