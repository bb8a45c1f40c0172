import type { RequestListener } from 'node:http';
import { runConformance } from '../../api';
import { formatReport } from '../../conformance/format/formatReport';
import { CONFORMANT_SERVERS } from '../../servers/conformant';
import { createReferenceApp } from '../../servers/createReferenceApp';
import { PROOF_FORBIDDEN_TOKEN, PROOF_TOKEN, SERVER_OPTIONS } from '../proof/support/proofSettings';

/** The kit's report on a server, which must pass: the choices it learned are the point. */
async function choicesOf(app: RequestListener) {
  const report = await runConformance({
    target: { app },
    token: PROOF_TOKEN,
    forbiddenToken: PROOF_FORBIDDEN_TOKEN,
    seed: 21,
    runs: 2,
    runId: 'choice1',
    shrinkTimeLimitMs: 0,
  });
  expect(report.violations.map((violation) => violation.message)).toEqual([]);
  return report;
}

function conformant(name: string): Promise<RequestListener> {
  const server = CONFORMANT_SERVERS.find((candidate) => candidate.name === name);
  if (!server) throw new Error(`no conformant server ${name}`);
  return server.create(SERVER_OPTIONS);
}

test('a server that takes duplicates and answers malformed IDs 400: the kit learns it, and the report says so', async () => {
  const report = await choicesOf(await createReferenceApp(SERVER_OPTIONS));
  expect(report.choices).toEqual([
    { rule: 'UpdateUser malformed id', status: 400, shownBy: 'tour, step 9' },
    { rule: 'DescribeUser malformed id', status: 400, shownBy: 'tour, step 13' },
    { rule: 'CreateUser username taken', status: 201, shownBy: 'uniqueness, step 2' },
    { rule: 'UpdateUser username taken', status: 200, shownBy: 'uniqueness, step 5' },
    { rule: 'CreateUser email taken', status: 201, shownBy: 'uniqueness, step 2' },
    { rule: 'UpdateUser email taken', status: 200, shownBy: 'uniqueness, step 5' },
  ]);
  expect(formatReport(report)).toContain(
    "Server's choice: CreateUser username taken → 201 (uniqueness, step 2)",
  );
});

test('a server that refuses taken usernames in exact case: refused, and letter case matters', async () => {
  const report = await choicesOf(await conformant('taken-username-409'));
  expect(report.choices).toEqual(
    expect.arrayContaining([
      { rule: 'CreateUser username taken', status: 409, shownBy: 'uniqueness, step 2' },
      {
        rule: 'CreateUser username taken in other letter case',
        status: 201,
        shownBy: 'uniqueness, step 4',
      },
      { rule: 'UpdateUser username taken', status: 409, shownBy: 'uniqueness, step 6' },
      { rule: 'CreateUser email taken', status: 201, shownBy: 'uniqueness, step 2' },
    ]),
  );
});

test('a server that refuses taken emails in any letter case: both refused', async () => {
  const report = await choicesOf(await conformant('taken-email-409-any-case'));
  expect(report.choices).toEqual(
    expect.arrayContaining([
      { rule: 'CreateUser email taken', status: 409, shownBy: 'uniqueness, step 2' },
      { rule: 'CreateUser email taken in other letter case', status: 409, shownBy: 'uniqueness, step 4' },
    ]),
  );
});

test('a server that answers a malformed ID 404: learned, not flagged', async () => {
  const report = await choicesOf(await conformant('malformed-id-404'));
  expect(report.choices).toEqual(
    expect.arrayContaining([
      { rule: 'UpdateUser malformed id', status: 404, shownBy: 'tour, step 9' },
      { rule: 'DescribeUser malformed id', status: 404, shownBy: 'tour, step 13' },
    ]),
  );
});
