/** A user as stored and answered: the spec's properties, its ID and its times. */
export type User = Record<string, unknown>;

/** A value no two users may share, and how a refusal names it (`the username ada`). */
export interface UniqueKey {
  key: string;
  names: string;
}

export type StoreOutcome =
  | { kind: 'stored'; user: User }
  | { kind: 'missing' }
  | { kind: 'conflict'; message: string }
  | { kind: 'full'; message: string };

/**
 * Where users live. Asynchronous, as a database is, so a variation can put an `await` where a real server
 * has one; the reference's own store does each call at once, so each update is atomic.
 */
export interface UserStore {
  /** Whether a user has this ID: for choosing fresh IDs. */
  has(id: string): boolean;
  get(id: string): Promise<User | undefined>;
  /** Stores a new user under its ID (replacing one already there: only a broken ID generator reuses one). */
  create(user: User): Promise<StoreOutcome>;
  /** Replaces the user with what `revise` makes of it, in one step: nothing runs in between. */
  update(id: string, revise: (current: User) => User): Promise<StoreOutcome>;
}

export interface UserStoreSettings {
  /** The property that holds a user's ID. */
  idProperty: string;
  /** The values a user holds that no other user may hold (none in the reference: 409 is a choice). */
  uniqueKeys(user: User): UniqueKey[];
  /** The most users kept; past it, creates are refused. */
  maxUsers: number;
  /** The most bytes of users (as JSON) kept; past it, creates and growing updates are refused. */
  maxBytes: number;
}

interface Entry {
  user: User;
  bytes: number;
  keys: string[];
}

/** The reference's store: in memory, bounded in users and bytes, each call done at once. */
export function createUserStore(settings: UserStoreSettings): UserStore {
  const entries = new Map<string, Entry>();
  /** Which user holds each unique key. */
  const holders = new Map<string, string>();
  let totalBytes = 0;

  const conflictOf = (user: User, id: string): StoreOutcome | undefined => {
    const taken = settings.uniqueKeys(user).find(({ key }) => (holders.get(key) ?? id) !== id);
    return taken && { kind: 'conflict', message: `Another user already has ${taken.names}.` };
  };
  const full = (): StoreOutcome => ({
    kind: 'full',
    message: `This server keeps at most ${settings.maxUsers} users and ${settings.maxBytes} bytes of them; restart it to start afresh.`,
  });
  const put = (id: string, user: User, bytes: number) => {
    const previous = entries.get(id);
    for (const key of previous?.keys ?? []) holders.delete(key);
    const keys = settings.uniqueKeys(user).map(({ key }) => key);
    for (const key of keys) holders.set(key, id);
    totalBytes += bytes - (previous?.bytes ?? 0);
    entries.set(id, { user, bytes, keys });
    return { kind: 'stored', user } as const;
  };

  return {
    has: (id) => entries.has(id),
    get: async (id) => entries.get(id)?.user,
    async create(user) {
      const id = String(user[settings.idProperty]);
      const conflict = conflictOf(user, id);
      if (conflict) return conflict;
      const bytes = sizeOf(user);
      const replaced = entries.get(id)?.bytes ?? 0;
      const users = entries.size + (entries.has(id) ? 0 : 1);
      if (users > settings.maxUsers || totalBytes - replaced + bytes > settings.maxBytes) return full();
      return put(id, user, bytes);
    },
    async update(id, revise) {
      const current = entries.get(id);
      if (!current) return { kind: 'missing' };
      const user = revise(current.user);
      const conflict = conflictOf(user, id);
      if (conflict) return conflict;
      const bytes = sizeOf(user);
      if (bytes > current.bytes && totalBytes - current.bytes + bytes > settings.maxBytes) return full();
      return put(id, user, bytes);
    },
  };
}

function sizeOf(user: User): number {
  return Buffer.byteLength(JSON.stringify(user));
}
