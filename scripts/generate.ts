/**
 * npm run generate -- --entries <N> --out <dir>
 * Writes a synthetic handbook of about N entries in the project's content format.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateHandbook } from './lib/generate-handbook.ts';

// 1. Read the arguments.
const { values } = parseArgs({ options: { entries: { type: 'string', default: '1000' }, out: { type: 'string' } } });
const entries = Number(values.entries);
if (!Number.isInteger(entries) || entries < 10 || !values.out) {
  console.error('Usage: npm run generate -- --entries <N (10 or more)> --out <dir>');
  process.exit(2);
}
const out = resolve(values.out);

// 2. Write the handbook into a fresh folder.
rmSync(out, { recursive: true, force: true });
const files = generateHandbook(entries);
for (const file of files) {
  const path = join(out, file.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.text);
}

// 3. Say what was written and how to use it.
console.log(`Wrote ${files.length} entries to ${out}.\nCheck it with: VAJS_CONTENT_DIR=${out} npm run check`);
