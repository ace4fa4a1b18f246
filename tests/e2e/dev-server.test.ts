import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/lib/nginx-server.ts';
import { waitForLock } from '../../src/locks/lock-file.ts';

// `astro dev` on a copy of the content: an author's edit reaches the quality manager's pages at
// the next reload, without restarting the server. The dev server writes the project's .astro/
// as a build does, so it holds the build lock while it runs.
const ROOT = resolve(import.meta.dirname, '..', '..');
const HEALTH = '/kvaliteedijuhile/sisu-korrasolek/';
let content: string;
let server: ChildProcess | undefined;
let url: string;
let release: () => void = () => undefined;

/** The environment an author's terminal has: the test runner's own variables (VITEST, NODE_ENV=test) make Astro answer every page with 404. */
function authorEnvironment(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));
  return { ...env, NODE_ENV: 'development' };
}

async function page(path: string): Promise<string> {
  const response = await fetch(url + path);
  expect(response.status, path).toBe(200);
  return response.text();
}

/** The page's text once it contains `text`, asked again until it does or the time runs out. */
async function pageOnceItHas(path: string, text: string, seconds: number): Promise<string> {
  const until = Date.now() + seconds * 1000;
  let last = '';
  while (Date.now() < until) {
    last = await page(path);
    if (last.includes(text)) return last;
    await new Promise((done) => setTimeout(done, 500));
  }
  return last;
}

beforeAll(async () => {
  release = await waitForLock(join(ROOT, 'node_modules', '.cache', 'vajs', 'build.lock'), () => undefined);
  content = mkdtempSync(join(tmpdir(), 'vajs-dev-'));
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    env: { ...authorEnvironment(), VAJS_CONTENT_DIR: content, VAJS_TODAY: '2026-06-01', ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout!.on('data', (chunk) => (output += chunk));
  server.stderr!.on('data', (chunk) => (output += chunk));
  let ended: string | undefined;
  server.on('exit', (code, signal) => (ended = `astro dev ended (${code ?? signal}):\n${output}`));
  const until = Date.now() + 60_000;
  for (;;) {
    try {
      const response = await fetch(url + HEALTH);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (ended) throw new Error(ended);
    if (Date.now() > until) throw new Error(`astro dev did not answer within 60 s:\n${output}`);
    await new Promise((done) => setTimeout(done, 500));
  }
});

afterAll(() => {
  if (server?.pid) process.kill(server.pid);
  rmSync(content, { recursive: true, force: true });
  release();
});

describe('the dev server', () => {
  it('shows a content mistake on the content-health page after the edit, without a restart', async () => {
    expect(await page(HEALTH)).not.toContain('puuduv-ametikoht');
    const file = join(content, 'processes', 'p15.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^owner: .*$/m, 'owner: puuduv-ametikoht'));
    const after = await pageOnceItHas(HEALTH, 'puuduv-ametikoht', 60);
    expect(after).toContain('puuduv-ametikoht');
    expect(after).toContain('UnknownReference');
  });
});
