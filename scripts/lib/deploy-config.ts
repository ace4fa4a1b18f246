import { readFileSync } from 'node:fs';
import { addedHeaders, type Directive, directive, NginxConfigError, parseNginxConfig, quote } from './nginx-config.ts';

/**
 * deploy/nginx.conf, the server a ministry runs, read as configuration: the tests serve the site
 * with this very server block (see nginx-server.ts) and compare what it sends with what it says.
 */
export const DEPLOY_CONFIG_NAME = 'deploy/nginx.conf';
const DEPLOY_CONFIG = new URL('../../deploy/nginx.conf', import.meta.url);

function fail(message: string): never {
  throw new NginxConfigError(`${DEPLOY_CONFIG_NAME}: ${message}`);
}

/** The one top-level `server { … }` block of a configuration, checked to have a listen and a root. */
export function serverBlock(config: readonly Directive[]): Directive & { block: Directive[] } {
  const servers = config.filter((d) => d.name === 'server');
  if (servers.length !== 1 || !servers[0]!.block) fail(`expected exactly one top-level "server { … }" block, found ${servers.length}.`);
  const server = servers[0] as Directive & { block: Directive[] };
  const others = config.filter((d) => d.name !== 'server');
  // The file is included into the http context of the ministry's nginx; anything beside the
  // server block would be deployed too, and the tests would not serve it.
  if (others.length) fail(`line ${others[0]!.line}: "${others[0]!.name}" outside the server block; the tests serve only the server block.`);
  if (!server.block.some((d) => d.name === 'listen')) fail(`the server block (line ${server.line}) has no "listen" directive.`);
  const roots = server.block.filter((d) => d.name === 'root');
  if (roots.length !== 1 || roots[0]!.args.length !== 1) fail(`the server block (line ${server.line}) must have exactly one "root <folder>;" directive, found ${roots.length}.`);
  // A location serving from a folder of its own would escape the replaced root: the tests
  // would then read the production path.
  const nested = (block: readonly Directive[]): Directive | undefined =>
    block.map((d) => (d.block ? (d.block.find((inner) => inner.name === 'root' || inner.name === 'alias') ?? nested(d.block)) : undefined)).find(Boolean);
  const escaping = nested(server.block);
  if (escaping) fail(`line ${escaping.line}: "${escaping.name}" inside a location; the tests can replace only the server's root.`);
  return server;
}

/** Reads and checks deploy/nginx.conf; throws with the file and line on anything unexpected. */
export function deployedServer(): Directive & { block: Directive[] } {
  return serverBlock(parseNginxConfig(readFileSync(DEPLOY_CONFIG, 'utf8'), DEPLOY_CONFIG_NAME));
}

/**
 * The deployed server block moved to a local address and a built site: its listen directives
 * become one `listen <address>`, its root the given folder; every other directive as written.
 */
export function relocatedServer(server: Directive & { block: Directive[] }, listen: string, root: string): Directive {
  let listened = false;
  const block = server.block.flatMap((d) => {
    if (d.name === 'listen') {
      if (listened) return [];
      listened = true;
      return [directive('listen', listen)];
    }
    if (d.name === 'root') return [directive('root', quote(root))];
    return [d];
  });
  return { ...server, block };
}

/** The headers deploy/nginx.conf adds to what `location` serves, or to the server's own responses. */
export function deployedHeaders(location?: string): Map<string, string> {
  const server = deployedServer();
  if (location === undefined) return addedHeaders(server.block);
  const block = server.block.find((d) => d.name === 'location' && d.args.join(' ') === location)?.block;
  if (!block) fail(`no "location ${location}" block.`);
  return addedHeaders(server.block, block);
}

/** The policy the site is deployed under. */
export const CONTENT_SECURITY_POLICY = (() => {
  const policy = deployedHeaders().get('Content-Security-Policy');
  if (!policy) fail('the server block adds no Content-Security-Policy header.');
  return policy;
})();
