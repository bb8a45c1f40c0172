import fc from 'fast-check';
import { carriesNonce } from '../../conformance/cases/carriesNonce';
import { planCases } from '../../conformance/cases/planCases';
import { schemaArbitrary } from '../../conformance/generators/schemaArbitrary';
import type { TestCase } from '../../conformance/model/testCase';
import { isSpecError } from '../../core/errors';
import { loadFixtures } from '../../core/fixtures/loadFixtures';
import { type Contract, loadContract } from '../../core/spec/loadContract';
import { createScratch, createUserOperation } from '../support/specCopy';

const fixtures = loadFixtures();
const SEEDS = [1, 42, 1873];

let contract: Contract;
beforeAll(async () => {
  contract = await loadContract();
});

function samples(arbitrary: fc.Arbitrary<TestCase>, numRuns = 200): TestCase[] {
  return SEEDS.flatMap((seed) => fc.sample(arbitrary, { seed, numRuns }));
}

function isValid(target: Contract, testCase: TestCase): boolean {
  return target.validator.validate(target.operation.requestSchema, testCase.body.value).length === 0;
}

describe('planCases on the shipped spec', () => {
  test('explicit cases come in order: fixtures, edges, mutations, credential variants, forbidden', () => {
    const plan = planCases(contract, fixtures);
    expect(plan.warnings).toEqual([]);
    const kinds = plan.explicit.map((testCase) => {
      const { body, credentials } = testCase;
      if (credentials.mode === 'forbidden') return credentials.mode;
      if (credentials.mode === 'unauthenticated' || credentials.variant) return 'credential variant';
      if (body.origin.kind === 'edge') return 'edge';
      const curated =
        body.origin.kind === 'fixture' &&
        (body.mode === 'valid' || body.origin.fixtureId.startsWith('malformed-'));
      return curated ? 'fixture' : 'mutation';
    });
    const runs = kinds.filter((kind, index) => kind !== kinds[index - 1]);
    expect(runs).toEqual(['fixture', 'edge', 'mutation', 'credential variant', 'forbidden']);
    expect(plan.explicit.slice(0, fixtures.length).map((testCase) => testCase.label)).toEqual(
      fixtures.map((fixture) => `valid token, fixture ${fixture.id}`),
    );
  });

  test('fixtures keep their own expected statuses; edge values expect 201 (or 400 for a body nested thousands deep)', () => {
    const plan = planCases(contract, fixtures);
    fixtures.forEach((fixture, index) => {
      expect(plan.explicit[index]?.expectedStatuses).toEqual(fixture.expect);
      expect(plan.explicit[index]?.bodyText).toBe(fixture.bodyText);
    });
    const edges = plan.explicit.filter((testCase) => testCase.body.origin.kind === 'edge');
    expect(edges.length).toBeGreaterThan(30);
    for (const edge of edges) {
      const deep = edge.label.includes('deep-unknown-property');
      expect(edge.expectedStatuses).toEqual(deep ? [201, 400] : [201]);
    }
  });

  test('the transport mutations, each credential variant and the forbidden examples, on the first valid fixture', () => {
    const plan = planCases(contract, fixtures);
    const tail = plan.explicit.filter(
      (testCase) => testCase.body.origin.kind === 'fixture' && testCase.label.includes('valid-plain-ascii'),
    );
    expect(tail.map((testCase) => `${testCase.label} → ${testCase.expectedStatuses.join('|')}`)).toEqual([
      'valid token, fixture valid-plain-ascii → 201',
      'valid token, fixture valid-plain-ascii, invalid-json-syntax (JSON text cut short by its last character) → 400',
      'valid token, fixture valid-plain-ascii, invalid-json-syntax (JSON text with a trailing comma) → 400',
      'valid token, fixture valid-plain-ascii, wrong-content-type (sent as Content-Type: text/plain) → 400|415',
      'valid token, fixture valid-plain-ascii, form-urlencoded-body (its properties sent as application/x-www-form-urlencoded fields) → 400|415',
      'valid token, fixture valid-plain-ascii, multipart-form-body (its properties sent as multipart/form-data fields) → 400|415',
      'valid token, fixture valid-plain-ascii, empty-body (an empty body) → 400',
      'valid token as bearer <token>, fixture valid-plain-ascii → 201',
      'valid token as BEARER <token>, fixture valid-plain-ascii → 201',
      'no Authorization header, fixture valid-plain-ascii → 401',
      'another authentication scheme, fixture valid-plain-ascii → 401',
      'an empty bearer token, fixture valid-plain-ascii → 401',
      'an unknown token, fixture valid-plain-ascii → 401',
      'junk after the valid token (Bearer <token> junk), fixture valid-plain-ascii → 401',
      'the valid token only in ?access_token=, fixture valid-plain-ascii → 401',
      "the valid token only in the body's access_token, fixture valid-plain-ascii → 401",
      'forbidden token, fixture valid-plain-ascii → 403',
      'forbidden token, fixture valid-plain-ascii, remove-required-property (removed required property /username) → 403|400',
      'forbidden token, fixture valid-plain-ascii, wrong-content-type (sent as Content-Type: text/plain) → 403|400|415',
    ]);
  });

  test('five groups, each case of the mode it claims', () => {
    const plan = planCases(contract, fixtures);
    expect(plan.groups.map((group) => [group.name, group.credentials, group.bodyMode])).toEqual([
      ['valid-token/valid-body', 'valid', 'valid'],
      ['valid-token/malformed-body', 'valid', 'malformed'],
      ['unauthenticated/valid-body', 'unauthenticated', 'valid'],
      ['forbidden/valid-body', 'forbidden', 'valid'],
      ['forbidden/malformed-body', 'forbidden', 'malformed'],
    ]);
    for (const group of plan.groups) {
      for (const testCase of samples(group.arbitrary, 50)) {
        expect(testCase.credentials.mode).toBe(group.credentials);
        expect(testCase.body.mode).toBe(group.bodyMode);
      }
    }
  });

  test('generated valid bodies are valid; generated malformed bodies are malformed (over fixed seeds)', () => {
    const plan = planCases(contract, fixtures);
    const [validGroup, malformedGroup] = plan.groups;
    for (const testCase of samples(validGroup?.arbitrary as fc.Arbitrary<TestCase>)) {
      expect(isValid(contract, testCase)).toBe(true);
      expect(testCase.bodyText).toBe(JSON.stringify(testCase.body.value));
    }
    const names = new Set<string>();
    for (const testCase of samples(malformedGroup?.arbitrary as fc.Arbitrary<TestCase>)) {
      if (testCase.body.mode !== 'malformed') throw new Error('expected a malformed body');
      names.add(testCase.body.mutation.name);
      if (testCase.body.mutation.level === 'schema') expect(isValid(contract, testCase)).toBe(false);
      else if (testCase.contentType === 'application/json')
        expect(() => JSON.parse(testCase.bodyText)).toThrow();
      else expect(testCase.expectedStatuses).toEqual([400, 415]);
    }
    // Only the mutations that apply to this spec are picked, and each of them is.
    expect([...names].sort()).toEqual([
      'change-type',
      'empty-body',
      'form-urlencoded-body',
      'invalid-json-syntax',
      'multipart-form-body',
      'not-an-object',
      'remove-required-property',
      'violate-format',
      'wrong-content-type',
    ]);
  });

  test('generated bodies always carry the nonce (the empty username is left to the edge values)', () => {
    const plan = planCases(contract, fixtures);
    for (const group of plan.groups) {
      for (const testCase of samples(group.arbitrary, 100))
        expect(carriesNonce(contract, testCase)).toBe(true);
    }
    // Without that filter, the schema alone often gives an empty username.
    const { requestSchema } = contract.operation;
    const raw = SEEDS.flatMap((seed) =>
      fc.sample(schemaArbitrary(requestSchema, { pointer: '' }), { seed, numRuns: 100 }),
    ) as { username: string }[];
    expect(raw.filter((body) => body.username.trim() === '').length).toBeGreaterThan(10);
  });

  test('a malformed case shrinks towards the first mutation and its first result', () => {
    const plan = planCases(contract, fixtures);
    const malformed = plan.groups[1]?.arbitrary as fc.Arbitrary<TestCase>;
    const details = fc.check(
      fc.property(malformed, () => false),
      { seed: 42, numRuns: 1 },
    );
    const [shrunk] = details.counterexample as [TestCase];
    expect(shrunk.label).toBe(
      'valid token, generated body, remove-required-property (removed required property /username)',
    );
  });

  test('unauthenticated and forbidden cases are left out when the operation needs no bearer token', async () => {
    const scratch = createScratch();
    try {
      const open = await loadContract(scratch.spec((spec) => (createUserOperation(spec).security = [])));
      const plan = planCases(open, fixtures);
      expect(plan.groups.map((group) => group.name)).toEqual([
        'valid-token/valid-body',
        'valid-token/malformed-body',
      ]);
      expect(plan.explicit.every((testCase) => testCase.credentials.mode === 'valid')).toBe(true);
    } finally {
      scratch.cleanup();
    }
  });
});

describe('planCases on edited copies of the spec (no code change covers them)', () => {
  const scratch = createScratch();
  afterAll(() => scratch.cleanup());

  test('a new property with a pattern is generated, edged where allowed and mutated', async () => {
    const edited = await loadContract(
      scratch.spec((spec) => {
        const userSpec = spec.components.schemas.UserSpec;
        userSpec.properties.phone = { type: 'string', pattern: '^\\+[1-9][0-9]{6,14}$' };
        userSpec.properties.nickname = { type: 'string', maxLength: 300 };
      }, 'phone.yaml'),
    );
    const plan = planCases(edited, fixtures);
    const generated = samples(plan.groups[0]?.arbitrary as fc.Arbitrary<TestCase>);
    const phones = generated.flatMap((testCase) => {
      const phone = (testCase.body.value as { phone?: unknown }).phone;
      return phone === undefined ? [] : [phone];
    });
    expect(phones.length).toBeGreaterThan(100);
    for (const phone of phones) expect(phone).toMatch(/^\+[1-9][0-9]{6,14}$/);
    for (const testCase of generated) expect(isValid(edited, testCase)).toBe(true);

    const edges = plan.explicit.flatMap((testCase) =>
      testCase.body.origin.kind === 'edge' ? [testCase.body.origin.edge] : [],
    );
    // The base body is completed with the new properties, so edges reach them, as far as the spec allows.
    expect(edges.filter((edge) => edge.includes('/phone'))).toEqual([]);
    expect(edges.filter((edge) => edge.endsWith('/nickname'))).toEqual([
      'empty-string:/nickname',
      'length-256:/nickname',
      'non-ascii-bmp:/nickname',
      'astral-plane:/nickname',
      'nul-character:/nickname',
      'surrounding-whitespace:/nickname',
      'apostrophe-and-spaces:/nickname',
      'composed-and-decomposed:/nickname',
    ]);
    const explicitMutations = plan.explicit
      .filter(
        (testCase) => testCase.body.mode === 'malformed' && !testCase.label.includes('fixture malformed-'),
      )
      .map((testCase) => (testCase.body.mode === 'malformed' ? testCase.body.mutation.description : ''));
    expect(explicitMutations).toContain('/phone does not match pattern ^\\+[1-9][0-9]{6,14}$');
    expect(explicitMutations).toContain('/nickname is longer than maxLength 300');
  });

  test('fixtures the edited spec refuses are not sent, with a warning, and generated bodies stand in', async () => {
    const edited = await loadContract(
      scratch.spec((spec) => {
        const userSpec = spec.components.schemas.UserSpec;
        userSpec.properties.phone = { type: 'string', pattern: '^\\+[1-9][0-9]{6,14}$' };
        userSpec.required.push('phone');
      }, 'required-phone.yaml'),
    );
    const plan = planCases(edited, fixtures);
    expect(plan.warnings).toContain(
      "fixture valid-plain-ascii is not sent: the spec refuses it ((root) must have required property 'phone')",
    );
    const valid = plan.explicit.filter((testCase) => testCase.body.mode === 'valid');
    for (const testCase of valid) expect(isValid(edited, testCase)).toBe(true);
    expect(valid.some((testCase) => testCase.body.origin.kind === 'fixture')).toBe(false);
  });

  test('the token goes into the body only where the spec accepts the body with it', async () => {
    const variants = (plan: ReturnType<typeof planCases>) => [
      ...new Set(
        [...plan.explicit, ...samples(plan.groups[2]?.arbitrary as fc.Arbitrary<TestCase>, 50)].flatMap(
          (testCase) =>
            testCase.credentials.mode === 'unauthenticated' ? [testCase.credentials.variant] : [],
        ),
      ),
    ];
    expect(variants(planCases(contract, fixtures))).toContain('token-in-body');
    const closed = await loadContract(
      scratch.spec((spec) => {
        spec.components.schemas.UserSpec.additionalProperties = false;
      }, 'closed.yaml'),
    );
    const plan = planCases(closed, fixtures);
    expect(variants(plan)).not.toContain('token-in-body');
    expect(variants(plan)).toContain('token-in-query');
  });

  test('a keyword the kit cannot cover fails loudly with its JSON Pointer', async () => {
    const edited = await loadContract(
      scratch.spec((spec) => {
        spec.components.schemas.UserSpec.properties.phone = { type: 'string', if: { minLength: 1 } };
      }, 'if.yaml'),
    );
    let error: unknown;
    try {
      planCases(edited, fixtures);
    } catch (thrown) {
      error = thrown;
    }
    expect(isSpecError(error)).toBe(true);
    expect((error as Error).message).toMatch(
      /^unsupported JSON Schema keyword "if" at \/paths\/~1api~1org~1v1~1users\/post\/requestBody\/content\/application~1json\/schema\/properties\/phone\/if: /,
    );
  });
});
