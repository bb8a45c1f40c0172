import { edgeValues } from '../../conformance/cases/edgeValues';
import { reservedPropertyNames } from '../../conformance/cases/reservedPropertyNames';
import { loadFixtures } from '../../core/fixtures/loadFixtures';
import { loadContract } from '../../core/spec/loadContract';
import { createScratch } from '../support/specCopy';

const base = loadFixtures().find((fixture) => fixture.id === 'valid-plain-ascii')?.body;
const STRING_EDGES = [
  'empty-string',
  'length-256',
  'length-1000',
  'length-10000',
  'non-ascii-bmp',
  'astral-plane',
  'nul-character',
  'surrounding-whitespace',
  'apostrophe-and-spaces',
  'composed-and-decomposed',
];
const EMAIL_EDGES = [
  'plus-address',
  'sub-domain',
  'digits-only-local-part',
  'hyphenated-local-part',
  'mixed-case',
];

describe('edgeValues', () => {
  test('every string edge on every string property, the email edges on the email, extra properties, server-owned ones, and charset=utf-8', async () => {
    const contract = await loadContract();
    const edges = edgeValues(contract, base, reservedPropertyNames(contract));
    const on = (names: string[], pointer: string) => names.map((edge) => `${edge}:${pointer}`);
    expect(edges.map((edge) => edge.edge)).toEqual([
      ...on(STRING_EDGES, '/username'),
      ...on(EMAIL_EDGES, '/email'),
      ...['/firstName', '/lastName', '/displayName'].flatMap((pointer) => on(STRING_EDGES, pointer)),
      'extra-property:/unknownProperty',
      'deep-unknown-property:/unknownProperty',
      'server-owned-properties',
      'charset-utf-8',
    ]);
    for (const edge of edges) {
      expect(contract.validator.validate(contract.operation.requestSchema, edge.value)).toEqual([]);
    }
    expect(edges.at(-1)?.contentType).toBe('application/json; charset=utf-8');
  });

  test('the values: lengths in code points, whole astral characters, U+0000, surrounding whitespace, names, accents, addresses', async () => {
    const contract = await loadContract();
    const edges = new Map(edgeValues(contract, base, new Set()).map((edge) => [edge.edge, edge.value]));
    const firstName = (edge: string) => (edges.get(edge) as { firstName: string }).firstName;
    expect(firstName('length-256:/firstName')).toBe('Ada'.repeat(86).slice(0, 256));
    expect(Array.from(firstName('length-10000:/firstName'))).toHaveLength(10000);
    expect(firstName('empty-string:/firstName')).toBe('');
    expect(firstName('non-ascii-bmp:/firstName')).toBe('Ünïcødé 漢字');
    expect(firstName('astral-plane:/firstName')).toBe('Rocket 🚀 𝄞 🎉');
    expect(firstName('astral-plane:/firstName')).not.toMatch(/\p{Cs}/u); // no lone surrogate
    expect(firstName('nul-character:/firstName')).toBe('Ada\u0000Ada');
    expect(firstName('surrounding-whitespace:/firstName')).toBe(' \tAda  ');
    expect(firstName('apostrophe-and-spaces:/firstName')).toBe("Anne-Marie O'Brien de la Cruz");
    const accents = firstName('composed-and-decomposed:/firstName');
    expect(accents).toBe('Chlo\u00e9 Chloe\u0301');
    expect(accents.normalize('NFC')).not.toBe(accents);
    expect(accents.normalize('NFD')).not.toBe(accents);
    const email = (edge: string) => (edges.get(`${edge}:/email`) as { email: string }).email;
    expect(EMAIL_EDGES.map(email)).toEqual([
      'ada+contract@example.com',
      'ada@mail.eu.example.com',
      '1234567890@example.com',
      'ada-ada@example.com',
      'Ada@Example.COM',
    ]);
    let deep = (edges.get('deep-unknown-property:/unknownProperty') as { unknownProperty: unknown })
      .unknownProperty;
    let depth = 0;
    for (; typeof deep === 'object' && deep !== null; depth++) deep = (deep as { a: unknown }).a;
    expect(depth).toBe(3000);
    // Values of the server's own properties no server gives itself: the spec's example id, a time long past.
    expect(edges.get('server-owned-properties')).toEqual({
      ...(base as object),
      id: 'U7K2Q9XW3M',
      createdAt: '2001-02-03T04:05:06.789Z',
      updatedAt: '2001-02-03T04:05:06.789Z',
    });
    expect(edges.get('extra-property:/unknownProperty')).toMatchObject({
      unknownProperty: expect.any(String),
    });
  });

  test('an edge the spec forbids is not tried as valid (maxLength 10, additionalProperties false)', async () => {
    const scratch = createScratch();
    try {
      const contract = await loadContract(
        scratch.spec((spec) => {
          const userSpec = spec.components.schemas.UserSpec;
          userSpec.properties.firstName.maxLength = 10;
          userSpec.properties.lastName.minLength = 1;
          userSpec.additionalProperties = false;
        }),
      );
      const names = edgeValues(contract, base, new Set()).map((edge) => edge.edge);
      expect(names.filter((name) => name.endsWith(':/firstName'))).toEqual([
        'empty-string:/firstName',
        'non-ascii-bmp:/firstName',
        'nul-character:/firstName',
        'surrounding-whitespace:/firstName',
      ]);
      expect(names).not.toContain('empty-string:/lastName');
      expect(names).toContain('length-10000:/lastName');
      expect(names.some((name) => name.startsWith('extra-property'))).toBe(false);
    } finally {
      scratch.cleanup();
    }
  });
});
