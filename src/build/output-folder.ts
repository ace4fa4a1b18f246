import { cpSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

/** The folders of the project a build reads: the build replaces its output folder whole, so none may be one. */
export const PROJECT_INPUTS = ['content', 'versions', 'src', 'public', 'scripts', 'tests', 'deploy', 'node_modules', '.git', '.astro'];

/** Whether `path` is `folder` or lies inside it. */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * Why `outDir` may not be a build's output, or undefined when it may. The build deletes what was
 * there, so it must not be (or hold, or lie inside) the project's inputs; `extraInputs` are the
 * content and versions folders when they are moved elsewhere (VAJS_CONTENT_DIR, VAJS_VERSIONS_DIR).
 */
export function refuseOutputFolder(outDir: string, projectRoot: string, extraInputs: readonly string[] = [], shown = outDir): string | undefined {
  const out = resolve(outDir);
  const root = resolve(projectRoot);
  if (out === root) return `Väljundkaust „${shown}“ on projekti juurkaust; ehitamine kustutaks kogu projekti.`;
  if (isInside(root, out)) return `Väljundkaust „${shown}“ sisaldab projekti; ehitamine kustutaks selle.`;
  const inputs = [...PROJECT_INPUTS.map((name) => resolve(root, name)), ...extraInputs.map((dir) => resolve(dir))];
  for (const input of inputs) {
    // Named as the user knows it: relative inside the project, as configured outside it.
    const name = isInside(input, root) ? relative(root, input) : input;
    if (isInside(out, input)) return `Väljundkaust „${shown}“ on ehitamise sisendis „${name.split(sep).join('/')}“; ehitamine kustutaks selle.`;
    if (isInside(input, out)) return `Väljundkaust „${shown}“ sisaldab ehitamise sisendit „${name.split(sep).join('/')}“; ehitamine kustutaks selle.`;
  }
  return undefined;
}

/**
 * Moves a folder to a path that does not exist yet (its parent is made if missing): renamed on one
 * file system, copied and then removed across two (where a rename fails with EXDEV), so the
 * target is whole before the source goes.
 */
export function moveFolder(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}
