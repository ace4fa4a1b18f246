/**
 * The floor the check is measured against (npm run bench): reading every file of a content
 * tree and parsing its YAML (a data file whole, a Markdown/MDX file's frontmatter) with the
 * project's YAML parser, in one Node process, and nothing else. Run as
 * `node scripts/lib/check-floor.ts <content root>`; prints the number of files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const FRONTMATTER = /^---\n([\s\S]*?\n)?---\n/;
let files = 0;
for (const item of readdirSync(process.argv[2]!, { recursive: true, withFileTypes: true })) {
  if (!item.isFile()) continue;
  const text = readFileSync(join(item.parentPath, item.name), 'utf8');
  parse(item.name.endsWith('.yaml') ? text : (FRONTMATTER.exec(text)?.[1] ?? ''), { schema: 'core' });
  files += 1;
}
console.log(files);
