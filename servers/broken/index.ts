import type { RequestListener } from 'node:http';
import type { ReferenceAppOptions } from '../createReferenceApp';
import { basicWwwAuthenticate } from './basic-www-authenticate';
import { charset415 } from './charset-415';
import { concurrentCreatesShareId } from './concurrent-creates-share-id';
import { concurrentUpdate500 } from './concurrent-update-500';
import { constantId } from './constant-id';
import { crashOnLongString } from './crash-on-long-string';
import { createdAtChanges } from './created-at-changes';
import { createdUser404 } from './created-user-404';
import { createdWith200 } from './created-with-200';
import { deepUnknownProperty500 } from './deep-unknown-property-500';
import { errorWithoutMessage } from './error-without-message';
import { forbiddenAs401 } from './forbidden-as-401';
import { forbiddenIgnored } from './forbidden-ignored';
import { forbiddenUpdateAllowed } from './forbidden-update-allowed';
import { forbiddenUpdateApplied } from './forbidden-update-applied';
import { formBodyAccepted } from './form-body-accepted';
import { hangAfterRequests } from './hang-after-requests';
import { hangOnEmptyFirstName } from './hang-on-empty-first-name';
import { htmlContentType } from './html-content-type';
import { ignoredAuthentication } from './ignored-authentication';
import { internalPathInError } from './internal-path-in-error';
import { invalidJson500 } from './invalid-json-500';
import { invalidUpdateApplied } from './invalid-update-applied';
import { junkAfterTokenAccepted } from './junk-after-token-accepted';
import { leakedToken } from './leaked-token';
import { lostUpdate } from './lost-update';
import { lowercaseId } from './lowercase-id';
import { lowercasedEmail } from './lowercased-email';
import { lowercasedEmailDomain } from './lowercased-email-domain';
import { manglesAstral } from './mangles-astral';
import { massAssignment } from './mass-assignment';
import { mergePatchAccepted } from './merge-patch-accepted';
import { missingDisplayName } from './missing-display-name';
import { missingTokenAs403 } from './missing-token-as-403';
import { multipartBodyAccepted } from './multipart-body-accepted';
import { noValidation } from './no-validation';
import { noWwwAuthenticate } from './no-www-authenticate';
import { nonAscii500 } from './non-ascii-500';
import { numericId } from './numeric-id';
import { occasionalDuplicateId } from './occasional-duplicate-id';
import { offsetWithoutColon } from './offset-without-colon';
import { ownUsernameConflict } from './own-username-conflict';
import { partialUpdate } from './partial-update';
import { refusedCreateTakesUsername } from './refused-create-takes-username';
import { refusesEmptyStrings } from './refuses-empty-strings';
import { refusesExtraProperties } from './refuses-extra-properties';
import { refusesLongStrings } from './refuses-long-strings';
import { renamedDisplayName } from './renamed-display-name';
import { renamedUsernameNotUnique } from './renamed-username-not-unique';
import { renamedUsernameStaysTaken } from './renamed-username-stays-taken';
import { resetOnLongString } from './reset-on-long-string';
import { slashId500 } from './slash-id-500';
import { spaceSeparatedTimestamps } from './space-separated-timestamps';
import { stackTraceInError } from './stack-trace-in-error';
import { staleDescribe } from './stale-describe';
import { staleTimestamps } from './stale-timestamps';
import { stripsNul } from './strips-nul';
import { textBodyAccepted } from './text-body-accepted';
import { textPlainErrors } from './text-plain-errors';
import { tokenFromBody } from './token-from-body';
import { tokenFromQuery } from './token-from-query';
import { tokenInHeader } from './token-in-header';
import { tooLongId } from './too-long-id';
import { trimmedEcho } from './trimmed-echo';
import { truncatedNames } from './truncated-names';
import { unknownId200 } from './unknown-id-200';
import { unknownTokenAccepted } from './unknown-token-accepted';
import { updatedAtGoesBack } from './updated-at-goes-back';
import { updatedBeforeCreated } from './updated-before-created';
import { validation422 } from './validation-422';

/** A deliberately broken users server: the reference with exactly one defect. */
export interface BrokenServer {
  /** Stable kebab-case name, also the file name and `--variant` of `servers/main.ts`. */
  name: string;
  /** One line: what it does wrong. */
  defect: string;
  /** Ids of the kit's checks that must report it (each one, not just any one). */
  caughtBy: string[];
  /**
   * What shows the defect itself, matched against each such violation as `<message> | <case>`: a check may fail
   * for another reason (a 401 where a 403 was due is not a missing token), and then the defect was not caught.
   */
  shownBy: RegExp;
  /** `child-process` for servers that crash their process or hang: never run those inside jest. */
  runAs: 'in-process' | 'child-process';
  /**
   * What the kit needs before it can catch this one; until then the proof reports it as pending, not run.
   * `sequences`: the stateful kit (create, describe and update in sequences, concurrent bursts); `probes`: a
   * CreateUser request the kit does not send yet.
   */
  needs?: 'sequences' | 'probes';
  create(options: ReferenceAppOptions): Promise<RequestListener>;
}

/** Every broken server the kit's proof of power runs, listed explicitly. */
export const BROKEN_SERVERS: readonly BrokenServer[] = [
  {
    name: 'created-with-200',
    defect: 'answers a created user with 200 instead of 201',
    caughtBy: ['status-code-conformance'],
    shownBy: /Expected 201 .* received 200/,
    runAs: 'in-process',
    create: createdWith200,
  },
  {
    name: 'missing-display-name',
    defect: 'leaves the required displayName out of the 201 body',
    caughtBy: ['response-schema-conformance'],
    shownBy: /must have required property 'displayName'/,
    runAs: 'in-process',
    create: missingDisplayName,
  },
  {
    name: 'renamed-display-name',
    defect: 'sends displayName as display_name',
    caughtBy: ['response-schema-conformance'],
    shownBy: /must have required property 'displayName'/,
    runAs: 'in-process',
    create: renamedDisplayName,
  },
  {
    name: 'numeric-id',
    defect: 'sends the id as a JSON number (1, 2, 3, ...)',
    caughtBy: ['response-schema-conformance'],
    shownBy: /\/id must be string/,
    runAs: 'in-process',
    create: numericId,
  },
  {
    name: 'lowercase-id',
    defect: 'sends ids in lower case, against the ResourceId pattern ^[A-Z0-9]+$',
    caughtBy: ['response-schema-conformance'],
    shownBy: /\/id must match pattern/,
    runAs: 'in-process',
    create: lowercaseId,
  },
  {
    name: 'too-long-id',
    defect: 'sends 25-character ids, over the ResourceId maxLength of 20',
    caughtBy: ['response-schema-conformance'],
    shownBy: /\/id must NOT have more than 20 characters/,
    runAs: 'in-process',
    create: tooLongId,
  },
  {
    name: 'space-separated-timestamps',
    defect: 'sends timestamps as "2026-11-28 10:00:00" (space separator, no time zone), not RFC 3339',
    caughtBy: ['response-schema-conformance'],
    shownBy: /\/createdAt must match format "date-time"/,
    runAs: 'in-process',
    create: spaceSeparatedTimestamps,
  },
  {
    name: 'offset-without-colon',
    defect: 'sends timestamps with a +0100 offset (no colon), which RFC 3339 does not allow',
    caughtBy: ['response-schema-conformance'],
    shownBy: /\/createdAt must match format "date-time"/,
    runAs: 'in-process',
    create: offsetWithoutColon,
  },
  {
    name: 'stale-timestamps',
    defect: 'sends createdAt and updatedAt a day in the past',
    caughtBy: ['timestamps-plausible'],
    shownBy: /createdAt is 86\d{6} ms before the request was sent/,
    runAs: 'in-process',
    create: staleTimestamps,
  },
  {
    name: 'updated-before-created',
    defect: 'sends updatedAt 30 s before createdAt',
    caughtBy: ['timestamps-plausible'],
    shownBy: /updatedAt is 30000 ms before createdAt/,
    runAs: 'in-process',
    create: updatedBeforeCreated,
  },
  {
    name: 'trimmed-echo',
    defect: 'trims surrounding whitespace from the strings it echoes',
    caughtBy: ['user-echo'],
    shownBy: /: surrounding whitespace;/,
    runAs: 'in-process',
    create: trimmedEcho,
  },
  {
    name: 'lowercased-email',
    defect: 'echoes the email address in lower case',
    caughtBy: ['user-echo'],
    shownBy: /changed \/email .*\| valid token, fixture valid-mixed-case-email/,
    runAs: 'in-process',
    create: lowercasedEmail,
  },
  {
    name: 'truncated-names',
    defect: 'echoes strings longer than 255 characters cut to 255',
    caughtBy: ['user-echo'],
    shownBy: /received 255\)/,
    runAs: 'in-process',
    create: truncatedNames,
  },
  {
    name: 'strips-nul',
    defect: 'drops U+0000 from the strings it echoes',
    caughtBy: ['user-echo'],
    shownBy: /\| valid token, edge nul-character:/,
    runAs: 'in-process',
    create: stripsNul,
  },
  {
    name: 'mangles-astral',
    defect: 'echoes characters outside the BMP (emoji) as U+FFFD',
    caughtBy: ['user-echo'],
    shownBy: /\| valid token, fixture valid-emoji-astral/,
    runAs: 'in-process',
    create: manglesAstral,
  },
  {
    name: 'ignored-authentication',
    defect: 'creates the user (201) for a request without a known bearer token',
    caughtBy: ['status-code-conformance'],
    shownBy: /Expected 401 .*\(no-authorization\), received 201/,
    runAs: 'in-process',
    create: ignoredAuthentication,
  },
  {
    name: 'unknown-token-accepted',
    defect: 'creates the user (201) for any bearer token, known or not',
    caughtBy: ['status-code-conformance'],
    shownBy: /Expected 401 .*\(unknown-token\), received 201/,
    runAs: 'in-process',
    create: unknownTokenAccepted,
  },
  {
    name: 'forbidden-ignored',
    defect: 'creates the user (201) for an identity without the CanManageUsers permission',
    caughtBy: ['status-code-conformance'],
    shownBy: /Expected 403 .* without permission, received 201/,
    runAs: 'in-process',
    create: forbiddenIgnored,
  },
  {
    name: 'forbidden-as-401',
    defect: 'answers a valid identity without permission with 401 instead of 403',
    caughtBy: ['status-code-conformance'],
    shownBy: /Expected 403 .* without permission, received 401/,
    runAs: 'in-process',
    create: forbiddenAs401,
  },
  {
    name: 'missing-token-as-403',
    defect: 'answers a request without an Authorization header with 403 instead of 401',
    caughtBy: ['status-code-conformance'],
    shownBy: /Expected 401 .*\(no-authorization\), received 403/,
    runAs: 'in-process',
    create: missingTokenAs403,
  },
  {
    name: 'no-www-authenticate',
    defect: 'sends 401 without the required WWW-Authenticate header',
    caughtBy: ['response-headers-conformance'],
    shownBy: /The 401 response lacks the required header WWW-Authenticate/,
    runAs: 'in-process',
    create: noWwwAuthenticate,
  },
  {
    name: 'basic-www-authenticate',
    defect: 'sends WWW-Authenticate: Basic with 401, not the documented Bearer scheme',
    caughtBy: ['response-headers-conformance'],
    shownBy: /The 401 response header WWW-Authenticate does not match its schema/,
    runAs: 'in-process',
    create: basicWwwAuthenticate,
  },
  {
    name: 'no-validation',
    defect: 'never validates the body: 201 for any JSON object, with properties missing or of the wrong type',
    caughtBy: ['status-code-conformance'],
    shownBy: /Expected 400 for a malformed body .* received 201/,
    runAs: 'in-process',
    create: noValidation,
  },
  {
    name: 'refuses-extra-properties',
    defect: 'refuses (400) unknown properties, which the contract allows and ignores',
    caughtBy: ['status-code-conformance'],
    shownBy: /Expected 201 .*valid-extra-properties.* received 400/,
    runAs: 'in-process',
    create: refusesExtraProperties,
  },
  {
    name: 'refuses-empty-strings',
    defect: 'refuses (400) empty strings, a minimum length the spec does not declare',
    caughtBy: ['status-code-conformance'],
    shownBy: /Expected 201 .*valid-empty-names.* received 400/,
    runAs: 'in-process',
    create: refusesEmptyStrings,
  },
  {
    name: 'refuses-long-strings',
    defect: 'refuses (400) strings over 255 characters, a limit the spec does not declare',
    caughtBy: ['status-code-conformance'],
    shownBy: /Expected 201 .*valid-very-long-strings.* received 400/,
    runAs: 'in-process',
    create: refusesLongStrings,
  },
  {
    name: 'invalid-json-500',
    defect: 'answers a body that is not JSON with 500 instead of 400',
    caughtBy: ['not-a-server-error', 'status-code-conformance'],
    shownBy:
      /(Expected 400 for a malformed body \(An empty body is not JSON.* received 500|server error .*\| valid token, fixture malformed-body-empty)/,
    runAs: 'in-process',
    create: invalidJson500,
  },
  {
    name: 'crash-on-long-string',
    defect: 'crashes its process (uncaught exception) on a string longer than 1,000 characters',
    caughtBy: ['no-connection-error'],
    shownBy: /\| valid token, fixture valid-very-long-strings/,
    runAs: 'child-process',
    create: crashOnLongString,
  },
  {
    name: 'reset-on-long-string',
    defect: 'destroys the connection without a response on a string longer than 1,000 characters',
    caughtBy: ['no-connection-error'],
    shownBy: /connection failed .*\| valid token, fixture valid-very-long-strings/,
    runAs: 'in-process',
    create: resetOnLongString,
  },
  {
    name: 'non-ascii-500',
    defect: 'fails with 500 on a user with any non-ASCII character',
    caughtBy: ['not-a-server-error', 'status-code-conformance'],
    shownBy: /(received 500|The server answered 500).*\| valid token, fixture valid-accented/,
    runAs: 'in-process',
    create: nonAscii500,
  },
  {
    name: 'constant-id',
    defect: 'gives every created user the same id',
    caughtBy: ['unique-ids'],
    shownBy: /The created resource got id "U7K2Q9XW3M", already returned/,
    runAs: 'in-process',
    create: constantId,
  },
  {
    name: 'occasional-duplicate-id',
    defect: 'gives every 7th created user the id of the one before',
    caughtBy: ['unique-ids'],
    shownBy: /The created resource got id "\w+", already returned/,
    runAs: 'in-process',
    create: occasionalDuplicateId,
  },
  {
    name: 'leaked-token',
    defect: "quotes the request's Authorization header in every error message",
    caughtBy: ['no-token-leak'],
    shownBy: /The 4\d\d response body contains the token of CONTRACT_(FORBIDDEN_)?TOKEN \(as is\)/,
    runAs: 'in-process',
    create: leakedToken,
  },
  {
    name: 'token-in-header',
    defect: 'echoes the Authorization header, base64-encoded, in an X-Debug-Auth response header',
    caughtBy: ['no-token-leak'],
    shownBy: /response header x-debug-auth contains the token of CONTRACT_(FORBIDDEN_)?TOKEN \(base64\)/,
    runAs: 'in-process',
    create: tokenInHeader,
  },
  {
    name: 'stack-trace-in-error',
    defect: 'appends a stack trace ("at createUser (/srv/app/users.js:42:7)") to every error message',
    caughtBy: ['no-internal-details'],
    shownBy: /The 400 response body exposes a stack frame/,
    runAs: 'in-process',
    create: stackTraceInError,
  },
  {
    name: 'internal-path-in-error',
    defect: 'names a server file (/var/lib/lakesail/schemas/user.json) in 400 messages',
    caughtBy: ['no-internal-details'],
    shownBy: /The 400 response body exposes an internal path/,
    runAs: 'in-process',
    create: internalPathInError,
  },
  {
    name: 'hang-on-empty-first-name',
    defect: 'never answers a valid request whose firstName is empty',
    caughtBy: ['response-time'],
    shownBy: /\| valid token, fixture valid-empty-names/,
    runAs: 'child-process',
    create: hangOnEmptyFirstName,
  },
  {
    name: 'hang-after-requests',
    defect: 'answers its first 30 requests, then never answers again',
    caughtBy: ['response-time'],
    shownBy: /No response|did not answer|timed out|timeout/,
    runAs: 'child-process',
    create: hangAfterRequests,
  },
  {
    name: 'text-plain-errors',
    defect: 'sends errors as text/plain reason phrases ("Bad Request") instead of a JSON Error',
    caughtBy: ['content-type-conformance', 'response-schema-conformance'],
    shownBy:
      /(The 400 response body is not JSON \(.*"Bad Request"|The 400 response Content-Type text\/plain)/,
    runAs: 'in-process',
    create: textPlainErrors,
  },
  {
    name: 'error-without-message',
    defect: 'sends errors as {"error": ...}, without the required message',
    caughtBy: ['response-schema-conformance'],
    shownBy:
      /The 400 response body does not match #\/components\/schemas\/Error: \(root\) must have required property 'message'/,
    runAs: 'in-process',
    create: errorWithoutMessage,
  },
  {
    name: 'html-content-type',
    defect: 'labels the 201 body Content-Type: text/html',
    caughtBy: ['content-type-conformance'],
    shownBy: /The 201 response Content-Type text\/html/,
    runAs: 'in-process',
    create: htmlContentType,
  },
  {
    name: 'validation-422',
    defect: 'answers a schema-invalid body with the undocumented 422 instead of 400',
    caughtBy: ['status-code-conformance'],
    shownBy: /Expected 400 for a malformed body .* received 422/,
    runAs: 'in-process',
    create: validation422,
  },
  {
    name: 'charset-415',
    defect: 'answers a correct "application/json; charset=utf-8" request with 415',
    caughtBy: ['status-code-conformance'],
    shownBy: /Expected 201 .*\(edge value charset-utf-8\).* received 415/,
    runAs: 'in-process',
    create: charset415,
  },
  {
    name: 'text-body-accepted',
    defect: 'parses text/plain bodies as JSON too, and creates users from them',
    caughtBy: ['status-code-conformance'],
    shownBy: /Expected 400 or 415 for a malformed body \(sent as Content-Type: text\/plain\).* received 201/,
    runAs: 'in-process',
    create: textBodyAccepted,
  },
  {
    name: 'form-body-accepted',
    defect: 'parses application/x-www-form-urlencoded bodies too, and creates users from them',
    caughtBy: ['status-code-conformance'],
    shownBy: /application\/x-www-form-urlencoded fields\).* received 201/,
    runAs: 'in-process',
    create: formBodyAccepted,
  },
  {
    name: 'multipart-body-accepted',
    defect: 'parses multipart/form-data bodies too, and creates users from them',
    caughtBy: ['status-code-conformance'],
    shownBy: /multipart\/form-data fields\).* received 201/,
    runAs: 'in-process',
    create: multipartBodyAccepted,
  },
  {
    name: 'mass-assignment',
    defect: 'makes a user with Object.assign(user, body): a body sets id, createdAt and updatedAt',
    caughtBy: ['server-owned-properties'],
    shownBy: /The 201 response's \/id is the value the request body sent/,
    runAs: 'in-process',
    create: massAssignment,
  },
  {
    name: 'token-from-query',
    defect: 'accepts the token from ?access_token= when there is no Authorization header',
    caughtBy: ['status-code-conformance'],
    shownBy: /Expected 401 .*\(token-in-query\), received 201/,
    runAs: 'in-process',
    create: tokenFromQuery,
  },
  {
    name: 'token-from-body',
    defect: 'accepts the token from an access_token body property when there is no Authorization header',
    caughtBy: ['status-code-conformance'],
    shownBy: /Expected 401 .*\(token-in-body\), received 201/,
    runAs: 'in-process',
    create: tokenFromBody,
  },
  {
    name: 'junk-after-token-accepted',
    defect: 'accepts "Bearer <token> junk", reading the first word after Bearer',
    caughtBy: ['status-code-conformance'],
    shownBy: /Expected 401 .*\(junk-after-token\), received 201/,
    runAs: 'in-process',
    create: junkAfterTokenAccepted,
  },
  {
    name: 'deep-unknown-property-500',
    defect: 'fails with 500 on an unknown property nested over 1,000 levels deep (a recursive sanitizer)',
    caughtBy: ['not-a-server-error', 'status-code-conformance'],
    shownBy: /(received 500|The server answered 500).*\| valid token, edge deep-unknown-property:/,
    runAs: 'in-process',
    create: deepUnknownProperty500,
  },
  {
    name: 'lowercased-email-domain',
    defect: 'echoes the domain of an email address in lower case (Ada@Example.COM as Ada@example.com)',
    caughtBy: ['user-echo'],
    shownBy: /changed \/email .*\| valid token, edge mixed-case:\/email/,
    runAs: 'in-process',
    create: lowercasedEmailDomain,
  },
  {
    name: 'stale-describe',
    defect: 'describes users from a cache filled on create, which updates never refresh',
    caughtBy: ['update-applied'],
    shownBy: /user 1's \w+ is not what the update of step \d+ sent \| step \d+: describe user 1/,
    runAs: 'in-process',
    create: staleDescribe,
  },
  {
    name: 'lost-update',
    defect: 'updates by read, await, write: of two concurrent updates, one is lost',
    caughtBy: ['update-applied'],
    shownBy: /is not what the update of step \d+\.\d sent \| step \d+\.\d: describe user 1 after the burst/,
    runAs: 'in-process',
    create: lostUpdate,
  },
  {
    name: 'partial-update',
    defect: 'answers an update 200 but never stores a new email address (its column list misses it)',
    caughtBy: ['update-applied'],
    shownBy: /user 1's email is not what the update of step [\d.]+ sent/,
    runAs: 'in-process',
    create: partialUpdate,
  },
  {
    name: 'created-at-changes',
    defect: "sets createdAt to the update's time on every update",
    caughtBy: ['immutable-properties'],
    shownBy: /user 1's createdAt changed/,
    runAs: 'in-process',
    create: createdAtChanges,
  },
  {
    name: 'updated-at-goes-back',
    defect: 'stamps updatedAt on update from a clock 60 s behind, so it goes back',
    caughtBy: ['updated-at-monotonic'],
    shownBy: /user 1's updatedAt went back/,
    runAs: 'in-process',
    create: updatedAtGoesBack,
  },
  {
    name: 'forbidden-update-applied',
    defect: 'answers an update without the CanManageUsers permission 403, after applying it',
    caughtBy: ['refused-leaves-no-trace'],
    shownBy: /is not what it was before the refused update of step \d+: a refused request changed it/,
    runAs: 'in-process',
    create: forbiddenUpdateApplied,
  },
  {
    name: 'forbidden-update-allowed',
    defect: 'lets an identity without the CanManageUsers permission update users (200)',
    caughtBy: ['status-code-conformance'],
    shownBy: /Expected 403 .* without permission, received 200.*\| step \d+: update user/,
    runAs: 'in-process',
    create: forbiddenUpdateAllowed,
  },
  {
    name: 'invalid-update-applied',
    defect: 'answers an invalid update 400, after applying it',
    caughtBy: ['refused-leaves-no-trace'],
    shownBy: /is not what it was before the refused update of step \d+: a refused request changed it/,
    runAs: 'in-process',
    create: invalidUpdateApplied,
  },
  {
    name: 'created-user-404',
    defect: 'describes from a replica one create behind: the user just created is 404',
    caughtBy: ['describes-created-user'],
    shownBy: /user 1, which the server created, cannot be described: 404/,
    runAs: 'in-process',
    create: createdUser404,
  },
  {
    name: 'unknown-id-200',
    defect: 'describes an ID no user has as 200 {} instead of 404',
    caughtBy: ['unknown-id-404'],
    shownBy: /ID \w+, which no user ever had, got 200 instead of 404/,
    runAs: 'in-process',
    create: unknownId200,
  },
  {
    name: 'concurrent-creates-share-id',
    defect: 'takes ids from a counter read before an await: two concurrent creates get the same id',
    caughtBy: ['unique-ids'],
    shownBy:
      /already returned for an earlier request \(step \d+\.\d: create user \d \(valid token, valid body, one of 3 creates sent together/,
    runAs: 'in-process',
    create: concurrentCreatesShareId,
  },
  {
    name: 'concurrent-update-500',
    defect: 'locks optimistically without retrying: of two concurrent updates, one fails with 500',
    caughtBy: ['not-a-server-error'],
    shownBy:
      /The server answered 500: .*\| step \d+\.\d: update user 1 \(\w+\), one of 3 updates sent together/,
    runAs: 'in-process',
    create: concurrentUpdate500,
  },
  {
    name: 'refused-create-takes-username',
    defect:
      'keeps usernames unique (409) but inserts before validating: a create refused 400 takes its username',
    caughtBy: ['refused-leaves-no-trace'],
    shownBy:
      /A create reusing the username and email of the refused create of step \d+, which the server refused, got 409/,
    runAs: 'in-process',
    create: refusedCreateTakesUsername,
  },
  {
    name: 'renamed-username-stays-taken',
    defect: 'keeps usernames unique (409), but a user that changes its username still holds the old one',
    caughtBy: ['status-code-conformance'],
    shownBy:
      /Expected 201 .*received 409.* \| step \d+: create .*the username user 1 had before it was changed/,
    runAs: 'in-process',
    create: renamedUsernameStaysTaken,
  },
  {
    name: 'renamed-username-not-unique',
    defect:
      'keeps usernames unique (409), but indexes a username only at creation: a changed one is not unique',
    caughtBy: ['status-code-conformance'],
    shownBy: /Expected 409 .*received 201.* \| step \d+: create .*the username of user 1\)/,
    runAs: 'in-process',
    create: renamedUsernameNotUnique,
  },
  {
    name: 'own-username-conflict',
    defect:
      'keeps usernames unique (409), but counts the user being updated: sending its own username gets 409',
    caughtBy: ['status-code-conformance'],
    shownBy: /Expected 200 .*received 409.* \| step \d+: update user 1 \(username: the username it has\)/,
    runAs: 'in-process',
    create: ownUsernameConflict,
  },
  {
    name: 'merge-patch-accepted',
    defect: 'parses application/merge-patch+json update bodies as JSON too, and applies them (200)',
    caughtBy: ['status-code-conformance'],
    shownBy:
      /received 200.*\| step \d+: update user 1 \(valid token, fixture malformed-merge-patch-content-type\)/,
    runAs: 'in-process',
    create: mergePatchAccepted,
  },
  {
    name: 'slash-id-500',
    defect: 'describes without checking the ID, from a store whose lookup throws on a slash (%2F): 500',
    caughtBy: ['not-a-server-error', 'status-code-conformance'],
    shownBy:
      /(received 500|The server answered 500).*\| step 1: describe the malformed id "U7K2\/Q9XW3M" \(valid token, fixture malformed-id-slash\)/,
    runAs: 'in-process',
    create: slashId500,
  },
];

/** The broken server named `name`; throws a one-line error listing the names otherwise. */
export function brokenServer(name: string): BrokenServer {
  const found = BROKEN_SERVERS.find((server) => server.name === name);
  if (!found) {
    throw new Error(
      `unknown broken server "${name}"; one of: ${BROKEN_SERVERS.map((s) => s.name).join(', ')}`,
    );
  }
  return found;
}
