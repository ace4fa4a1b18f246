/**
 * npm run setup — installs exactly the locked dependencies with `npm ci`, Node 24 among them.
 *
 * Plain JavaScript on purpose: it runs under whatever Node the machine has (20 or newer), before
 * the project's own Node is installed. `npm ci` deletes node_modules/ first, and with it the
 * kept renderings of published versions, so it runs only when the lockfile differs from the one
 * installed last (or nothing is installed); otherwise it says so and returns at once.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const stamp = join(root, 'node_modules', '.vajs-installed');
const wanted = createHash('sha256')
  .update(readFileSync(join(root, 'package-lock.json')))
  .update(`${process.platform}-${process.arch}`)
  .digest('hex');
const installed = existsSync(stamp) ? readFileSync(stamp, 'utf8') : '';

if (installed === wanted && existsSync(join(root, 'node_modules', '.bin', 'astro'))) {
  console.log('Sõltuvused on paigas (package-lock.json pole muutunud).');
} else {
  console.log('Paigaldan sõltuvused (npm ci, esimesel korral umbes pool minutit)…');
  const npm = process.env.npm_execpath
    ? [process.execPath, [process.env.npm_execpath]]
    : [process.platform === 'win32' ? 'npm.cmd' : 'npm', []];
  const run = spawnSync(npm[0], [...npm[1], 'ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) {
    console.error('\nSõltuvuste paigaldamine ebaõnnestus (vt npm-i teadet ülal).');
    process.exit(run.status ?? 1);
  }
  writeFileSync(stamp, wanted);
  console.log('Sõltuvused on paigas.');
}
