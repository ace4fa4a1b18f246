/**
 * npm run bench — measures the checker and the build on the real handbook and on generated
 * ones of 1,000, 5,000 and 20,000 entries, prints a table and writes the numbers as JSON.
 * Search is measured in Chromium on each built site: index size, script a page loads, and
 * the time from a keystroke in the search box to its results.
 * Published versions: a generated handbook with 1 and with 5 versions is built from cold, then
 * one more version is published and the site rebuilt, to show what a version costs.
 * The check is set against its floor: reading and YAML-parsing the same files in one Node
 * process (scripts/lib/check-floor.ts), median of as many runs, measured alternately with it.
 * --anchors also builds the plain Astro 7 + Pagefind site of the anchors script (the folder
 * --anchors-dir, by default ../shared/anchors) A B A B against this project's full build of its
 * generated 2,000-entry handbook, and prints the ratio per page; without that folder it says so
 * and measures the rest.
 * Options: --sizes 1000,5000 (generated sizes), --runs 3, --json bench-results.json, --no-build,
 * --version-entries 1000 (0 skips the versions), --anchors, --anchors-dir <dir>.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateHandbook } from './lib/generate-handbook.ts';
import { publishGeneratedVersion } from './lib/generate-versions.ts';
import { measureAnchors } from './lib/measure-anchors.ts';
import { measureAlternating, measureNode } from './lib/measure.ts';
import { measureSearch } from './lib/measure-search.ts';
import { QUERIES } from './lib/search-queries.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000,20000' },
    runs: { type: 'string', default: '3' },
    json: { type: 'string', default: 'bench-results.json' },
    'no-build': { type: 'boolean', default: false },
    'version-entries': { type: 'string', default: '1000' },
    anchors: { type: 'boolean', default: false },
    'anchors-dir': { type: 'string', default: join('..', 'shared', 'anchors') },
  },
});
const runs = Number(values.runs);

// A warm-up query, then 20 timed ones: the real handbook's test queries, or the generated names.
const REAL_QUERIES = ['P15', ...QUERIES.slice(0, 20).map(({ query }) => query)];
const GENERATED_QUERIES = ['P05', 'P07', 'p12', 'P03_J01', 'Ametikoht 17', 'ametikoha', 'Roll 3', 'rollid', 'Kogu 2', 'Tugiteenus 1',
  'tuumiktiim', 'tuumiktiimi', 'eelarve', 'mõõdik', 'koostöö', 'kvaliteet', 'Poliitika 5', 'Osakond 2', 'MÕISTE12', 'Peatükk 1', 'ülevaade'];
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
const rows: Record<string, number | string>[] = [];
for (const { name, root } of handbooks) {
  // As npm run check and npm run build run: with Node's cache of compiled modules.
  const env = { VAJS_CONTENT_DIR: root, ASTRO_TELEMETRY_DISABLED: '1', NODE_COMPILE_CACHE: resolve('node_modules', '.cache', 'vajs', 'compile') };
  const entries = countEntries(root);
  const [check, floor] = measureAlternating(runs, [['scripts/check.ts'], ['scripts/lib/check-floor.ts', root]], env);
  const row: Record<string, number | string> = { handbook: name, entries, checkSeconds: check!.seconds, floorSeconds: floor!.seconds, checkToFloor: check!.seconds / floor!.seconds, checkPeakMiB: check!.peakMiB };
  if (!values['no-build']) {
    const outDir = join(work, `dist-${name.replace(/\W+/g, '-')}`);
    // The whole build as `npm run build` runs it: the check, the pages, the link check, the search index.
    const build = measureNode(['scripts/build.ts', '--outDir', outDir], { ...env, VAJS_BUILD_CACHE: join(work, 'cache') });
    const output = outputStats(outDir);
    const search = await measureSearch(outDir, '/protsessid/p01/', name === 'real content' ? REAL_QUERIES : GENERATED_QUERIES);
    Object.assign(row, {
      buildSeconds: build.seconds,
      buildPeakMiB: build.peakMiB,
      pages: output.pages,
      pagesPerSecond: output.pages / build.seconds,
      outputMiB: output.bytes / 1024 / 1024,
      htmlKiBPerPage: output.htmlBytes / 1024 / output.pages,
      ...search,
    });
    rmSync(outDir, { recursive: true, force: true });
  }
  console.error(`measured ${name}`);
  rows.push(row);
}

// 3. Published versions: a cold build of 1 and of 5 versions, then one more version published.
const versionRows: Record<string, number | string>[] = [];
const versionEntries = Number(values['version-entries']);
if (!values['no-build'] && versionEntries > 0) {
  for (const count of [1, 5]) {
    const out = join(work, `versions-${count}`);
    for (let version = 1; version <= count; version += 1) publishGeneratedVersion(out, versionEntries, version);
    const env = { VAJS_VERSIONS_DIR: join(out, 'versions'), VAJS_BUILD_CACHE: join(out, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' };
    const site = join(out, 'site');
    const cold = measureNode(['scripts/build.ts', '--outDir', site], env);
    const output = outputStats(site);
    publishGeneratedVersion(out, versionEntries, count + 1);
    const oneMore = measureNode(['scripts/build.ts', '--outDir', site], env);
    versionRows.push({ handbook: `generated ${versionEntries}`, versions: count, pages: output.pages, coldBuildSeconds: cold.seconds, outputMiB: output.bytes / 1024 / 1024, oneMoreVersionSeconds: oneMore.seconds });
    console.error(`measured ${count} versions`);
  }
}

// 4. Against the anchors: the plain Astro 7 + Pagefind site, built A B A B with this project's full build.
let anchors: Record<string, number | string>[] = [];
if (values.anchors) {
  const script = resolve(values['anchors-dir'], 'run-anchors.sh');
  if (existsSync(script)) anchors = [measureAnchors(script, runs)];
  else console.error(`no anchors script at ${script}: --anchors skipped`);
}

// 5. Print the tables and write the JSON.
const show = (value: number | string | undefined) => (typeof value === 'number' ? (Number.isInteger(value) ? String(value) : value.toFixed(2)) : (value ?? ''));
function printTable(table: Record<string, number | string>[]): void {
  if (table.length === 0) return;
  const columns = Object.keys(table.at(-1)!);
  console.log(`| ${columns.join(' | ')} |\n| ${columns.map(() => '---').join(' | ')} |`);
  for (const row of table) console.log(`| ${columns.map((column) => show(row[column])).join(' | ')} |`);
}
printTable(rows);
console.log('');
printTable(versionRows);
console.log('');
printTable(anchors);
const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version };
writeFileSync(values.json, `${JSON.stringify({ date: new Date().toISOString(), machine, runs, rows, versionRows, anchors }, null, 2)}\n`);
console.log(`\nMachine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}. JSON: ${values.json}`);
rmSync(work, { recursive: true, force: true });
