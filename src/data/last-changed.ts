import { execFileSync } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { COLLECTIONS, type CollectionKey, extensionOf } from '../model/collections.ts';
import { siteOptions } from './site.ts';

let days: Map<string, string> | undefined;

/**
 * The day each content file last changed, from one `git log` over the content root. Outside a
 * git checkout (or in a generated handbook) there is no history, and pages simply say nothing.
 */
function readHistory(): Map<string, string> {
  const history = new Map<string, string>();
  const root = siteOptions().contentRoot;
  try {
    const log = execFileSync('git', ['log', '--format=@%cs', '--name-only', '--', '.'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 28 });
    const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    let day = '';
    for (const line of log.split('\n')) {
      if (line.startsWith('@')) day = line.slice(1);
      else if (line && day) {
        const path = relative(root, resolve(top, line));
        if (!history.has(path)) history.set(path, day); // newest first: keep the first day seen
      }
    }
  } catch {
    // No git, or not a checkout: no dates.
  }
  return history;
}

export function lastChanged(collection: CollectionKey, id: string): string | undefined {
  days ??= readHistory();
  return days.get(`${COLLECTIONS[collection].folder}/${id}${extensionOf(collection)}`);
}
