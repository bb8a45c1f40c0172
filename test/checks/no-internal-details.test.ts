import { noInternalDetails } from '../../conformance/checks/no-internal-details';
import { type Contract, loadContract } from '../../core/spec/loadContract';
import { ADA, contextFor, exchangeFor, jsonResponse, validCase } from './exchangeFor';

let contract: Contract;
beforeAll(async () => {
  contract = await loadContract();
});

const check = (message: unknown, status = 400, value: unknown = ADA) =>
  noInternalDetails.check(
    exchangeFor(
      validCase({ value }),
      jsonResponse(status, typeof message === 'string' ? { message } : message),
    ),
    contextFor(contract),
  );

test("accepts the spec's own error messages, JSON Pointers included", () => {
  expect(check('request body property /email must match format "email"')).toEqual([]);
});

test('rejects a stack frame in an error body', () => {
  const stack = 'TypeError: Cannot read properties of undefined\n    at createUser (/srv/app/users.js:12:5)';
  expect(check(stack, 500)).toEqual([
    {
      checkId: 'no-internal-details',
      title: 'Internal details exposed',
      message: 'The 500 response body exposes a stack frame (and 1 more)',
      received: 'at createUser (/srv/app/users.js:12:5)',
      documented: 'no stack traces or internal paths in error responses',
    },
  ]);
});

test.each([
  ['a JSON Pointer', '/email must match format "email"'],
  ['a nested JSON Pointer', "/address/home must have required property 'street'"],
  ['the request path', 'No route for GET /api/org/v1/users'],
  ['a URL', 'See https://docs.example.com/app/errors#400'],
  ['a date', 'Retry after 2026/01/15'],
  ['a word after "at"', 'Look at the docs (section 4:1:2)'],
  ['a ratio', 'rate 1:2:3'],
  ['a time in parentheses after "at"', 'Try again at noon (12:00:00)'],
])('accepts %s', (_name, message) => {
  expect(check(message)).toEqual([]);
});

test('accepts text copied from the request, even when it looks like a path', () => {
  const value = { ...ADA, displayName: '/home/ada/C:\\notes at x (y.js:1:2)' };
  expect(check(`displayName ${value.displayName} is not allowed`, 400, value)).toEqual([]);
});

test.each([
  ['a stack frame', 'at Object.<anonymous> (file.js:12:5)'],
  ['a stack frame', 'at async UsersController.create (/app/dist/users.js:40:11)'],
  ['a stack frame', 'at /srv/app.js:3:9'],
  ['a stack frame', 'at node:internal/process/task_queues:95:5'],
  ['a Python traceback', 'Traceback (most recent call last):\n  oops'],
  ['a Python stack frame', 'File "handlers.py", line 3, in create'],
  ['a Java stack frame', 'at com.example.Users.create(Users.java:42)'],
  ['a Go stack trace', 'goroutine 1 [running]:\nmain.main()'],
  ['a .NET stack frame', 'at Users.Create(UserSpec spec) in D:\\src\\Users.cs:line 42'],
  ['a Ruby stack frame', "app/models/user.rb:12:in `create'"],
  ['a PHP stack trace', 'Stack trace:\n#0 {main}'],
  ['an internal path', 'cannot open /var/lib/app/users.db'],
  ['an internal path', "ENOENT: no such file, open '/Users/dev/app/config.json'"],
  ['an internal path', 'permission denied: /etc/app/secrets.yaml'],
  ['a node_modules path', 'in node_modules/express/lib/router'],
  ['a file URL', 'loaded from file:///opt/app/main.mjs'],
  ['a Windows path', 'C:\\inetpub\\wwwroot\\app.dll failed'],
])('rejects %s: %j', (what, message) => {
  expect(check(message, 500)).toEqual([
    expect.objectContaining({
      message: expect.stringMatching(
        new RegExp(`^The 500 response body exposes ${what}( \\(and \\d+ more\\))?$`),
      ),
    }),
  ]);
});

test('reads an error body that is not JSON as text', () => {
  const html = '<pre>Error: boom<br> &nbsp;at handler (/home/app/server.js:5:3)</pre>';
  expect(check(html, 500)).toHaveLength(1);
});

test('leaves 2xx bodies alone (they echo the request)', () => {
  expect(check({ id: 'X', displayName: '/home/x/y' }, 201)).toEqual([]);
});

test('reads each string of a JSON body on its own: a frame only two strings make together is none', () => {
  expect(check({ message: 'failed at /code/users.js', detail: ':12:5' }, 500)).toEqual([]);
});
