import { addDisallowedProperty } from './addDisallowedProperty';
import { changeType } from './changeType';
import { emptyBody } from './emptyBody';
import { formUrlencodedBody } from './formUrlencodedBody';
import { invalidJsonSyntax } from './invalidJsonSyntax';
import { multipartFormBody } from './multipartFormBody';
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
  formUrlencodedBody,
  multipartFormBody,
  emptyBody,
]);

/** The mutations that send a media type the operation does not document: 415 is as right as 400 for them. */
export const OTHER_MEDIA_TYPE_MUTATIONS: ReadonlySet<string> = new Set([
  wrongContentType.name,
  formUrlencodedBody.name,
  multipartFormBody.name,
]);
