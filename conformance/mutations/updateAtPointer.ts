import { parsePointer } from '../../core/spec/jsonPointer';

/** A copy of `document` with the value at `pointer` replaced (or removed when `remove` is true); never mutates. */
function update(document: unknown, segments: string[], replacement: unknown, remove: boolean): unknown {
  const [head, ...rest] = segments;
  if (head === undefined) return replacement;
  if (Array.isArray(document)) {
    const copy = [...document];
    const index = Number(head);
    if (rest.length === 0 && remove) copy.splice(index, 1);
    else copy[index] = update(copy[index], rest, replacement, remove);
    return copy;
  }
  const copy = { ...(document as Record<string, unknown>) };
  if (rest.length === 0 && remove) delete copy[head];
  else copy[head] = update(copy[head], rest, replacement, remove);
  return copy;
}

export function setAtPointer(document: unknown, pointer: string, value: unknown): unknown {
  return update(document, parsePointer(pointer), value, false);
}

export function removeAtPointer(document: unknown, pointer: string): unknown {
  return update(document, parsePointer(pointer), undefined, true);
}
