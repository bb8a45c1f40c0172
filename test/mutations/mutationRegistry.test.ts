import { MUTATIONS } from '../../conformance/mutations';
import { changeType } from '../../conformance/mutations/changeType';
import { mutationRegistry } from '../../conformance/mutations/mutationRegistry';

describe('the mutation registry', () => {
  test('lists every mutation once, by its stable name', () => {
    expect(MUTATIONS.map((mutation) => `${mutation.level} ${mutation.name}`)).toEqual([
      'schema remove-required-property',
      'schema change-type',
      'schema violate-format',
      'schema not-an-object',
      'schema violate-length',
      'schema violate-pattern',
      'schema violate-enum',
      'schema violate-range',
      'schema add-disallowed-property',
      'transport invalid-json-syntax',
      'transport wrong-content-type',
      'transport form-urlencoded-body',
      'transport multipart-form-body',
      'transport empty-body',
    ]);
    for (const mutation of MUTATIONS) expect(mutation.doc).toMatch(/^[A-Z].*\.$/);
  });

  test('refuses a name registered twice', () => {
    expect(() => mutationRegistry([changeType, { ...changeType }])).toThrow(
      'mutation name "change-type" is registered twice',
    );
  });

  test('refuses a name that is not kebab-case', () => {
    expect(() => mutationRegistry([{ ...changeType, name: 'changeType' }])).toThrow(
      'mutation name "changeType" is not kebab-case',
    );
  });
});
