import { addDisallowedProperty } from '../../conformance/mutations/addDisallowedProperty';
import { applyMutation } from '../../conformance/mutations/applyMutation';
import type { MutatedBody } from '../../conformance/mutations/bodyMutation';
import { changeType } from '../../conformance/mutations/changeType';
import { notAnObject } from '../../conformance/mutations/notAnObject';
import { removeRequiredProperty } from '../../conformance/mutations/removeRequiredProperty';
import { violateEnum } from '../../conformance/mutations/violateEnum';
import { violateFormat } from '../../conformance/mutations/violateFormat';
import { violateLength } from '../../conformance/mutations/violateLength';
import { violatePattern } from '../../conformance/mutations/violatePattern';
import { violateRange } from '../../conformance/mutations/violateRange';
import { createSchemaValidator } from '../../core/spec/schemaValidator';
import { contextFor, shippedContext } from './mutationTestContext';

const validator = createSchemaValidator();

/** Keyword and pointer of every issue ajv reports for a mutated body. */
function issuesOf(schema: object, result: MutatedBody): string[] {
  return validator.validate(schema, result.value).map((issue) => `${issue.keyword} ${issue.pointer}`);
}

/** A schema with every keyword the optional mutations break. */
const RICH = {
  type: 'object',
  required: ['name'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 2, maxLength: 5 },
    phone: { type: 'string', pattern: '^\\+[0-9]{6,15}$' },
    role: { enum: ['admin', 'member'] },
    kind: { const: 'user' },
    age: { type: 'integer', minimum: 0, exclusiveMaximum: 150 },
    nickname: { type: ['string', 'null'] },
  },
};
const RICH_BODY = { name: 'ada', phone: '+441234567', role: 'admin', kind: 'user', age: 36, nickname: 'A' };

describe('schema-level mutations on the shipped CreateUser schema', () => {
  test('remove-required-property removes each required property in turn', async () => {
    const { context, body } = await shippedContext();
    const results = removeRequiredProperty.apply(body, context);
    expect(results.map((result) => result.mutation.description)).toEqual([
      'removed required property /username',
      'removed required property /email',
      'removed required property /firstName',
      'removed required property /lastName',
      'removed required property /displayName',
    ]);
    for (const result of results) {
      expect(issuesOf(context.schema, result)).toEqual([`required ${result.mutation.pointer}`]);
      expect(result.bodyText).toBe(JSON.stringify(result.value));
      expect(result.mutation.level).toBe('schema');
    }
    expect(body).toHaveProperty('username'); // the valid body itself is never changed
  });

  test('change-type swaps a property for a number, null, array, object and boolean', async () => {
    const { context, body } = await shippedContext();
    const results = changeType.apply(body, context).filter((result) => result.mutation.pointer === '/email');
    expect(results.map((result) => (result.value as Record<string, unknown>).email)).toEqual([
      42,
      null,
      ['ada@example.com'],
      { value: 'ada@example.com' },
      true,
    ]);
    expect(results[0]?.mutation).toEqual({
      name: 'change-type',
      level: 'schema',
      description: '/email is a number, not a string',
      pointer: '/email',
    });
    for (const result of results) expect(issuesOf(context.schema, result)).toEqual(['type /email']);
    expect(changeType.apply(body, context).some((result) => result.mutation.pointer === '')).toBe(false);
  });

  test('violate-format breaks an email address in ways no reading accepts', async () => {
    const { context, body } = await shippedContext();
    const results = violateFormat.apply(body, context);
    expect(
      results.map((result) => [(result.value as { email: string }).email, result.mutation.description]),
    ).toEqual([
      ['ada.example.com', '/email has no @'],
      ['ada@ada@example.com', '/email has two @'],
      ['ad a@example.com', '/email has whitespace inside'],
      ['', '/email is empty'],
    ]);
    for (const result of results) expect(issuesOf(context.schema, result)).toEqual(['format /email']);
  });

  test('violate-format on other formats', () => {
    const schema = { type: 'object', properties: { at: { type: 'string', format: 'date-time' } } };
    const [result] = violateFormat.apply({ at: '2026-01-15T09:30:00Z' }, contextFor(schema));
    expect(result?.value).toEqual({ at: 'not a date-time' });
    expect(issuesOf(schema, result as MutatedBody)).toEqual(['format /at']);
  });

  test('not-an-object sends an array, null, a number and a string', async () => {
    const { context, body } = await shippedContext();
    const results = notAnObject.apply(body, context);
    expect(results.map((result) => result.bodyText.slice(0, 12))).toEqual([
      '[{"username"',
      'null',
      '42',
      '"not an obje',
    ]);
    for (const result of results) {
      expect(issuesOf(context.schema, result)).toEqual(['type ']);
      expect(result.mutation.pointer).toBe('');
    }
    expect(notAnObject.apply([1], context)).toEqual([]);
  });

  test('length, pattern, enum, range and additionalProperties mutations do not apply: the spec has none', async () => {
    const { context, body } = await shippedContext();
    for (const mutation of [
      violateLength,
      violatePattern,
      violateEnum,
      violateRange,
      addDisallowedProperty,
    ]) {
      expect(mutation.apply(body, context)).toEqual([]);
    }
  });
});

describe('mutations for keywords a spec may add', () => {
  const context = contextFor(RICH);
  const broken = (mutation: { apply: typeof violateLength.apply }) =>
    mutation.apply(RICH_BODY, context).map((result) => [result.mutation.description, issuesOf(RICH, result)]);

  test('the rich body is valid to begin with', () => {
    expect(validator.validate(RICH, RICH_BODY)).toEqual([]);
  });

  test('violate-length', () => {
    expect(broken(violateLength)).toEqual([
      ['/name is shorter than minLength 2', ['minLength /name']],
      ['/name is longer than maxLength 5', ['maxLength /name']],
    ]);
  });

  test('violate-pattern', () => {
    expect(broken(violatePattern)).toEqual([
      ['/phone does not match pattern ^\\+[0-9]{6,15}$', ['pattern /phone']],
    ]);
  });

  test('violate-enum (and const)', () => {
    expect(broken(violateEnum)).toEqual([
      ['/role is not one of the allowed values', ['enum /role']],
      ['/kind is not one of the allowed values', ['const /kind']],
    ]);
  });

  test('violate-range', () => {
    expect(broken(violateRange)).toEqual([
      ['/age is below minimum 0', ['minimum /age']],
      ['/age is not below 150', ['exclusiveMaximum /age']],
    ]);
  });

  test('add-disallowed-property', () => {
    expect(broken(addDisallowedProperty)).toEqual([
      [
        'added unknown property /unknownProperty where additionalProperties is false',
        ['additionalProperties '],
      ],
    ]);
  });
});

describe('applyMutation re-validates schema-level results', () => {
  test('a change-type the schema allows (null for a nullable property) is dropped', () => {
    const context = contextFor(RICH);
    const raw = changeType
      .apply(RICH_BODY, context)
      .filter((result) => result.mutation.pointer === '/nickname');
    const kept = applyMutation(changeType, RICH_BODY, context, validator).filter(
      (result) => result.mutation.pointer === '/nickname',
    );
    expect(raw.map((result) => result.mutation.description)).toContain('/nickname is a null, not a string');
    expect(kept.map((result) => result.mutation.description)).toEqual([
      '/nickname is a number, not a string',
      '/nickname is a array, not a string',
      '/nickname is a object, not a string',
      '/nickname is a boolean, not a string',
    ]);
    for (const result of kept) expect(validator.validate(RICH, result.value)).not.toEqual([]);
  });

  test('every remaining schema-level result on the shipped spec is invalid', async () => {
    const { contract, context, body } = await shippedContext();
    for (const mutation of [removeRequiredProperty, changeType, violateFormat, notAnObject]) {
      const kept = applyMutation(mutation, body, context, contract.validator);
      expect(kept).toHaveLength(mutation.apply(body, context).length);
    }
  });
});
