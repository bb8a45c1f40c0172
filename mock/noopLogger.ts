/**
 * A pino-shaped logger that drops everything. Prism logs every step of every request (and creates
 * child loggers for it); the mock has nothing to show from those logs, so it skips their cost.
 */
export const noopLogger: Record<string, unknown> = new Proxy(
  {},
  {
    get(_target, property) {
      if (property === 'child') return () => noopLogger;
      if (property === 'level') return 'silent';
      if (property === 'isLevelEnabled') return () => false;
      return noop;
    },
  },
);

function noop(): void {}
