import { createReadStream, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

/**
 * The policy the site is deployed under, read from the sample server configuration itself, so
 * the browser tests cannot drift from what deploy/nginx.conf sends.
 */
export const CONTENT_SECURITY_POLICY = (() => {
  const config = readFileSync(new URL('../../deploy/nginx.conf', import.meta.url), 'utf8');
  const policy = /add_header Content-Security-Policy "([^"]+)"/.exec(config)?.[1];
  if (!policy) throw new Error('deploy/nginx.conf has no Content-Security-Policy header.');
  return policy;
})();

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  // Pagefind's index: its WebAssembly and compressed index chunks.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export interface StaticServer {
  /** Base address without a trailing slash, e.g. http://127.0.0.1:40123 */
  url: string;
  close(): Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function send(response: ServerResponse, status: number, headers: Record<string, string>, body?: string): void {
  response.writeHead(status, { ...SECURITY_HEADERS, ...headers });
  response.end(body);
}

/** Serves a built static site from `dir` on 127.0.0.1 with a random port, as the production server would. */
export async function startStaticServer(dir: string): Promise<StaticServer> {
  const root = resolve(dir);
  const server = createServer((request, response) => {
    void (async () => {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        send(response, 405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }, 'Method not allowed');
        return;
      }
      let pathname: string;
      try {
        pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      } catch {
        send(response, 400, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Bad request');
        return;
      }
      const target = resolve(join(root, pathname));
      if (pathname.includes('\0') || (target !== root && !target.startsWith(root + sep))) {
        send(response, 404, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Not found');
        return;
      }
      let file: string | undefined;
      if (pathname.endsWith('/')) {
        if (await isFile(join(target, 'index.html'))) file = join(target, 'index.html');
      } else if (await isFile(target)) {
        file = target;
      } else if (await isFile(join(target, 'index.html'))) {
        const query = new URL(request.url ?? '/', 'http://localhost').search;
        send(response, 301, { Location: `${encodeURI(pathname)}/${query}` });
        return;
      }
      const type = file ? CONTENT_TYPES[extname(file).toLowerCase()] : undefined;
      if (!file || !type) {
        send(response, 404, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Not found');
        return;
      }
      response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-cache' });
      if (request.method === 'HEAD') {
        response.end();
        return;
      }
      const stream = createReadStream(file);
      stream.on('error', () => response.destroy());
      stream.pipe(response);
    })().catch(() => {
      if (!response.headersSent) send(response, 500, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Server error');
      else response.destroy();
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}
