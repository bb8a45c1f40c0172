import { describeConformance } from '../../conformance/jest';
import { createReferenceApp } from '../../servers/createReferenceApp';

// What a backend team adds to its own suite: one test per check, against an in-process app.
const token = 'adapter-token-0123456789';
const forbiddenToken = 'adapter-forbidden-0123456789';

describeConformance(
  async () => ({ app: await createReferenceApp({ tokens: [token], forbiddenTokens: [forbiddenToken] }) }),
  {
    token,
    forbiddenToken,
    seed: 1,
    runs: 5,
    timeoutMs: 2000,
  },
);
