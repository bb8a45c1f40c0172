import fc from 'fast-check';
import { SpecError } from '../../core/errors';
import type { RequestFixture } from '../../core/fixtures/requestFixture';
import type { Contract } from '../../core/spec/loadContract';
import { schemaArbitrary } from '../generators/schemaArbitrary';
import {
  type CredentialMode,
  type Credentials,
  UNAUTHENTICATED_VARIANTS,
  VALID_VARIANTS,
} from '../model/credentials';
import type { BodyOrigin, TestCase } from '../model/testCase';
import { MUTATIONS } from '../mutations';
import { applyMutation } from '../mutations/applyMutation';
import type { BodyMutation } from '../mutations/bodyMutation';
import { canCarryToken } from './canCarryToken';
import { carriesNonce } from './carriesNonce';
import { completedBody } from './completedBody';
import { edgeValues } from './edgeValues';
import { fixtureCase } from './fixtureCase';
import { malformedBodies } from './malformedBodies';
import { mutationContextOf } from './mutationContextOf';
import { type CaseTarget, malformedSentBody, toTestCase, validSentBody } from './sentBody';

export interface CaseGroup {
  /** `valid-token/valid-body`, `valid-token/malformed-body`, `unauthenticated/valid-body`, `forbidden/valid-body`, `forbidden/malformed-body`. */
  name: string;
  credentials: CredentialMode;
  bodyMode: 'valid' | 'malformed';
  /** Generated cases for fast-check (run with numRuns = --runs, a fixed seed, and shrunk). */
  arbitrary: fc.Arbitrary<TestCase>;
}

export interface CasePlan {
  /**
   * Sent first, in this order, not left to chance: the fixtures, then edge values, then transport-level
   * mutations and the schema-level ones no fixture stands for, then the other ways to present the valid token,
   * each unauthenticated variant and the forbidden examples.
   */
  explicit: TestCase[];
  groups: CaseGroup[];
  /** Things the user should know: fixtures the spec in use disagrees with, and so are not sent. */
  warnings: string[];
}

// Generated bodies checked against the spec before anything is sent: a generator the spec outruns fails here,
// loudly, instead of reporting a correct server as broken.
const SELF_CHECK_RUNS = 50;

/** Every request the kit sends for an operation: explicit cases, and generated groups for fast-check. */
export function planCases(contract: Contract, fixtures: RequestFixture[]): CasePlan {
  const { requestSchema, requestSchemaPointer, requestMediaType, requiresBearer } = contract.operation;
  const target: CaseTarget = {
    operationId: contract.operation.operationId,
    action: contract.operation.semantics?.action ?? 'create',
    pathParameters: {},
  };
  const context = mutationContextOf(contract);
  const schemaBodies = schemaArbitrary(requestSchema, {
    pointer: requestSchemaPointer,
    reservedPropertyNames: context.reservedPropertyNames,
  });
  const samples = fc.sample(schemaBodies, { seed: 0, numRuns: SELF_CHECK_RUNS });
  for (const sample of samples) {
    const issue = contract.validator.validate(requestSchema, sample)[0];
    if (issue) {
      throw new SpecError(
        `the kit generated a body the spec refuses at ${requestSchemaPointer} (${issue.message}): ${JSON.stringify(sample)}`,
      );
    }
  }

  // Generated bodies whose identifying values can carry the nonce (no empty username: the edge values always
  // try that one), so a generated case, shrunk or not, is never inconclusive for want of a nonce. Unless the
  // spec makes such values rare, which a filter would turn into a slow search. Asked of every generated body:
  // only the body, not a whole case with its text.
  const carries = (value: unknown) =>
    carriesNonce(contract, { body: { mode: 'valid', origin: { kind: 'generated' }, value } });
  const validBodies =
    samples.filter(carries).length >= samples.length / 2 ? schemaBodies.filter(carries) : schemaBodies;

  const warnings: string[] = [];
  const fixtureCases: TestCase[] = [];
  for (const fixture of fixtures) {
    const result = fixtureCase(contract, fixture);
    if ('warning' in result) warnings.push(result.warning);
    else fixtureCases.push(result);
  }

  // The base of the explicit cases: the first valid fixture, with any declared property it lacks taken from
  // generated bodies, so edge values reach every property of the spec.
  const baseFixture = fixtureCases.find((testCase) => testCase.body.mode === 'valid');
  const baseOrigin: BodyOrigin = baseFixture ? baseFixture.body.origin : { kind: 'generated' };
  const base = completedBody(contract, baseFixture ? baseFixture.body.value : samples[0], samples);

  const valid = (): Credentials => ({ mode: 'valid' });
  const forbidden = (): Credentials => ({ mode: 'forbidden' });
  const edgeCases = edgeValues(contract, base, context.reservedPropertyNames).map((edge) =>
    toTestCase(
      target,
      valid(),
      {
        ...validSentBody(edge.value, { kind: 'edge', edge: edge.edge }, requestMediaType),
        contentType: edge.contentType,
      },
      edge.expect,
    ),
  );
  const coveredByFixtures = new Set(
    fixtureCases.flatMap((testCase) =>
      testCase.body.mode === 'malformed' ? [testCase.body.mutation.name] : [],
    ),
  );
  const mutationCases = MUTATIONS.filter(
    (mutation) => mutation.level === 'transport' || !coveredByFixtures.has(mutation.name),
  ).flatMap((mutation) =>
    applyMutation(mutation, base, context, contract.validator).map((result) =>
      toTestCase(target, valid(), malformedSentBody(result, baseOrigin)),
    ),
  );
  const baseSent = validSentBody(base, baseOrigin, requestMediaType);
  const validVariantCases = VALID_VARIANTS.map((variant) =>
    toTestCase(target, { mode: 'valid', variant }, baseSent),
  );
  // The token goes into the body only where the spec still accepts the body with it.
  const unauthenticatedVariants = UNAUTHENTICATED_VARIANTS.filter(
    (variant) => variant !== 'token-in-body' || canCarryToken(contract, base),
  );
  const unauthenticatedCases = unauthenticatedVariants.map((variant) =>
    toTestCase(target, { mode: 'unauthenticated', variant }, baseSent),
  );
  // With a forbidden token: the valid base body, then one schema-level and one Content-Type mutation of it,
  // for which 403 and 400 (and 415) are all allowed.
  const firstResult = (mutations: readonly BodyMutation[]) =>
    mutations.map((mutation) => applyMutation(mutation, base, context, contract.validator)[0]).find(Boolean);
  const forbiddenExamples = [
    firstResult(MUTATIONS.filter((mutation) => mutation.level === 'schema')),
    firstResult(MUTATIONS.filter((mutation) => mutation.name === 'wrong-content-type')),
  ];
  const forbiddenCases = [
    toTestCase(target, forbidden(), baseSent),
    ...forbiddenExamples.flatMap((result) =>
      result ? [toTestCase(target, forbidden(), malformedSentBody(result, baseOrigin))] : [],
    ),
  ];

  const validSent = validBodies.map((value) => validSentBody(value, { kind: 'generated' }, requestMediaType));
  const malformedSent = malformedBodies(validBodies, [base, ...samples], context, contract);
  const groups: CaseGroup[] = [
    group(
      'valid-token/valid-body',
      'valid',
      'valid',
      validSent.map((sent) => toTestCase(target, valid(), sent)),
    ),
    group(
      'valid-token/malformed-body',
      'valid',
      'malformed',
      malformedSent.map((sent) => toTestCase(target, valid(), sent)),
    ),
  ];
  if (requiresBearer) {
    groups.push(
      group(
        'unauthenticated/valid-body',
        'unauthenticated',
        'valid',
        fc
          .tuple(fc.constantFrom(...unauthenticatedVariants), validSent)
          .map(([variant, sent]) => toTestCase(target, { mode: 'unauthenticated', variant }, sent)),
      ),
      group(
        'forbidden/valid-body',
        'forbidden',
        'valid',
        validSent.map((sent) => toTestCase(target, forbidden(), sent)),
      ),
      group(
        'forbidden/malformed-body',
        'forbidden',
        'malformed',
        malformedSent.map((sent) => toTestCase(target, forbidden(), sent)),
      ),
    );
  }
  return {
    explicit: [
      ...fixtureCases,
      ...edgeCases,
      ...mutationCases,
      ...(requiresBearer ? [...validVariantCases, ...unauthenticatedCases, ...forbiddenCases] : []),
    ],
    groups,
    warnings,
  };
}

function group(
  name: string,
  credentials: CredentialMode,
  bodyMode: 'valid' | 'malformed',
  arbitrary: fc.Arbitrary<TestCase>,
): CaseGroup {
  return { name, credentials, bodyMode, arbitrary };
}
