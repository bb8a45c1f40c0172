import { addDisallowedProperty } from './addDisallowedProperty';
import { changeType } from './changeType';
import { emptyBody } from './emptyBody';
import { invalidJsonSyntax } from './invalidJsonSyntax';
import { mutationRegistry } from './mutationRegistry';
import { notAnObject } from './notAnObject';
import { removeRequiredProperty } from './removeRequiredProperty';
import { violateEnum } from './violateEnum';
import { violateFormat } from './violateFormat';
import { violateLength } from './violateLength';
import { violatePattern } from './violatePattern';
import { violateRange } from './violateRange';
import { wrongContentType } from './wrongContentType';

export type { BodyMutation, MutatedBody, MutationContext } from './bodyMutation';

/** Every named mutation the kit uses to make malformed bodies, in the order they are tried. */
export const MUTATIONS = mutationRegistry([
  removeRequiredProperty,
  changeType,
  violateFormat,
  notAnObject,
  violateLength,
  violatePattern,
  violateEnum,
  violateRange,
  addDisallowedProperty,
  invalidJsonSyntax,
  wrongContentType,
  emptyBody,
]);
