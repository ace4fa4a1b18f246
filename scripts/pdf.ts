/**
 * npm run pdf — prints the controlled copy of S1 to PDF with the real browser (Chromium's
 * print-to-PDF), from the built site served by nginx with deploy/nginx.conf, as deployed.
 *
 *   npm run pdf                              builds the published site into dist/, writes dist/S1-versioon-<n>.pdf
 *                                            for the version in force
 *   npm run pdf -- --version 2               the same for a superseded published version
 *   npm run pdf -- --site <dir> --out <file> prints from an already built site
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from './lib/chromium.ts';
import { startSiteServer } from './lib/nginx-server.ts';
import { COPY_DAY_ATTRIBUTE, localIsoDay } from '../src/client/copy-day.ts';
import { formatDate } from '../src/site/format.ts';

const { values } = parseArgs({ options: { site: { type: 'string' }, out: { type: 'string' }, document: { type: 'string', default: 's1' }, version: { type: 'string' } } });

// 1. Build the published site (every version), unless one is given.
const siteDir = resolve(values.site ?? 'dist');
if (!values.site) {
  execFileSync(process.execPath, ['scripts/build.ts', '--outDir', siteDir], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
}

// 2. Find the version's pages (a superseded one is under /versioonid/<n>/) and the document's
//    version in its data, to name the file.
const superseded = values.version ? `/versioonid/${values.version}/` : undefined;
const prefix = superseded && existsSync(join(siteDir, superseded)) ? superseded : '/';
const documents = JSON.parse(readFileSync(join(siteDir, prefix, 'andmed', 'dokumendid.json'), 'utf8')) as { entries: { id: string; data: { designation: string; version: number } }[] };
const document = documents.entries.find((entry) => entry.id === values.document);
if (!document) {
  console.error(`The built site has no document "${values.document}"; documents: ${documents.entries.map((entry) => entry.id).join(', ')}.`);
  process.exit(1);
}
if (values.version && String(document.data.version) !== values.version) {
  console.error(`The built site has no published version ${values.version} of ${document.data.designation}; the version in force is ${document.data.version}.`);
  process.exit(1);
}
const out = resolve(values.out ?? join(siteDir, `${document.data.designation}-versioon-${document.data.version}.pdf`));

// 3. Serve the site as deployed and print the controlled copy; the page's CSS sets A4, margins and page numbers.
const server = await startSiteServer(siteDir);
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  const response = await page.goto(`${server.url}${prefix}dokumendid/${values.document}/kontrollitud-koopia/`, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`The controlled copy did not load (HTTP ${response?.status()}).`);
  // The copy is made today: the page script has written the browser's day; write this run's
  // day as well, so the PDF says when it was printed even if the script changed or failed.
  const filled = await page.locator(`[${COPY_DAY_ATTRIBUTE}]`).evaluateAll((elements, day) => {
    for (const element of elements) {
      element.textContent = day;
      element.classList.remove('write-in');
    }
    return elements.length;
  }, formatDate(localIsoDay()));
  if (filled === 0) throw new Error(`The controlled copy has no [${COPY_DAY_ATTRIBUTE}] for the day it is printed.`);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: out, preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
  console.log(`Wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
