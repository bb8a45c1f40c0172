import { oncePerObject } from '../../core/oncePerObject';

test('worked out once per key object, and separately for each key', () => {
  const seen: object[] = [];
  const sizeOf = oncePerObject((list: readonly number[]) => {
    seen.push(list);
    return { size: list.length };
  });
  const one = [1];
  const two = [1, 2];
  expect(sizeOf(one)).toBe(sizeOf(one));
  expect(sizeOf(two)).toEqual({ size: 2 });
  // An equal list is another key: the value belongs to the object, not to its contents.
  expect(sizeOf([1])).toEqual({ size: 1 });
  expect(seen).toEqual([one, two, [1]]);
});
