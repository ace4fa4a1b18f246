import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { displayContentRoot } from './content-root.ts';
import { formatProblems } from '../errors/format.ts';
import type { Problem } from '../errors/problem.ts';
import { COLLECTIONS, type CollectionKey } from '../model/collections.ts';
import { isEntryName, type RawEntry, readEntryFile } from './entry-file.ts';
import { readCollection } from './read-content.ts';

/**
 * Astro's content loader for the handbook: it reads the files with the project's own reader, so
 * every collection holds exactly the data `npm run check` validated (one YAML parser, one meaning
 * of every value, the same refusal of links, pipes and drafts). How the entries are stored, and
 * so how Markdown and MDX bodies render, follows Astro's glob() loader
 * (astro/dist/content/loaders/glob.js).
 */

type Rendered = Awaited<ReturnType<LoaderContext['renderMarkdown']>>;

interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  /** Relative to the project root, as Astro's store requires. */
  filePath: string;
  digest: string;
  body?: string;
  rendered?: Rendered;
  assetImports?: string[];
  deferredRender?: boolean;
}

/** What the loader needs of Astro's LoaderContext: a structural subset, so a test can pass a small fake. */
export interface LoaderTools {
  store: {
    get(id: string): { digest?: string | number | undefined } | undefined;
    set(entry: StoredEntry): boolean;
    delete(id: string): void;
    keys(): string[];
    addModuleImport(fileName: string): void;
  };
  parseData(props: { id: string; data: Record<string, unknown>; filePath?: string }): Promise<Record<string, unknown>>;
  renderMarkdown(content: string, options?: { fileURL?: URL }): Promise<Rendered>;
  generateDigest(data: Record<string, unknown> | string): string;
  logger: { info(message: string): void; error(message: string): void };
  /** Present in the dev server only. */
  watcher?: { add(path: string): unknown; on(event: 'add' | 'change' | 'unlink', listener: (path: string) => void): unknown } | undefined;
}

export interface LoaderSource {
  collection: CollectionKey;
  /** The content root, absolute. */
  root: string;
  /** The project root, absolute: stored file paths are relative to it. */
  projectRoot: string;
  /**
   * The entries of the collection as the build's check read them (src/build/snapshot.ts), so
   * they are not read and parsed again; without them the folder is read.
   */
  checked?: (() => Pick<RawEntry, 'id' | 'file' | 'data' | 'body'>[]) | undefined;
}

/** The entry name of a changed path, if it is one this collection loads: directly in its folder, no draft. */
export function watchedEntryName(source: LoaderSource, changedPath: string): string | undefined {
  const folder = resolve(source.root, COLLECTIONS[source.collection].folder);
  const path = resolve(changedPath);
  if (dirname(path) !== folder) return undefined;
  const name = basename(path);
  return isEntryName(source.collection, name) ? name : undefined;
}

function report(tools: LoaderTools, problems: readonly Problem[]): void {
  if (problems.length > 0) tools.logger.error(`\n${formatProblems(problems, { warnings: 'count' })}`);
}

/** A Markdown or MDX body as the collections hold it: trimmed, as glob() stores it. */
export function storedBody(body: string | undefined): string {
  return (body ?? '').trim();
}

async function storeEntry(source: LoaderSource, tools: LoaderTools, entry: Pick<RawEntry, 'id' | 'file' | 'data' | 'body'>): Promise<void> {
  const { store } = tools;
  const absolute = join(source.root, COLLECTIONS[source.collection].folder, `${entry.id}.${COLLECTIONS[source.collection].format}`);
  const filePath = relative(source.projectRoot, absolute).split(sep).join('/');
  const format = COLLECTIONS[source.collection].format;
  // Trimmed as glob() stores it: the body is published in the data exports, which stay as they were.
  const body = storedBody(entry.body);
  // Astro keeps the store between builds and skips an entry whose digest is unchanged, so the
  // digest covers what is stored, not the file's bytes: a change of the reader reloads it too.
  const digest = tools.generateDigest(JSON.stringify({ data: entry.data, body, filePath }));
  if (store.get(entry.id)?.digest === digest) {
    // As glob() does: an unchanged MDX entry's module must still be imported for rendering.
    if (format === 'mdx') store.addModuleImport(filePath);
    return;
  }
  let data: Record<string, unknown>;
  try {
    data = await tools.parseData({ id: entry.id, data: entry.data, filePath: absolute });
  } catch (error) {
    // The build's check refuses such content before loading; the dev server keeps running.
    tools.logger.error(`${entry.file}: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  if (format === 'yaml') {
    store.set({ id: entry.id, data, filePath, digest });
  } else if (format === 'md') {
    // An empty frontmatter first: renderMarkdown would otherwise read a body that starts with
    // "---" as frontmatter of its own. Markdown renders now, like glob() does for .md files.
    const rendered = await tools.renderMarkdown(`---\n---\n${body}`, { fileURL: pathToFileURL(absolute) });
    const assetImports = rendered.metadata?.imagePaths;
    store.set({ id: entry.id, data, body, filePath, digest, rendered, ...(assetImports?.length ? { assetImports } : {}) });
  } else {
    // MDX compiles as a module of its own (the MDX integration), imported when a page renders it.
    store.set({ id: entry.id, data, body, filePath, digest, deferredRender: true });
  }
}

/** Loads one collection into the store, and in the dev server keeps it in step with its folder. */
export async function loadCollection(source: LoaderSource, tools: LoaderTools): Promise<void> {
  const displayRoot = displayContentRoot(source.root);
  const read = source.checked ? { entries: source.checked(), problems: [] } : readCollection(source.root, source.collection, displayRoot);
  report(tools, read.problems);
  const loaded = new Set<string>();
  for (const entry of read.entries) {
    await storeEntry(source, tools, entry);
    loaded.add(entry.id);
  }
  for (const id of tools.store.keys()) if (!loaded.has(id)) tools.store.delete(id);

  const { watcher } = tools;
  if (!watcher) return;
  watcher.add(join(source.root, COLLECTIONS[source.collection].folder));
  const reload = async (path: string) => {
    const name = watchedEntryName(source, path);
    if (!name) return;
    const entry = readEntryFile(source.root, source.collection, name, displayRoot);
    if (!entry.ok) return report(tools, [entry.problem]);
    await storeEntry(source, tools, entry.entry);
    tools.logger.info(`Reloaded ${entry.entry.file}`);
  };
  watcher.on('add', reload);
  watcher.on('change', reload);
  watcher.on('unlink', (path) => {
    const name = watchedEntryName(source, path);
    if (name) tools.store.delete(name.slice(0, -`.${COLLECTIONS[source.collection].format}`.length));
  });
}

/** The loader of one collection, for src/content.config.ts. */
export function handbookLoader(collection: CollectionKey, root: string, checked?: LoaderSource['checked']): Loader {
  return {
    name: 'vajs-handbook',
    load: (context) => loadCollection({ collection, root, projectRoot: fileURLToPath(context.config.root), checked }, context),
  };
}
