import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

function htmlPages(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((item) => item.isFile() && item.name.endsWith('.html')).length;
}

function run(script: string, args: string[], env: NodeJS.ProcessEnv): string {
  const result = spawnSync('bash', [script, ...args], { env, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (result.status !== 0) throw new Error(`${script} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/**
 * This project's full build of its generated 2,000-entry handbook against the plain Astro 7 +
 * Pagefind site of the anchors script, on its 2,000-page corpus: the script's `vajs` command
 * clones this checkout's HEAD commit (commit first), `pair` builds the two alternately from cold
 * and gives the median of each and of the per-pair ratios. The sites differ a little in pages,
 * so the ratio that counts is per page.
 */
export function measureAnchors(script: string, runs: number): Record<string, number | string> {
  // Cold means without any cache a build keeps, Node's compiled modules among them (the plain Astro site keeps none).
  const env: NodeJS.ProcessEnv = { ...process.env, MAIN: process.cwd(), RUNS: String(runs), NODE_DISABLE_COMPILE_CACHE: '1' };
  const work = env.WORK ?? join(env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'perf-anchor');
  run(script, ['vajs'], env);
  const line = run(script, ['pair', '2000', 'vajs', 'astro'], env).trim().split('\n').at(-1) ?? '';
  const seconds = /vajs: median ([\d.]+) s\s+astro: median ([\d.]+) s\s+median ratio vajs\/astro = ([\d.]+)/.exec(line);
  if (!seconds) throw new Error(`Unexpected output of the anchors script: ${line}`);
  const pages = { vajs: htmlPages(join(work, 'vajs', 'dist-bench')), astro: htmlPages(join(work, 'astro-plain', 'dist')) };
  const ratio = Number(seconds[3]);
  return {
    comparison: 'full build, 2,000 entries',
    vajsSeconds: Number(seconds[1]),
    vajsPages: pages.vajs,
    astroSeconds: Number(seconds[2]),
    astroPages: pages.astro,
    medianRatio: ratio,
    perPageRatio: ratio * (pages.astro / pages.vajs),
  };
}
