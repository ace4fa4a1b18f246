/**
 * npm run generate -- --entries <N> [--versions <V>] --out <dir>
 * Writes a synthetic handbook of about N entries in the project's content format: into <dir>
 * itself, or with --versions into <dir>/content (the working copy) and V published versions
 * in <dir>/versions, with realistic changes between them.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateHandbook } from './lib/generate-handbook.ts';
import { publishGeneratedVersion, writeFiles } from './lib/generate-versions.ts';

// 1. Read the arguments.
const { values } = parseArgs({ options: { entries: { type: 'string', default: '1000' }, versions: { type: 'string', default: '0' }, out: { type: 'string' } } });
const entries = Number(values.entries);
const versions = Number(values.versions);
if (!Number.isInteger(entries) || entries < 10 || !Number.isInteger(versions) || versions < 0 || versions > 9 || !values.out) {
  console.error('Usage: npm run generate -- --entries <N (10 or more)> [--versions <V (0 to 9)>] --out <dir>');
  process.exit(2);
}
const out = resolve(values.out);

// 2. Write the handbook, and publish its versions one by one as the quality manager would.
if (versions === 0) {
  writeFiles(out, generateHandbook(entries));
  console.log(`Wrote ${entries} entries to ${out}.\nCheck it with: VAJS_CONTENT_DIR=${out} npm run check`);
} else {
  writeFiles(out, []);
  for (let version = 1; version <= versions; version += 1) publishGeneratedVersion(out, entries, version);
  console.log(`Wrote ${entries} entries in ${versions} published versions to ${out}.\nBuild them with: VAJS_VERSIONS_DIR=${join(out, 'versions')} npm run build`);
}
