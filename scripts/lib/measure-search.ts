import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './chromium.ts';
import { startSiteServer } from './nginx-server.ts';
import { median } from './measure.ts';

export interface SearchMeasurement {
  /** Size of the Pagefind index folder. */
  searchIndexKiB: number;
  /** Script a content page loads before any interaction. */
  pageScriptKiB: number;
  /** Keystroke to results shown for the first query: loads Pagefind and its index. */
  firstQueryMs: number;
  /** Keystroke to results shown, over the queries after the first (the debounce included). */
  queryMedianMs: number;
  queryP95Ms: number;
}

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

/**
 * Measures search on a built site in Chromium the way a reader meets it: a content page loads,
 * then each query is typed into the header box and timed until its results are on screen.
 */
export async function measureSearch(siteDir: string, contentPage: string, queries: readonly string[]): Promise<SearchMeasurement> {
  const server = await startSiteServer(siteDir);
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(server.url + contentPage, { waitUntil: 'load' });
    const scriptBytes = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) => entry.name.endsWith('.js')).reduce((sum, entry) => sum + entry.encodedBodySize, 0),
    );
    const times: number[] = [];
    for (const query of queries) {
      times.push(
        await page.evaluate(async (typed) => {
          const input = document.querySelector<HTMLInputElement>('#otsingukast')!;
          const list = document.getElementById('otsingusoovitused')!;
          const shown = new Promise<void>((resolve, reject) => {
            // A query whose results never show must stop the benchmark, not hang it.
            setTimeout(() => reject(new Error(`No results shown for "${typed}" within 30 s.`)), 30_000);
            const observer = new MutationObserver(() => {
              if (list.dataset['query'] === typed) {
                observer.disconnect();
                resolve();
              }
            });
            observer.observe(list, { attributes: true, attributeFilter: ['data-query'] });
          });
          const started = performance.now();
          input.value = typed;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await shown;
          return performance.now() - started;
        }, query),
      );
    }
    const warm = times.slice(1);
    return {
      searchIndexKiB: folderBytes(join(siteDir, 'pagefind')) / 1024,
      pageScriptKiB: scriptBytes / 1024,
      firstQueryMs: times[0]!,
      queryMedianMs: median(warm),
      queryP95Ms: percentile(warm, 0.95),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
