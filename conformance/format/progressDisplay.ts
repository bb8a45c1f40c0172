import type { RunProgress } from '../model/runProgress';

export interface ProgressDisplay {
  update(progress: RunProgress): void;
  /** Erases the line, so what follows starts clean. */
  clear(): void;
}

/** Nothing is shown for runs shorter than this; then the line is redrawn at most every `REDRAW_MS`. */
const QUIET_START_MS = 1000;
const REDRAW_MS = 100;

/** One overwritten status line on a terminal (stderr), for long runs. */
export function createProgressDisplay(
  write: (text: string) => void,
  now: () => number = Date.now,
): ProgressDisplay {
  const started = now();
  let lastDrawn = 0;
  let shown = false;
  return {
    update(progress) {
      const time = now();
      if (time - started < QUIET_START_MS || time - lastDrawn < REDRAW_MS) return;
      lastDrawn = time;
      shown = true;
      write(`\r\u001b[2K${describe(progress)}`);
    },
    clear() {
      if (shown) write('\r\u001b[2K');
      shown = false;
    },
  };
}

function describe(progress: RunProgress): string {
  const where =
    progress.phase === 'shrinking'
      ? `shrinking ${progress.label}`
      : `${progress.label} ${progress.done}/${progress.total}`;
  return `  … ${where} · ${progress.requests} requests sent`;
}
