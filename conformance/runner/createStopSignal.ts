/** Why a run stopped sending, once it has, and waits that end when it does. */
export interface StopSignal {
  /** Stops the run (the first reason is kept) and wakes every wait. */
  stop(reason: string): void;
  reason(): string | undefined;
  /** Waits `ms`, or less if the run stops meanwhile. */
  sleep(ms: number): Promise<void>;
}

export function createStopSignal(): StopSignal {
  let stopReason: string | undefined;
  const sleepers = new Set<() => void>();
  return {
    stop(reason) {
      stopReason ??= reason;
      for (const wake of sleepers) wake();
    },
    reason: () => stopReason,
    sleep: (ms) =>
      new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          sleepers.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, ms);
        sleepers.add(wake);
      }),
  };
}
