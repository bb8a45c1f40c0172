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
    // In the local part, so the address stays plainly valid: `ada.<nonce>@example.com`.
    const at = core.lastIndexOf('@');
    inner = [
      `${core.slice(0, at)}.${nonce}${core.slice(at)}`,
      `${core.slice(0, at)}${nonce}${core.slice(at)}`,
    ];
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
