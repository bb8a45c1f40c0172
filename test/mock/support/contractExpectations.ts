import { isDeepStrictEqual } from 'node:util';
import { isObject, type JsonObject } from '../../../core/json/jsonObject';
import { type Contract, documentedResponse } from '../../../core/spec/loadContract';
import { mediaTypeEssence } from '../../../core/spec/mediaType';
import type { MockResponse } from './send';

/**
 * What the mock's tests demand of a response, as lists of problems (empty = kept): the contract's
 * documented responses, and the realism rules of a 201. Its own test shows each rule failing.
 */
export interface ContractExpectations {
  /** Status documented, media type documented, body valid against the documented schema, headers as documented. */
  responseProblems(response: Pick<MockResponse, 'status' | 'headers' | 'text'>): string[];
  /**
   * A 201 answering `submitted`: shared properties echoed exactly, no undeclared property, every date-time
   * between sending and receiving and all equal (created = updated).
   */
  createdProblems(
    submitted: unknown,
    response: Pick<MockResponse, 'json' | 'sentAt' | 'receivedAt'>,
  ): string[];
  /** Properties of the body its documented schema does not declare. */
  undeclaredProperties(status: number, body: unknown): string[];
}

export function contractExpectations(contract: Contract): ContractExpectations {
  const { operation, validator } = contract;
  const requestProperties = propertiesOf(operation.requestSchema);
  const createdSchema = documentedResponse(operation, 201)?.schema ?? {};
  const createdProperties = propertiesOf(createdSchema);

  const undeclaredProperties = (status: number, body: unknown): string[] => {
    const schema = documentedResponse(operation, status)?.schema;
    if (!schema || !isObject(body)) return [];
    const declared = propertiesOf(schema);
    return Object.keys(body).filter((name) => !(name in declared));
  };

  return {
    responseProblems(response) {
      const documented = documentedResponse(operation, response.status);
      if (!documented) return [`status ${response.status} is not documented`];
      const problems: string[] = [];
      const contentType = String(response.headers['content-type'] ?? '');
      if (documented.mediaType) {
        const essence = mediaTypeEssence(contentType);
        if (essence !== documented.mediaType) {
          problems.push(`Content-Type is "${contentType}", documented ${documented.mediaType}`);
        }
        let body: unknown;
        try {
          body = JSON.parse(response.text);
        } catch {
          problems.push(`body is not JSON: ${response.text.slice(0, 80)}`);
        }
        if (body !== undefined && documented.schema) {
          for (const issue of validator.validate(documented.schema, body))
            problems.push(`body ${issue.message}`);
        }
      }
      for (const header of documented.headers) {
        const value = response.headers[header.name.toLowerCase()];
        if (value === undefined) {
          if (header.required) problems.push(`required header ${header.name} is missing`);
          continue;
        }
        if (header.schema) {
          for (const issue of validator.validate(header.schema, value)) {
            problems.push(`header ${header.name} ${issue.message}`);
          }
        }
      }
      return problems;
    },

    createdProblems(submitted, response) {
      const body = response.json;
      if (!isObject(body)) return ['201 body is not an object'];
      const problems = undeclaredProperties(201, body).map((name) => `undeclared property ${name}`);
      if (isObject(submitted)) {
        for (const name of Object.keys(createdProperties)) {
          if (
            name in requestProperties &&
            name in submitted &&
            !isDeepStrictEqual(body[name], submitted[name])
          ) {
            problems.push(
              `${name} is ${JSON.stringify(body[name])}, submitted ${JSON.stringify(submitted[name])}`,
            );
          }
        }
      }
      const times = Object.entries(createdProperties)
        .filter(([, schema]) => isObject(schema) && schema.format === 'date-time')
        .map(([name]) => [name, body[name]] as const);
      for (const [name, value] of times) {
        const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
        if (!(ms >= response.sentAt && ms <= response.receivedAt)) {
          problems.push(
            `${name} ${JSON.stringify(value)} is not between sending (${new Date(response.sentAt).toISOString()}) and receiving`,
          );
        }
      }
      if (new Set(times.map(([, value]) => value)).size > 1) {
        problems.push(
          `timestamps differ on creation: ${times.map(([n, v]) => `${n}=${String(v)}`).join(', ')}`,
        );
      }
      return problems;
    },

    undeclaredProperties,
  };
}

function propertiesOf(schema: object): JsonObject {
  const properties = (schema as { properties?: unknown }).properties;
  return isObject(properties) ? properties : {};
}
