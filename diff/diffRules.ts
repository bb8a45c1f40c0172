import type { ChangeLabel, Side } from './contractChange';

/** A rule of the breaking-change diff: a stable id (never renamed once released), whom it breaks and why. */
export interface DiffRule {
  id: string;
  /** The label it gives, or `clients or servers` etc. when the label depends on the change. */
  label: ChangeLabel | string;
  /** One sentence: when it applies and why it breaks whom. */
  doc: string;
}

/** Rules of one schema keyword or concept; each exists twice, as `request-<id>` and `response-<id>`. */
interface SchemaRule {
  id: string;
  request: { label: string; doc: string };
  response: { label: string; doc: string };
}

/** The generic wording of a constraint rule: narrowing a request breaks clients, narrowing a response servers. */
function constraint(id: string, what: string): SchemaRule {
  return {
    id,
    request: {
      label: 'clients, servers or both',
      doc: `${what} tightened breaks clients (they may send values now refused); loosened breaks servers (they must now accept values they could refuse); changed both ways (or a new unrelated value) breaks both.`,
    },
    response: {
      label: 'servers, clients or both',
      doc: `${what} tightened breaks servers (they may send values now forbidden); loosened breaks clients (they may receive values they were promised never to get); changed both ways breaks both.`,
    },
  };
}

const OPERATION_RULES: DiffRule[] = [
  {
    id: 'operation-removed',
    label: 'clients',
    doc: 'An operation (method + path) is gone: clients calling it get 404 or 405.',
  },
  { id: 'operation-added', label: 'safe', doc: 'A new operation: nobody relied on its absence.' },
  {
    id: 'operation-id-changed',
    label: 'clients',
    doc: 'The wire is unchanged, but clients generated from the spec name their methods after the operationId, and the kit finds operations by it.',
  },
  {
    id: 'security-added',
    label: 'clients',
    doc: 'An operation that allowed anonymous calls now requires credentials: clients that send none are refused.',
  },
  {
    id: 'security-removed',
    label: 'servers',
    doc: 'An operation now allows anonymous calls: servers must accept requests without credentials (clients that still send them keep working).',
  },
  {
    id: 'security-alternative-removed',
    label: 'clients (safe when anonymous calls are allowed)',
    doc: 'One of the accepted ways to authenticate is gone: clients using it are refused.',
  },
  {
    id: 'security-alternative-added',
    label: 'servers (safe when anonymous calls were allowed)',
    doc: 'A new accepted way to authenticate: servers must accept it.',
  },
  {
    id: 'security-scopes-changed',
    label: 'clients, servers or both',
    doc: 'Scopes added to a requirement break clients (their tokens may lack them); scopes removed break servers (they must accept tokens without them).',
  },
  {
    id: 'security-scheme-changed',
    label: 'both',
    doc: 'A security scheme the operation uses changed its type, scheme, location or name: credentials sent the old way are refused, and servers must read them the new way.',
  },
  {
    id: 'request-parameter-added',
    label: 'clients when required, safe when optional',
    doc: 'A new required parameter: clients that do not send it are refused. An optional one is safe: servers ignore unknown parameters.',
  },
  {
    id: 'request-parameter-removed',
    label: 'clients',
    doc: 'Clients that send the parameter lose its effect (or are refused by strict servers).',
  },
  {
    id: 'request-parameter-required',
    label: 'clients',
    doc: 'A parameter became required: clients that do not send it are refused.',
  },
  {
    id: 'request-parameter-optional',
    label: 'servers',
    doc: 'A parameter is no longer required: servers must accept requests without it.',
  },
  {
    id: 'request-body-added',
    label: 'clients when required, safe when optional',
    doc: 'An operation without a request body now documents one; when it is required, clients that send none are refused.',
  },
  {
    id: 'request-body-removed',
    label: 'clients',
    doc: 'Clients that send a body lose its effect (or are refused).',
  },
  {
    id: 'request-body-required',
    label: 'clients',
    doc: 'The request body became required: clients that send none are refused.',
  },
  {
    id: 'request-body-optional',
    label: 'servers',
    doc: 'The request body is no longer required: servers must accept requests without one.',
  },
  {
    id: 'request-media-type-removed',
    label: 'clients',
    doc: 'Clients that send this media type are refused (415).',
  },
  {
    id: 'request-media-type-added',
    label: 'servers',
    doc: 'Servers must accept a new request media type.',
  },
  {
    id: 'response-status-added',
    label: 'clients (safe when the old `NXX` or `default` response already described it identically)',
    doc: 'Clients may receive a status they do not handle. Safe when the old contract already documented that status through a range or `default` with the same body: clients handle it already.',
  },
  {
    id: 'response-status-removed',
    label:
      'servers; both for a 2XX (safe when an `NXX` or `default` response still describes it identically)',
    doc: 'Servers that still return the status now send an undocumented one (clients lose nothing: they never get it). A removed success status breaks clients too: what they wait for never comes. Safe when a range or `default` in the new contract describes it with the same body.',
  },
  {
    id: 'response-media-type-added',
    label: 'clients',
    doc: 'Clients may receive a media type they cannot read.',
  },
  {
    id: 'response-media-type-removed',
    label: 'both',
    doc: 'Clients that ask for this media type no longer get it, and servers that still send it send an undocumented one.',
  },
  {
    id: 'response-header-added',
    label: 'servers when required, safe when optional',
    doc: 'A new required response header: servers that do not send it break the contract.',
  },
  {
    id: 'response-header-removed',
    label: 'clients',
    doc: 'Clients that read the header no longer get it (or get it unconstrained).',
  },
  {
    id: 'response-header-required',
    label: 'servers',
    doc: 'A response header became required: servers that do not send it break the contract.',
  },
  {
    id: 'response-header-optional',
    label: 'clients',
    doc: 'A response header is no longer required: clients that rely on it may not get it.',
  },
  {
    id: 'response-link-changed',
    label: 'safe when added; clients when removed or leading elsewhere',
    doc: 'The wire is the same, but clients and tools follow a link to call the next operation: a new one is safe; one removed, or with another operation or other parameters, breaks them. Its documentation is safe.',
  },
];

/** `x-lakesail-*` declarations: what an operation means, which the mock and the kit act on. */
const SEMANTICS_RULES: DiffRule[] = [
  {
    id: 'semantics-changed',
    label: 'both',
    doc: 'A declared meaning (`x-lakesail-action`, `x-lakesail-permission`, `x-lakesail-role`, ...) was added, removed or changed: never documentation only, since the mock and the kit act on it. Labelled both for a person to review.',
  },
  {
    id: 'request-unique-added',
    label: 'clients',
    doc: 'A request property became `x-lakesail-unique`: servers may now refuse a value another resource already has (409), so clients that send one are refused.',
  },
  {
    id: 'request-unique-removed',
    label: 'servers',
    doc: 'A request property is no longer `x-lakesail-unique`: servers must now accept a value another resource already has.',
  },
];

const SCHEMA_RULES: SchemaRule[] = [
  {
    id: 'property-added',
    request: {
      label: 'clients when required; servers when unknown properties were refused; otherwise safe',
      doc: 'A new required property: clients that do not send it are refused. A new optional one is safe unless the old schema refused unknown properties (`additionalProperties: false`): then servers that refuse it break. Assumes clients did not send unknown properties that happen to share its name.',
    },
    response: {
      label: 'servers when required; clients when unknown properties were ruled out; otherwise safe',
      doc: 'A new required property: servers that do not send it break the contract. A new optional one is safe unless the old schema ruled out other properties (`additionalProperties: false`): then strict clients break.',
    },
  },
  {
    id: 'property-removed',
    request: {
      label: 'clients when unknown properties are refused, otherwise both',
      doc: 'Clients that send it are refused when the new schema refuses unknown properties; otherwise they silently lose its effect (clients) and servers must accept any value under that name (servers).',
    },
    response: {
      label: 'clients (both when unknown properties are ruled out)',
      doc: 'Clients that read it no longer get it. When the new schema rules out other properties, servers that still send it break the contract too.',
    },
  },
  {
    id: 'property-renamed',
    request: {
      label: 'both',
      doc: 'One property removed and one added with the same schema: clients send the old name, servers read the new one.',
    },
    response: {
      label: 'both',
      doc: 'One property removed and one added with the same schema: servers send the old name, clients read the new one.',
    },
  },
  {
    id: 'property-required',
    request: {
      label: 'clients',
      doc: 'A property became required: clients that do not send it are refused.',
    },
    response: {
      label: 'servers',
      doc: 'A property became required: servers that do not send it break the contract.',
    },
  },
  {
    id: 'property-optional',
    request: {
      label: 'servers',
      doc: 'A property is no longer required: servers must accept bodies without it.',
    },
    response: {
      label: 'clients',
      doc: 'A property is no longer required: clients that rely on it may not get it.',
    },
  },
  constraint(
    'type-changed',
    'The type (a replaced type is both; `integer` to `number` or an added `null` loosens)',
  ),
  constraint('format-changed', 'The format (added tightens, removed loosens, replaced is both)'),
  constraint('max-length-changed', 'maxLength'),
  constraint('min-length-changed', 'minLength'),
  constraint('pattern-changed', 'The pattern (added tightens, removed loosens, replaced is both)'),
  constraint('enum-changed', 'The enum (values removed tighten, values added loosen)'),
  constraint('const-changed', 'The const'),
  constraint('maximum-changed', 'maximum'),
  constraint('minimum-changed', 'minimum'),
  constraint('exclusive-maximum-changed', 'exclusiveMaximum'),
  constraint('exclusive-minimum-changed', 'exclusiveMinimum'),
  constraint('multiple-of-changed', 'multipleOf'),
  constraint('max-items-changed', 'maxItems'),
  constraint('min-items-changed', 'minItems'),
  constraint('unique-items-changed', 'uniqueItems'),
  constraint('max-properties-changed', 'maxProperties'),
  constraint('min-properties-changed', 'minProperties'),
  constraint(
    'additional-properties-changed',
    'additionalProperties (`false` tightens, allowing more loosens)',
  ),
];

const GENERAL_RULES: DiffRule[] = [
  {
    id: 'annotation-changed',
    label: 'safe',
    doc: 'Documentation only (description, summary, title, examples, deprecated, tags, `x-` extensions other than `x-lakesail-*`, a path parameter name): no request or response changes.',
  },
  {
    id: 'unclassified-change',
    label: 'both',
    doc: 'A change the diff does not understand (e.g. `not`, `if`, `style`, a different number of `oneOf` members). Labelled as breaking both sides on purpose: a gate must not pass what it cannot judge; a person decides.',
  },
];

function expand(rule: SchemaRule): DiffRule[] {
  const sides: Side[] = ['request', 'response'];
  return sides.map((side) => ({ id: `${side}-${rule.id}`, label: rule[side].label, doc: rule[side].doc }));
}

/** Every rule, in documentation order. */
export const DIFF_RULES: readonly DiffRule[] = [
  ...OPERATION_RULES,
  ...SEMANTICS_RULES,
  ...SCHEMA_RULES.flatMap(expand),
  ...GENERAL_RULES,
];

const KNOWN_IDS = new Set(DIFF_RULES.map((rule) => rule.id));

/** The id, checked against the registry, so that no change can carry an undocumented rule id. */
export function ruleId(id: string): string {
  if (!KNOWN_IDS.has(id)) throw new Error(`diff rule "${id}" is not in DIFF_RULES`);
  return id;
}
