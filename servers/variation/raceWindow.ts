/**
 * How long a racy variation waits between a read and the write that depends on it: far longer than two
 * requests sent together take to arrive, so each of them reads before either writes, on every run.
 */
export const RACE_WINDOW_MS = 50;

/** Waits out the race window: the `await` a real server has there (an audit log, a second query). */
export function raceWindow(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, RACE_WINDOW_MS));
}
