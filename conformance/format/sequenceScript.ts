import { isObject } from '../../core/json/jsonObject';
import type { RecordedRequest } from '../model/exchange';
import type { ReportedViolation, SequenceStep } from '../model/report';
import { curlCommand, quote } from '../runner/curlCommand';
import { urlPath } from './urlPath';

/** Reads one top-level property of the JSON body on stdin (node is there wherever the kit runs). */
const READ_PROPERTY = (name: string) =>
  `node -e ${quote(`let s="";process.stdin.on("data",(d)=>(s+=d)).on("end",()=>{try{process.stdout.write(String(JSON.parse(s)[${JSON.stringify(name)}]??""))}catch{}})`)}`;

/** A fresh value as long as the run id, of the same alphabet, so that every value keeps its schema. */
const FRESH_RUN = (length: number) =>
  `node -e ${quote(`const a="abcdefghijklmnopqrstuvwxyz0123456789";let s="";for(let i=0;i<${length};i++)s+=a[require("crypto").randomInt(36)];console.log(s)`)}`;

/** An ID a server gave in an earlier answer, and the variable a script keeps it in. */
interface CapturedId {
  value: string;
  variable: string;
  step: number;
  property: string;
}

/**
 * A POSIX shell script that sends a shrunk sequence again, step by step, printing each answer and its status:
 * each ID a server gave is read from its answer into a variable (`USER_1`) that later steps use, and the run id
 * in request bodies is replaced by a fresh value (`$RUN`), so that a server refusing taken usernames accepts
 * the replay too. Tokens come from the environment, as in every curl line.
 */
export function sequenceScript(violation: ReportedViolation): string | undefined {
  const steps = violation.sequence;
  if (steps === undefined || steps.length === 0) return undefined;
  const runId = violation.replay.runId;
  const ids = capturedIds(steps);
  const upper = hasUpperCaseRunId(steps, runId);
  const lines = [
    `# The ${steps.length} requests that show ${violation.checkId}; needs CONTRACT_TOKEN (CONTRACT_FORBIDDEN_TOKEN), node, curl.`,
    ...(steps.some((step) => !/^https?:/.test(step.request.url))
      ? [`BASE_URL=${shellVariable('BASE_URL:?the server to send to')}`]
      : []),
    `RUN=$(${FRESH_RUN(runId.length)})`,
    // A value in other letter case (a deliberate near-duplicate) carries the run id in upper case.
    ...(upper ? [`RUN_UPPER=$(printf '%s' "$RUN" | tr 'a-z' 'A-Z')`] : []),
  ];
  steps.forEach((step, index) => {
    lines.push(`echo ${quote(`# ${step.label ?? `step ${index + 1}`}: expected ${step.expected}`)}`);
    const request = rewritten(step.request, ids, runId);
    const captured = ids.filter((id) => id.step === index);
    const curl = curlCommand(request, {
      variables: ['RUN', ...(upper ? ['RUN_UPPER'] : []), ...ids.map((id) => id.variable)],
      curlOptions: ['-sS', '-w', quote('\\n%{http_code}\\n')],
    });
    if (captured.length === 0) {
      lines.push(curl);
      return;
    }
    lines.push(`answer=$(${curl})`, 'printf "%s\\n" "$answer"');
    for (const id of captured) {
      lines.push(`${id.variable}=$(printf "%s\\n" "$answer" | sed '$d' | ${READ_PROPERTY(id.property)})`);
    }
  });
  return lines.join('\n');
}

/** The IDs later requests use in their paths, each from the first answer (a JSON object) that gave it. */
function capturedIds(steps: readonly SequenceStep[]): CapturedId[] {
  const ids: CapturedId[] = [];
  steps.forEach((step, index) => {
    const segment = lastSegment(step.request.url);
    if (segment === undefined || ids.some((id) => id.value === segment)) return;
    for (let earlier = 0; earlier < index; earlier++) {
      const property = propertyHolding(steps[earlier] as SequenceStep, segment);
      if (property === undefined) continue;
      ids.push({ value: segment, variable: `USER_${ids.length + 1}`, step: earlier, property });
      return;
    }
  });
  return ids;
}

function propertyHolding(step: SequenceStep, value: string): string | undefined {
  if (!step.response || step.response.status < 200 || step.response.status > 299) return undefined;
  let body: unknown;
  try {
    body = JSON.parse(step.response.bodyText);
  } catch {
    return undefined;
  }
  if (!isObject(body)) return undefined;
  return Object.keys(body).find((name) => body[name] === value);
}

function lastSegment(url: string): string | undefined {
  const path = urlPath(url).split('?')[0] ?? '';
  const segment = path.split('/').pop();
  return segment ? decodeURIComponent(segment) : undefined;
}

/** Whether a request body holds the run id in upper case (a run id of digits alone has no other case). */
function hasUpperCaseRunId(steps: readonly SequenceStep[], runId: string): boolean {
  const upper = runId.toUpperCase();
  return upper !== runId && steps.some((step) => step.request.bodyText.includes(upper));
}

/**
 * The request with each captured ID in its path as its variable, and the run id in its body as `$RUN` (in upper
 * case as `$RUN_UPPER`).
 */
function rewritten(request: RecordedRequest, ids: readonly CapturedId[], runId: string): RecordedRequest {
  let url = request.url;
  for (const id of ids) {
    const encoded = encodeURIComponent(id.value);
    if (url.endsWith(`/${encoded}`)) url = `${url.slice(0, -encoded.length)}${shellVariable(id.variable)}`;
  }
  let bodyText = request.bodyText;
  if (runId !== '') {
    bodyText = bodyText.split(runId).join(shellVariable('RUN'));
    const upper = runId.toUpperCase();
    if (upper !== runId) bodyText = bodyText.split(upper).join(shellVariable('RUN_UPPER'));
  }
  return { ...request, url, bodyText };
}

/** `${NAME}`: a shell variable, braced so that the text after it cannot run into its name. */
function shellVariable(name: string): string {
  return `$\{${name}}`;
}
