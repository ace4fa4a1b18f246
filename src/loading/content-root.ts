import { isAbsolute, relative, resolve } from 'node:path';

/**
 * The folder the handbook is read from: `content/` of the project, or VAJS_CONTENT_DIR, so a
 * generated or fixture handbook builds and checks exactly like the real one.
 */
export function resolveContentRoot(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.VAJS_CONTENT_DIR;
  if (!configured) return resolve(projectRoot, 'content');
  return isAbsolute(configured) ? configured : resolve(projectRoot, configured);
}

/** How the root is named in messages: relative to the working directory where possible. */
export function displayContentRoot(root: string, cwd = process.cwd()): string {
  const shown = relative(cwd, root);
  return shown === '' ? '.' : shown.startsWith('..') && isAbsolute(root) ? root : shown.split('\\').join('/');
}

/** The folder of published versions: `versions/` of the project, or VAJS_VERSIONS_DIR. */
export function resolveVersionsRoot(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.VAJS_VERSIONS_DIR;
  if (!configured) return resolve(projectRoot, 'versions');
  return isAbsolute(configured) ? configured : resolve(projectRoot, configured);
}
