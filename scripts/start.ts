/**
 * npm start — builds the published handbook (every version) into dist/ and serves it at
 * http://localhost:4321/. With --draft: the working copy as an unapproved draft, built into
 * dist-draft/ and served from there, so a preview never touches the published site.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { preview } from 'astro';

const { values } = parseArgs({ options: { draft: { type: 'boolean', default: false } } });
process.env.ASTRO_TELEMETRY_DISABLED = '1';

// 1. Build, one line per step (scripts/build.ts).
const build = spawnSync(process.execPath, ['scripts/build.ts', ...(values.draft ? ['--draft'] : [])], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

// 2. Serve what was built, quietly: the last line says where the site is and how to stop it.
const server = await preview({ root: process.cwd(), outDir: values.draft ? './dist-draft' : './dist', logLevel: 'error' });
const what = values.draft ? 'Eelnõu (kinnitamata)' : 'Käsiraamat';
console.log(`\n${what} on avatud aadressil http://localhost:${server.port}/ — peatamiseks vajuta Ctrl+C.`);
