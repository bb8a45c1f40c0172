/**
 * Freezes a parsed JSON value and everything in it (iteratively: a value may be deep), so that a value shared
 * between runs (a cached fixtures file) cannot be changed by one of them unnoticed.
 */
export function deepFreeze<T>(value: T): T {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (item === null || typeof item !== 'object' || Object.isFrozen(item)) continue;
    Object.freeze(item);
    pending.push(...Object.values(item));
  }
  return value;
}
