import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { deployedHeaders } from '../../scripts/lib/deploy-config.ts';
import { startSiteServer, type SiteServer } from '../../scripts/lib/nginx-server.ts';

// What nginx sends with deploy/nginx.conf is what the file says: each header once, as written,
// for a page, the 404 page and a Pagefind file. A header nginx drops (add_header is not inherited
// by a block with one of its own) or sends twice would show here.
const siteDir = inject('siteDir');
let server: SiteServer;

beforeAll(async () => {
  server = await startSiteServer(siteDir);
});
afterAll(async () => {
  await server?.close();
});

async function get(path: string): Promise<Response> {
  return fetch(server.url + path, { redirect: 'manual' });
}

function expectHeaders(response: Response, expected: Map<string, string>, what: string): void {
  expect(expected.size, `deploy/nginx.conf adds headers to ${what}`).toBeGreaterThan(0);
  // fetch joins a header sent twice with ", ", so equality also means "sent once".
  const sent = Object.fromEntries([...expected.keys()].map((name) => [name, response.headers.get(name)]));
  expect(sent, what).toEqual(Object.fromEntries(expected));
}

describe('nginx with deploy/nginx.conf', () => {
  it('sends the server\'s headers with an HTML page', async () => {
    const response = await get('/protsessid/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expectHeaders(response, deployedHeaders('/'), 'an HTML page');
  });

  it('answers an unknown address with the site\'s 404 page and the same headers', async () => {
    const response = await get('/ei-ole-sellist-lehte/');
    expect(response.status).toBe(404);
    expect(await response.text()).toBe(readFileSync(join(siteDir, '404.html'), 'utf8'));
    expectHeaders(response, deployedHeaders('/'), 'the 404 page');
  });

  it('sends the server\'s headers with a Pagefind file, as a binary type', async () => {
    const wasm = readdirSync(join(siteDir, 'pagefind')).find((name) => name.endsWith('.pagefind'));
    expect(wasm, 'a .pagefind file in the built site').toBeDefined();
    const response = await get(`/pagefind/${wasm}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    expectHeaders(response, deployedHeaders('/'), 'a Pagefind file');
  });

  it('sends a hashed asset with the server\'s headers and a year of caching', async () => {
    const asset = readdirSync(join(siteDir, '_astro')).find((name) => name.endsWith('.js'));
    const response = await get(`/_astro/${asset}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    // The security policy reaches the scripts and stylesheets too: their location adds no header that would drop it.
    expect(deployedHeaders('/_astro/')).toEqual(deployedHeaders('/'));
    expectHeaders(response, deployedHeaders('/_astro/'), 'a hashed asset');
    expect(response.headers.get('cache-control')).toBe('max-age=31536000');
  });

  it('serves the calendar feeds as iCalendar', async () => {
    const response = await get('/kvaliteedijuhile/ulevaatuskalender.ics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expectHeaders(response, deployedHeaders('~ \\.ics$'), 'a calendar feed');
  });
});
