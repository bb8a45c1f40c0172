import type { JsonObject } from '../core/json/jsonObject';
import { type LoadSpecOptions, loadSpec } from '../core/spec/loadSpec';
import { validateOpenApi } from '../core/spec/validateOpenApi';

/** One version of a spec: as written (for pointers into the file) and dereferenced (to compare). */
export interface SpecDocument {
  path: string;
  raw: JsonObject;
  document: JsonObject;
}

/** Reads a spec with the safe loader and validates it as OpenAPI 3.1; any problem is a one-line SpecError. */
export async function loadSpecDocument(path: string, options: LoadSpecOptions = {}): Promise<SpecDocument> {
  const spec = loadSpec(path, options);
  await validateOpenApi(spec);
  return { path, raw: spec.raw, document: spec.document };
}
