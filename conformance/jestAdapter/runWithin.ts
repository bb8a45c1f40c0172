import type { ConformanceReport } from '../model/report';

/** Thrown from the run's progress callback once time is up, so the runner unwinds and closes the target. */
class TimeUp extends Error {}

/**
 * Runs the kit, stopping it after `limitMs`: a run jest stopped waiting for would go on sending requests and
 * keep its sockets (and jest) alive. The runner reports progress after every request and before shrinking
 * each check, so the run stops at the next of those (at worst after one request or one shrink time limit).
 */
export async function runWithin(
  limitMs: number,
  run: (onProgress: () => void) => Promise<ConformanceReport>,
): Promise<ConformanceReport> {
  let timeUp = false;
  const timer = setTimeout(() => {
    timeUp = true;
  }, limitMs);
  try {
    return await run(() => {
      if (timeUp) throw new TimeUp();
    });
  } catch (error) {
    if (error instanceof TimeUp) {
      throw new Error(`stopped after runTimeoutMs (${limitMs} ms): raise runTimeoutMs, or lower runs`);
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
