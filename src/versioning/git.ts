import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';

/**
 * The few git questions the audit trail asks, as plain function calls. Git is the record of what
 * was released when: these only read it (and `createTag` writes the one thing a release adds).
 */

/** Runs git in `cwd` and returns its standard output; throws with git's own words when it fails. */
export function git(cwd: string, args: readonly string[]): string {
  try {
    return execFileSync('git', ['-C', cwd, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
    throw new Error(stderr || (error as Error).message);
  }
}

export interface Repository {
  /** The working tree's top folder. */
  root: string;
  /** sha1 or sha256: how git names its objects in this repository. */
  objectFormat: 'sha1' | 'sha256';
  /** A shallow clone lacks the commits that released older versions. */
  shallow: boolean;
}

/** The repository `dir` is in, or the reason there is none (not a repository, git missing). */
export function repositoryOf(dir: string): Repository | { reason: string } {
  try {
    const root = git(dir, ['rev-parse', '--show-toplevel']).trim();
    const format = git(dir, ['rev-parse', '--show-object-format']).trim();
    const shallow = git(dir, ['rev-parse', '--is-shallow-repository']).trim() === 'true';
    return { root, objectFormat: format === 'sha256' ? 'sha256' : 'sha1', shallow };
  } catch (error) {
    const message = (error as Error).message;
    return { reason: /ENOENT/.test(message) ? 'git ei ole paigaldatud' : 'see ei ole git-hoidla' };
  }
}

/** True when the repository has at least one commit (a fresh `git init` has none). */
export function hasCommits(root: string): boolean {
  try {
    git(root, ['rev-parse', '--verify', '-q', 'HEAD']);
    return true;
  } catch {
    return false;
  }
}

/** The object id git gives a file's bytes (`git hash-object`), to compare the disk with a commit. */
export function blobId(bytes: Uint8Array, format: Repository['objectFormat']): string {
  return createHash(format).update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** Every commit of HEAD's history that added a file under `folder`, oldest first, with the files it added. */
export function additions(root: string, folder: string): { commit: string; files: string[] }[] {
  const out = git(root, ['log', '--reverse', '--diff-filter=A', '--no-renames', '--format=%x01%H', '--name-only', '-z', '--', `:(top)${folder}`]);
  return out
    .split('\x01')
    .filter(Boolean)
    .map((chunk) => {
      // Each commit reads "\x01<hash>\0" and then its files, each ended by \0 (the first after a newline).
      const [head, ...rest] = chunk.split('\0');
      return { commit: head!.trim(), files: rest.map((file) => file.replace(/^\n+/, '')).filter(Boolean) };
    });
}

/** The files of `folder` in `commit`, by path relative to `folder`, with their object ids. */
export function treeOf(root: string, commit: string, folder: string): Record<string, string> {
  const out = git(root, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', `${folder}/`]);
  const files: Record<string, string> = {};
  for (const line of out.split('\0').filter(Boolean)) {
    const [meta, path] = line.split('\t') as [string, string];
    const id = meta.split(' ')[2]!;
    files[path.slice(folder.length + 1)] = id;
  }
  return files;
}

/** The commit a tag points at, or undefined when there is no such tag. */
export function tagCommit(root: string, tag: string): string | undefined {
  try {
    return git(root, ['rev-parse', '-q', '--verify', `refs/tags/${tag}^{commit}`]).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** A configured value (`git config --get`), or undefined. */
export function configValue(root: string, key: string): string | undefined {
  try {
    return git(root, ['config', '--get', key]).trim() || undefined;
  } catch {
    return undefined;
  }
}
