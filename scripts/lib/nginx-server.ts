import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { DEPLOY_CONFIG_NAME, deployedServer, relocatedServer } from './deploy-config.ts';
import { directive, type Directive, printNginxConfig, quote } from './nginx-config.ts';

/**
 * Serves a built site with real nginx and the server block of deploy/nginx.conf, so what the
 * browser tests, the PDF and the screenshots get (policy, headers, 404 page, types) is what a
 * reader of the deployed site gets. nginx runs in the foreground as a child of this process,
 * from a temporary prefix, so it needs no privilege and touches nothing of the machine's nginx.
 */

export interface SiteServer {
  /** Base address without a trailing slash, e.g. http://127.0.0.1:40123 */
  url: string;
  close(): Promise<void>;
}

const INSTALL_HINT = 'The site is served with nginx, as deployed; install it (Debian: apt-get install nginx-light).';
const STARTUP_TIMEOUT_MS = 10_000;

/** nginx on the path, or where Debian puts it (/usr/sbin is not on every user's path). */
function nginxBinary(): string {
  for (const dir of [...(process.env['PATH'] ?? '').split(':').filter(Boolean), '/usr/sbin', '/usr/local/sbin']) {
    const candidate = join(dir, 'nginx');
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`nginx not found. ${INSTALL_HINT}`);
}

/** `nginx -V`: the build's paths and modules, which the generated configuration must follow. */
function nginxVersionInfo(binary: string): string {
  const run = spawnSync(binary, ['-V'], { encoding: 'utf8' });
  // nginx prints its version and configure arguments on stderr.
  if (run.status !== 0) throw new Error(`${binary} -V failed: ${run.error?.message ?? run.stderr}. ${INSTALL_HINT}`);
  return run.stdout + run.stderr;
}

/**
 * The configuration around the deployed server block: the http context it is written for
 * (Debian's stock nginx.conf: its mime.types and default type, which deploy/nginx.conf relies
 * on for .pagefind and the like), with every path nginx writes moved into the prefix.
 */
function wrapperConfig(versionInfo: string, prefix: string, server: Directive): string {
  const confPath = /--conf-path=(\S+)/.exec(versionInfo)?.[1] ?? '/etc/nginx/nginx.conf';
  const mimeTypes = join(dirname(confPath), 'mime.types');
  if (!existsSync(mimeTypes)) throw new Error(`nginx's ${mimeTypes} is missing. ${INSTALL_HINT}`);
  // The compiled-in temporary folders (under /var/lib/nginx on Debian) are not ours to write:
  // move each one this build has into the prefix; a module built without has no directive.
  const temps = [...versionInfo.matchAll(/--http-([a-z-]+)-temp-path=\S+/g)]
    .map((match) => match[1]!.replace(/-/g, '_'))
    .filter((module) => !versionInfo.includes(`--without-http_${module}_module`))
    .map((module) => {
      mkdirSync(join(prefix, 'temp', module), { recursive: true });
      return directive(`${module}_temp_path`, quote(join(prefix, 'temp', module)));
    });
  const main: Directive[] = [
    directive('worker_processes', '1'),
    // The master drops its workers to `user` only when it runs as root; the built site is in a
    // folder of the user running the tests, so the workers read it as that user.
    ...(process.getuid?.() === 0 ? [directive('user', quote(userInfo().username))] : []),
    { name: 'events', args: [], block: [directive('worker_connections', '256')], line: 0 },
    {
      name: 'http',
      args: [],
      line: 0,
      block: [
        directive('include', quote(mimeTypes)),
        directive('default_type', 'application/octet-stream'),
        directive('sendfile', 'on'),
        directive('access_log', 'off'),
        ...temps,
        server,
      ],
    },
  ];
  return `# Generated for one test run from ${DEPLOY_CONFIG_NAME}; see scripts/lib/nginx-server.ts.\n${printNginxConfig(main)}`;
}

/** A port nobody listens on now; nginx may still lose it to another process, so start retries. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

function answers(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done();
    else child.once('exit', () => done());
  });
}

/** Starts nginx for `dir` once; rejects with nginx's own messages when it does not come up. */
async function startOnce(binary: string, versionInfo: string, root: string, port: number): Promise<SiteServer> {
  const prefix = mkdtempSync(join(tmpdir(), 'vajs-nginx-'));
  const config = join(prefix, 'nginx.conf');
  const errorLog = join(prefix, 'error.log');
  writeFileSync(config, wrapperConfig(versionInfo, prefix, relocatedServer(deployedServer(), `127.0.0.1:${port}`, root)));
  // -e (nginx 1.19.5 and later): where nginx writes errors before it has read error_log; older
  // ones try their compiled-in log first and go on without it.
  const [major = 0, minor = 0, patch = 0] = (/nginx\/(\d+)\.(\d+)\.(\d+)/.exec(versionInfo)?.slice(1) ?? []).map(Number);
  const earlyLog = major * 1_000_000 + minor * 1_000 + patch >= 1_019_005 ? ['-e', errorLog] : [];
  const child = spawn(
    binary,
    ['-p', prefix + '/', '-c', config, ...earlyLog, '-g', `daemon off; pid ${quote(join(prefix, 'nginx.pid'))}; error_log ${quote(errorLog)} warn;`],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  // Never leave nginx behind when this process ends without closing it (a failed test run).
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const cleanUp = () => {
    process.removeListener('exit', killOnExit);
    rmSync(prefix, { recursive: true, force: true });
  };
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      // TERM: nginx's fast shutdown; the tests have had their answers.
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited(child);
      clearTimeout(timer);
    }
    cleanUp();
  };
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null || Date.now() - started > STARTUP_TIMEOUT_MS) {
      const log = existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '';
      const how = child.exitCode !== null ? `exited with code ${child.exitCode}` : child.signalCode ? `was killed by ${child.signalCode}` : `did not answer on 127.0.0.1:${port} within ${STARTUP_TIMEOUT_MS / 1000} s`;
      const generated = readFileSync(config, 'utf8');
      await close();
      throw Object.assign(new Error(`nginx ${how}.\n${[stderr.trim(), log.trim()].filter(Boolean).join('\n') || '(nginx wrote no error)'}\nGenerated configuration:\n${generated}`), {
        addressInUse: /Address already in use/.test(stderr + log),
      });
    }
    if (await answers(port)) break;
    await new Promise((done) => setTimeout(done, 25));
  }
  return { url: `http://127.0.0.1:${port}`, close };
}

/** Serves the built site in `dir` with nginx and deploy/nginx.conf on a free 127.0.0.1 port. */
export async function startSiteServer(dir: string): Promise<SiteServer> {
  const binary = nginxBinary();
  const versionInfo = nginxVersionInfo(binary);
  const root = resolve(dir);
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(binary, versionInfo, root, await freePort());
    } catch (error) {
      // Another process took the port between probing and binding: take another.
      if (attempt < 3 && (error as { addressInUse?: boolean }).addressInUse) continue;
      throw error;
    }
  }
}
