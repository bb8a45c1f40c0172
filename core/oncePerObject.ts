/**
 * `compute`, worked out once per key object and kept as long as the key lives (a WeakMap): for what the kit reads
 * from a schema, a contract or a response and then asks for on every exchange. `compute` must not change its key
 * and must return a value (undefined would be worked out again).
 */
export function oncePerObject<Key extends object, Value extends NonNullable<unknown>>(
  compute: (key: Key) => Value,
): (key: Key) => Value {
  const values = new WeakMap<Key, Value>();
  return (key) => {
    let value = values.get(key);
    if (value === undefined) {
      value = compute(key);
      values.set(key, value);
    }
    return value;
  };
}
