import { TOKEN_VARIABLES } from '../model/credentials';
import { checkSecretValue } from './checkSecretValue';
import type { Secret } from './secret';
import { secretForms } from './secretForms';

/** The run's secrets: the valid token and, when given, the forbidden one; a usage error names a bad option. */
export function createSecrets(token: string, forbiddenToken: string | undefined): Secret[] {
  checkSecretValue('token', token);
  if (forbiddenToken !== undefined) checkSecretValue('forbiddenToken', forbiddenToken);
  const secrets: Secret[] = [
    { mode: 'valid', value: token, variable: TOKEN_VARIABLES.valid, forms: secretForms(token) },
  ];
  if (forbiddenToken !== undefined) {
    secrets.push({
      mode: 'forbidden',
      value: forbiddenToken,
      variable: TOKEN_VARIABLES.forbidden,
      forms: secretForms(forbiddenToken),
    });
  }
  return secrets;
}
