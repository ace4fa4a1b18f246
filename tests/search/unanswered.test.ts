import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const MODULE = pathToFileURL(resolve(import.meta.dirname, '..', '..', 'src', 'search', 'unanswered.ts')).href;
const work = mkdtempSync(join(tmpdir(), 'vajs-unanswered-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs a script in a Node process of its own, as a build does, since the guard works at process exit. */
function run(body: string) {
  const script = join(work, `script-${Math.random().toString(36).slice(2)}.ts`);
  writeFileSync(script, `import { rejectIfUnanswered } from '${MODULE}';\n${body}\n`);
  return spawnSync(process.execPath, [script], { encoding: 'utf8' });
}

describe('rejectIfUnanswered', () => {
  it('fails a process whose awaited work can never finish, instead of letting it exit with status 0', () => {
    // A promise nothing will ever settle: what Pagefind's API leaves behind when its process dies.
    const result = run(`
      try { await rejectIfUnanswered(new Promise(() => {}), 'Pagefind stopped answering.'); }
      catch (error) { console.error(error.message); process.exitCode = 1; }`);
    expect(result.stderr.trim()).toBe('Pagefind stopped answering.');
    expect(result.status).toBe(1);
  });

  it('passes on what the work returns or throws when it does finish', () => {
    const result = run(`
      console.log(await rejectIfUnanswered(new Promise((done) => setTimeout(() => done('written'), 20)), 'never'));
      await rejectIfUnanswered(Promise.reject(new Error('Pagefind could not write its index.')), 'never').catch((error) => console.log(error.message));`);
    expect(result.stdout.trim().split('\n')).toEqual(['written', 'Pagefind could not write its index.']);
    expect(result.status).toBe(0);
  });
});
