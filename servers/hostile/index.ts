import type { RequestListener } from 'node:http';
import type { ReferenceAppOptions } from '../createReferenceApp';
import { echoesEveryTokenForm } from './echoes-every-token-form';

/** A server that attacks the kit itself (its redaction, its limits) rather than only breaking the contract. */
export interface HostileServer {
  /** Stable kebab-case name, also the file name and `--variant` of `servers/main.ts`. */
  name: string;
  /** One line: what it does to the kit. */
  attack: string;
  create(options: ReferenceAppOptions): Promise<RequestListener>;
}

/** Every hostile server, listed explicitly. */
export const HOSTILE_SERVERS: readonly HostileServer[] = [
  {
    name: 'echoes-every-token-form',
    attack:
      'echoes both tokens in every encoding (raw, URL, JSON-escaped, base64/base64url alone and of Bearer <token>, hex) in headers and body',
    create: echoesEveryTokenForm,
  },
];

export function hostileServer(name: string): HostileServer | undefined {
  return HOSTILE_SERVERS.find((server) => server.name === name);
}
