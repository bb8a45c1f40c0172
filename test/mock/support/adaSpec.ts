/** The spec's `ada` UserSpec, as the mock's state-file tests create and seed it. */
export const ADA_SPEC = {
  username: 'ada',
  email: 'ada@example.com',
  firstName: 'Ada',
  lastName: 'Lovelace',
  displayName: 'Ada Lovelace',
};
