import { readFileSync } from 'node:fs';
import { oneLine, SpecError } from '../core/errors';
import { SwaggerParser } from '../core/spec/swaggerParser';
import type { JsonObject } from './jsonObject';

/** One version of a spec: as written (for pointers into the file) and dereferenced (to compare). */
export interface SpecDocument {
  path: string;
  raw: JsonObject;
  document: JsonObject;
}

/** Reads and validates an OpenAPI 3.1 spec with swagger-parser; any problem is a one-line SpecError. */
export async function loadSpecDocument(path: string): Promise<SpecDocument> {
  try {
    readFileSync(path);
  } catch (error) {
    throw new SpecError(`${path}: cannot read the spec: ${oneLine(error)}`);
  }
  let raw: JsonObject;
  let document: JsonObject;
  try {
    raw = (await SwaggerParser.parse(path)) as unknown as JsonObject;
    document = (await SwaggerParser.validate(path)) as unknown as JsonObject;
  } catch (error) {
    throw new SpecError(`${path}: ${oneLine(error)}`);
  }
  if (typeof document.openapi !== 'string' || !document.openapi.startsWith('3.1')) {
    throw new SpecError(
      `${path}: only OpenAPI 3.1 documents are supported, found openapi: ${String(document.openapi)}`,
    );
  }
  return { path, raw, document };
}
