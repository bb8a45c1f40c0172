import type { Contract } from '../../core/spec/loadContract';
import type { SchemaLocation } from '../mutations/schemaLocations';
import { setAtPointer } from '../mutations/updateAtPointer';

/** Ways to put `nonce` into `text`, best first, keeping its surrounding whitespace and (for long text) its length. */
function shapes(text: string, nonce: string, isEmail: boolean): string[] {
  const core = text.trim();
  if (core === '') return [];
  const lead = text.slice(0, text.length - text.trimStart().length);
  const trail = text.slice(text.trimEnd().length);
  let inner: string[];
  if (isEmail && core.lastIndexOf('@') > 0) {
    // In the local part, so the address stays plainly valid: `ada.<nonce>@example.com`; a local part of digits
    // only stays digits only (the shape being tested).
    const at = core.lastIndexOf('@');
    const local = core.slice(0, at);
    inner = /^\d+$/.test(local)
      ? [`${local}${nonceDigits(nonce)}${core.slice(at)}`]
      : [`${local}.${nonce}${core.slice(at)}`, `${local}${nonce}${core.slice(at)}`];
  } else {
    const points = Array.from(core);
    const appended = [`${core}.${nonce}`, `${core}${nonce}`];
    // Over the tail, whole code points only: the length of a long value is the edge being tested.
    const overwritten =
      points.length >= nonce.length
        ? [`${points.slice(0, points.length - nonce.length).join('')}${nonce}`]
        : [];
    inner = points.length >= 2 * nonce.length ? [...overwritten, ...appended] : [...appended, ...overwritten];
  }
  return inner.map((shape) => `${lead}${shape}${trail}`);
}

/** The nonce as decimal digits, one to one (a leading 1 keeps leading zeros apart): `k3` is `1` `k3` in base 36. */
export function nonceDigits(nonce: string): string {
  let value = 1n;
  for (const character of nonce) value = value * 36n + BigInt(Number.parseInt(character, 36));
  return value.toString();
}

/**
 * `body` with `nonce` put into the string at `target`, in the first shape the schema still accepts there; undefined
 * when the value cannot carry it (empty or blank, or no shape fits the schema's limits).
 */
export function insertNonce(
  contract: Contract,
  body: unknown,
  target: SchemaLocation,
  nonce: string,
): unknown {
  const { requestSchema } = contract.operation;
  for (const shape of shapes(target.value as string, nonce, target.schema.format === 'email')) {
    const candidate = setAtPointer(body, target.pointer, shape);
    const issues = contract.validator.validate(requestSchema, candidate);
    if (!issues.some((issue) => issue.pointer === target.pointer)) return candidate;
  }
  return undefined;
}
