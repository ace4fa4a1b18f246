/**
 * npm run bench — measures the checker and the build on the real handbook and on generated
 * ones of 1,000, 5,000 and 20,000 entries, prints a table and writes the numbers as JSON.
 * Options: --sizes 1000,5000 (generated sizes), --runs 3, --json bench-results.json, --no-build.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateHandbook } from './lib/generate-handbook.ts';
import { measureMedian, measureNode } from './lib/measure.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000,20000' },
    runs: { type: 'string', default: '3' },
    json: { type: 'string', default: 'bench-results.json' },
    'no-build': { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const work = mkdtempSync(join(tmpdir(), 'vajs-bench-'));

function countEntries(root: string): number {
  return readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
}

function outputStats(dir: string) {
  let bytes = 0;
  let htmlBytes = 0;
  let pages = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const size = statSync(join(entry.parentPath, entry.name)).size;
    bytes += size;
    if (entry.name.endsWith('.html')) {
      htmlBytes += size;
      pages += 1;
    }
  }
  return { bytes, htmlBytes, pages };
}

// 1. Prepare the handbooks: the real one and generated ones.
const handbooks: { name: string; root: string }[] = [{ name: 'real content', root: resolve('content') }];
for (const size of values.sizes.split(',').filter(Boolean).map(Number)) {
  const root = join(work, `generated-${size}`);
  for (const file of generateHandbook(size)) {
    mkdirSync(join(root, file.path, '..'), { recursive: true });
    writeFileSync(join(root, file.path), file.text);
  }
  handbooks.push({ name: `generated ${size}`, root });
}

// 2. Measure each: the checker (median of several runs), then one full build.
const rows = handbooks.map(({ name, root }) => {
  const env = { VAJS_CONTENT_DIR: root, ASTRO_TELEMETRY_DISABLED: '1' };
  const entries = countEntries(root);
  const check = measureMedian(runs, ['scripts/check.ts'], env);
  const row: Record<string, number | string> = { handbook: name, entries, checkSeconds: check.seconds, checkPeakMiB: check.peakMiB };
  if (!values['no-build']) {
    const outDir = join(work, `dist-${name.replace(/\W+/g, '-')}`);
    const build = measureNode(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], env);
    const output = outputStats(outDir);
    Object.assign(row, {
      buildSeconds: build.seconds,
      buildPeakMiB: build.peakMiB,
      pages: output.pages,
      pagesPerSecond: output.pages / build.seconds,
      outputMiB: output.bytes / 1024 / 1024,
      htmlKiBPerPage: output.htmlBytes / 1024 / output.pages,
    });
    rmSync(outDir, { recursive: true, force: true });
  }
  console.error(`measured ${name}`);
  return row;
});

// 3. Print the table and write the JSON.
const columns = Object.keys(rows.at(-1)!);
const show = (value: number | string | undefined) => (typeof value === 'number' ? (Number.isInteger(value) ? String(value) : value.toFixed(2)) : (value ?? ''));
console.log(`| ${columns.join(' | ')} |\n| ${columns.map(() => '---').join(' | ')} |`);
for (const row of rows) console.log(`| ${columns.map((column) => show(row[column])).join(' | ')} |`);
const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version };
writeFileSync(values.json, `${JSON.stringify({ date: new Date().toISOString(), machine, runs, rows }, null, 2)}\n`);
console.log(`\nMachine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}. JSON: ${values.json}`);
rmSync(work, { recursive: true, force: true });
