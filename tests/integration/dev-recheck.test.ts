import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { recheckOnEdit } from '../../src/integrations/vajs.ts';

type Listener = (event: string, path: string) => void;

describe("the dev server's latest check", () => {
  const work = mkdtempSync(join(tmpdir(), 'vajs-recheck-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const contentRoot = join(work, 'content');
  cpSync(resolve('tests/fixtures/clean/content'), contentRoot, { recursive: true });
  const listeners: Listener[] = [];
  const watcher = { on: (_event: 'all', listener: Listener) => listeners.push(listener) };
  const options = { projectRoot: resolve('.'), contentRoot, versionsRoot: join(work, 'versions'), today: '2026-12-01', edition: { kind: 'single' } as const, editUrl: '' };
  const logged: string[] = [];
  const logger = { info: (message: string) => logged.push(message), error: (message: string) => logged.push(message) };
  const latest = recheckOnEdit(watcher, join(work, 'snapshot.json'), options, logger, checkContent(contentRoot, 'content', { today: options.today }));

  it('answers from the check the server started with, without reading the content again', async () => {
    expect((await latest()).problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it("after an edit, answers once that edit's check has run, with the problem it found", async () => {
    const file = join(contentRoot, 'processes', 'p13.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('owner: kriisireguleerimis-ja-toimepidevuse-juht', 'owner: kriisijuht-puudub'));
    for (const listener of listeners) listener('change', file);
    const problems = (await latest()).problems.filter((problem) => problem.severity === 'error');
    // Outside the project, the file is named by its whole path.
    expect(problems.map((problem) => [problem.code, problem.file])).toEqual([['UnknownReference', file]]);
    expect(logged.at(-1)).toMatch(/^Sisu kontrollitud uuesti: /);
  });

  it('ignores an edit outside the content root', async () => {
    const before = latest();
    for (const listener of listeners) listener('change', join(work, 'elsewhere.txt'));
    expect(latest()).toBe(before);
  });
});
