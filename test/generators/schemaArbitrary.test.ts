import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { schemaArbitrary } from '../../conformance/generators/schemaArbitrary';
import { isSpecError } from '../../core/errors';
import { loadContract } from '../../core/spec/loadContract';
import { loadSpec } from '../../core/spec/loadSpec';
import { createSchemaValidator } from '../../core/spec/schemaValidator';
import { isStrictDateTime } from '../../core/spec/strictDateTime';

const SEEDS = [1, 2, 3, 42, 1873];
const validator = createSchemaValidator();

/** Every keyword the generators support, so one property test covers them all. */
const KITCHEN_SINK = {
  type: 'object',
  required: ['name', 'code', 'kind', 'fixed', 'count', 'ratio', 'tags', 'when', 'nested', 'either'],
  additionalProperties: false,
  properties: {
    name: {
      type: 'string',
      minLength: 2,
      maxLength: 5,
      description: 'annotations are ignored',
      examples: ['ab'],
    },
    code: { type: 'string', pattern: '^[A-Z]{3}-\\d{2}$' },
    kind: { enum: ['a', 'b', 3] },
    fixed: { const: 'always' },
    count: { type: 'integer', minimum: 3, exclusiveMaximum: 9, multipleOf: 2 },
    ratio: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
    tags: {
      type: 'array',
      items: { type: 'string', format: 'uuid' },
      minItems: 1,
      maxItems: 3,
      uniqueItems: true,
    },
    when: { type: 'string', format: 'date-time' },
    day: { type: 'string', format: 'date' },
    at: { type: 'string', format: 'time' },
    link: { type: 'string', format: 'uri', readOnly: false, deprecated: false },
    host: { type: 'string', format: 'hostname' },
    ip: { type: 'string', format: 'ipv4' },
    mail: { type: 'string', format: 'email', maxLength: 20 },
    maybe: { type: ['string', 'null'], 'x-note': 'extensions are ignored' },
    flag: { type: 'boolean' },
    big: { type: 'integer', minimum: 3000000000 },
    nested: {
      type: 'object',
      required: ['inner'],
      properties: { inner: { type: 'string' } },
      additionalProperties: { type: 'integer' },
    },
    either: {
      anyOf: [
        { type: 'string', maxLength: 1 },
        { type: 'integer', maximum: 0 },
      ],
    },
    both: {
      allOf: [
        { type: 'string', minLength: 1 },
        { type: 'string', maxLength: 3 },
      ],
    },
    anything: {},
  },
};

function assertAllValid(schema: object, arbitrary: fc.Arbitrary<unknown>, numRuns = 300): void {
  for (const seed of SEEDS) {
    fc.assert(
      fc.property(arbitrary, (value) => {
        expect(validator.validate(schema, value)).toEqual([]);
      }),
      { seed, numRuns },
    );
  }
}

describe('schemaArbitrary', () => {
  test('every generated CreateUser body is valid under the spec, over several fixed seeds', async () => {
    const contract = await loadContract();
    const { requestSchema, requestSchemaPointer } = contract.operation;
    const arbitrary = schemaArbitrary(requestSchema, { pointer: requestSchemaPointer });
    for (const seed of SEEDS) {
      fc.assert(
        fc.property(arbitrary, (value) => {
          expect(contract.validator.validate(requestSchema, value)).toEqual([]);
        }),
        { seed, numRuns: 500 },
      );
    }
  });

  test('every supported keyword is honoured (values of a schema using them all are valid)', () => {
    assertAllValid(KITCHEN_SINK, schemaArbitrary(KITCHEN_SINK, { pointer: '/sink' }));
  });

  test('the validity check does fail on a value the schema refuses', () => {
    // The property above is only worth something if a broken generator makes it fail.
    const broken = fc.constant({ name: 'x' });
    expect(() => assertAllValid(KITCHEN_SINK, broken, 1)).toThrow(/Property failed/);
  });

  test('email addresses are conservative ASCII local@domain.tld, in mixed case, some plus-addressed or digits only', () => {
    const emails = fc.sample(schemaArbitrary({ type: 'string', format: 'email' }, { pointer: '' }), {
      seed: 7,
      numRuns: 500,
    }) as string[];
    for (const email of emails)
      expect(email).toMatch(/^[A-Za-z0-9]+([.+-][A-Za-z0-9]+)?@([A-Za-z]+\.)+[A-Za-z]{2,}$/);
    // Mixed case in both parts, so a server that lowercases what it echoes is seen.
    expect(emails.some((email) => /^[^@]*[A-Z]/.test(email))).toBe(true);
    expect(emails.some((email) => /@.*[A-Z]/.test(email))).toBe(true);
    expect(emails.some((email) => /^[^@]*\+/.test(email))).toBe(true);
    expect(emails.some((email) => /^[^@]*-/.test(email))).toBe(true);
    expect(emails.some((email) => /^\d+@/.test(email))).toBe(true);
  });

  test('date-times are strict RFC 3339', () => {
    const values = fc.sample(schemaArbitrary({ type: 'string', format: 'date-time' }, { pointer: '' }), {
      seed: 7,
      numRuns: 200,
    });
    for (const value of values) expect(isStrictDateTime(value as string)).toBe(true);
  });

  test('unknown extra properties appear sometimes, never with a reserved name nor __proto__', () => {
    const schema = { type: 'object', properties: { a: { type: 'string' } } };
    const reserved = ['id', 'createdAt', 'email', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'];
    const values = fc.sample(schemaArbitrary(schema, { pointer: '', reservedPropertyNames: reserved }), {
      seed: 3,
      numRuns: 1000,
    }) as Record<string, unknown>[];
    const extras = values.flatMap((value) => Object.keys(value).filter((key) => key !== 'a'));
    expect(extras.length).toBeGreaterThan(50);
    for (const name of extras) {
      expect(reserved).not.toContain(name);
      expect(name).not.toBe('__proto__');
    }
  });

  test('numbers are never -0, which JSON cannot carry', () => {
    const values = fc.sample(schemaArbitrary({ type: 'number', minimum: -1, maximum: 1 }, { pointer: '' }), {
      seed: 5,
      numRuns: 2000,
    });
    expect(values).toContain(0);
    expect(values.some((value) => Object.is(value, -0))).toBe(false);
  });

  test('additionalProperties: false means no extra property, ever', () => {
    const schema = { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false };
    const values = fc.sample(schemaArbitrary(schema, { pointer: '' }), { seed: 3, numRuns: 300 });
    for (const value of values) expect(Object.keys(value as object).every((key) => key === 'a')).toBe(true);
  });

  describe('fails loudly, naming the keyword and its JSON Pointer', () => {
    const thrown = (schema: unknown): Error => {
      try {
        schemaArbitrary(schema, { pointer: '/components/schemas/Thing' });
      } catch (error) {
        expect(isSpecError(error)).toBe(true);
        return error as Error;
      }
      throw new Error('expected a SpecError');
    };

    test('if on a property', () => {
      const schema = {
        type: 'object',
        properties: { phone: { type: 'string', if: { minLength: 1 } } },
      };
      expect(thrown(schema).message).toBe(
        'unsupported JSON Schema keyword "if" at /components/schemas/Thing/properties/phone/if: the conformance ' +
          'kit cannot generate values for it (supported: type, enum, const, properties, required, ' +
          'additionalProperties, minLength, maxLength, pattern, format, minimum, maximum, exclusiveMinimum, ' +
          'exclusiveMaximum, multipleOf, items, minItems, maxItems, uniqueItems, allOf, anyOf)',
      );
    });

    test('dependentRequired at the root, and keywords inside allOf members', () => {
      expect(thrown({ type: 'object', dependentRequired: { a: ['b'] } }).message).toMatch(
        /^unsupported JSON Schema keyword "dependentRequired" at \/components\/schemas\/Thing\/dependentRequired:/,
      );
      expect(thrown({ allOf: [{ type: 'string' }, { not: { const: '' } }] }).message).toMatch(
        /"not" at \/components\/schemas\/Thing\/allOf\/1\/not:/,
      );
    });

    test('a format it cannot generate', () => {
      expect(thrown({ type: 'string', format: 'idn-email' }).message).toMatch(
        /^unsupported format "idn-email" at \/components\/schemas\/Thing\/format:/,
      );
    });

    test('limits too narrow to meet (an error, not a hang)', () => {
      expect(thrown({ type: 'string', format: 'email', maxLength: 3 }).message).toBe(
        'cannot generate strings for /components/schemas/Thing: its format, pattern and length limits together are too narrow',
      );
    });

    test('a pattern fast-check cannot generate from (a lookahead)', () => {
      expect(thrown({ type: 'string', pattern: '^(?=a)a$' }).message).toBe(
        'unsupported pattern "^(?=a)a$" at /components/schemas/Thing/pattern: the conformance kit cannot generate ' +
          'values for it (Assertions of kind Lookahead not implemented yet!)',
      );
    });

    test('a recursive schema whose every value needs another (a required self-reference)', () => {
      const spec = recursiveSpec({
        type: 'object',
        required: ['next'],
        properties: { next: { $ref: '#/components/schemas/Thing' } },
      });
      expect(thrown(spec.schema).message).toBe(
        'recursive schema at /components/schemas/Thing: every value requires itself again, so none is finite',
      );
    });
  });
});

describe('recursive schemas (legal JSON Schema) are generated to a bounded depth', () => {
  test.each([
    [
      'an optional self-reference',
      {
        type: 'object',
        required: ['name'],
        properties: { name: { type: 'string' }, manager: { $ref: '#/components/schemas/Thing' } },
      },
    ],
    [
      'a list of itself',
      {
        type: 'object',
        properties: { children: { type: 'array', items: { $ref: '#/components/schemas/Thing' } } },
      },
    ],
    [
      'a branch of itself',
      { anyOf: [{ type: 'string' }, { type: 'array', items: { $ref: '#/components/schemas/Thing' } }] },
    ],
  ])('%s: finite values that the spec accepts', (_what, thing) => {
    const { schema, validator: specValidator } = recursiveSpec(thing);
    const values = fc.sample(schemaArbitrary(schema, { pointer: '/components/schemas/Thing' }), {
      seed: 7,
      numRuns: 200,
    });
    for (const value of values) {
      expect(specValidator.validate(schema, value)).toEqual([]);
      expect(depthOf(value)).toBeLessThanOrEqual(12);
    }
  });
});

/** A spec whose schema Thing is `thing`, loaded by the safe loader (which keeps the cycle as a reference). */
function recursiveSpec(thing: object) {
  const dir = mkdtempSync(path.join(tmpdir(), 'lakesail-recursive-'));
  try {
    const file = path.join(dir, 'openapi.yaml');
    writeFileSync(
      file,
      stringify({
        openapi: '3.1.0',
        info: { title: 't', version: '1' },
        paths: {},
        components: { schemas: { Thing: thing } },
      }),
    );
    const spec = loadSpec(file);
    const schemas = (spec.document.components as { schemas: Record<string, object> }).schemas;
    return { schema: schemas.Thing as object, validator: spec.validator };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  return 1 + Math.max(0, ...Object.values(value).map(depthOf));
}

test.each([
  ['minLength', { type: 'string', minLength: -1 }],
  ['maxLength', { type: 'string', maxLength: 2.5 }],
  ['minItems', { type: 'array', minItems: -3 }],
  ['maxItems', { type: 'array', maxItems: '4' }],
])(
  'a length limit that is not a non-negative integer (%s) is a spec error naming it, not a generator that runs out of memory',
  (keyword, schema) => {
    let thrown: unknown;
    try {
      schemaArbitrary(schema, { pointer: '#/components/schemas/Odd' });
    } catch (error) {
      thrown = error;
    }
    expect(isSpecError(thrown)).toBe(true);
    expect((thrown as Error).message).toContain(
      `${keyword} at #/components/schemas/Odd must be a non-negative integer`,
    );
  },
);
