/**
 * Settings every proof-of-power run shares: fixed tokens long enough for the leak check (8+ characters), a
 * fixed seed and run id (a run is replayed exactly), few runs and a short timeout (hangs cost little).
 */
export const PROOF_TOKEN = 'proof-valid-token-7f3a9c';
export const PROOF_FORBIDDEN_TOKEN = 'proof-forbidden-token-2b8e41';
export const PROOF_SEED = 20261128;
export const PROOF_RUN_ID = 'proof1';
export const PROOF_RUNS = 10;
export const PROOF_TIMEOUT_MS = 500;

/** The reference and broken servers' options: the same two tokens. */
export const SERVER_OPTIONS = { tokens: [PROOF_TOKEN], forbiddenTokens: [PROOF_FORBIDDEN_TOKEN] };
