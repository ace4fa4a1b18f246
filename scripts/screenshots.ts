/**
 * npm run screenshots — full-page screenshots of one page of every page type, at a phone
 * (375 px) and a desktop (1280 px) width, for people to look at before a change is shared:
 * test-results/screenshots/<page>-<width>.png. Served by nginx with deploy/nginx.conf, from dist/
 * (built first when missing) or --site <dir>.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from './lib/chromium.ts';
import { PAGE_TYPES } from './lib/page-types.ts';
import { startSiteServer } from './lib/nginx-server.ts';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' }, out: { type: 'string', default: join('test-results', 'screenshots') } } });
const WIDTHS = [375, 1280];

/** A file-name-safe name for a site path: "/" → "avaleht", "/protsessid/p15/" → "protsessid-p15". */
function screenshotName(path: string): string {
  const name = path.replace(/[?#].*$/, '').replace(/^\/+|\/+$/g, '').replace(/[^a-z0-9-]+/gi, '-');
  return name || 'avaleht';
}

// 1. The site, built when there is none.
const siteDir = resolve(values.site);
if (!existsSync(join(siteDir, 'index.html'))) {
  const build = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', siteDir], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// 2. Every page type at both widths, once its script has done its work.
mkdirSync(values.out, { recursive: true });
const [server, browser] = await Promise.all([startSiteServer(siteDir), launchBrowser()]);
try {
  for (const width of WIDTHS) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    for (const { path, ready } of PAGE_TYPES) {
      await page.goto(server.url + path, { waitUntil: 'load' });
      if (ready) await page.locator(ready).first().waitFor();
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await page.screenshot({ path: join(values.out, `${screenshotName(path)}-${width}.png`), fullPage: true, animations: 'disabled' });
    }
    await context.close();
  }
  console.log(`${PAGE_TYPES.length * WIDTHS.length} kuvatõmmist kaustas ${values.out}/`);
} finally {
  await browser.close();
  await server.close();
}
