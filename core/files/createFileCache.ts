import { realpathSync, statSync } from 'node:fs';

/** Values read from files, kept while each file is unchanged. */
export interface FileCache<T> {
  /**
   * The value `load` made from `file` the last time, if the file has not changed since (same inode, size and
   * times) and `variant` (the options it was loaded with) is the same; otherwise `load`'s value, kept when
   * `keep` allows it. A file that cannot be stat'ed is never cached: `load` says what is wrong with it.
   */
  get(file: string, variant: string, load: () => T, keep?: (value: T) => boolean): T;
}

/**
 * A cache for one long-lived process (a jest suite, a proof that runs the kit many times): the same spec or
 * fixtures file is read, parsed and compiled once. The values must not be changed by their users.
 */
export function createFileCache<T>(): FileCache<T> {
  // One entry per file and variant: the kit and a server in the same process load the same spec with other
  // options, and one entry per file had each evict the other's on every run.
  const entries = new Map<string, { key: string; value: T }>();
  return {
    get(file, variant, load, keep = () => true) {
      const key = fileKey(file, variant);
      const slot = `${file}\0${variant}`;
      const cached = key === undefined ? undefined : entries.get(slot);
      if (cached && cached.key === key) return cached.value;
      const value = load();
      if (key !== undefined && keep(value)) entries.set(slot, { key, value });
      return value;
    },
  };
}

function fileKey(file: string, variant: string): string | undefined {
  try {
    const stat = statSync(realpathSync(file));
    return [stat.ino, stat.size, stat.mtimeMs, stat.ctimeMs, variant].join(':');
  } catch {
    return undefined;
  }
}
