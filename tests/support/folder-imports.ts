import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { closingTag, scanTags, type StartTag } from '../../src/html/html-tags.ts';

// The folders of src/ are layers: a folder may import from the folders below it, never from one
// above, so each can be read, tested and changed knowing only what lies beneath. These functions
// find the imports that break that, as the test of the layers reports them.

/** The files whose imports are followed. */
const SOURCE = /\.(ts|astro)$/;
/** The name of the files directly in the root folder, as a folder of the graph. */
export const ROOT_FOLDER = '(root)';

/** One relative import, with both files relative to the root folder and written with "/". */
export interface ImportLink {
  from: string;
  to: string;
}

/** Every .ts and .astro file below `root`, relative to it, sorted. */
export function sourceFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (SOURCE.test(entry.name)) files.push(toSlashes(relative(root, path)));
    }
  };
  walk(root);
  return files.sort();
}

/**
 * The module specifiers a TypeScript text names: imports and re-exports (`import type` too),
 * `import('…')` calls and `import('…').T` types, `require('…')`, and files named as
 * `new URL('…', import.meta.url)` (how a module points Vite or Astro at another one).
 */
export function specifiersOfScript(text: string, fileName = 'file.ts'): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: string[] = [];
  const literal = (node: ts.Node | undefined) => {
    if (node && ts.isStringLiteralLike(node)) found.push(node.text);
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) literal(node.moduleSpecifier);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) literal(node.argument.literal);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) literal(node.moduleReference.expression);
    else if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))) literal(node.arguments[0]);
    else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'URL' && node.arguments?.[1]?.getText(source) === 'import.meta.url') literal(node.arguments[0]);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * The module specifiers of an Astro component: those of its frontmatter (the script between the
 * two `---` fences that open the file) and of its `<script>` elements, their bodies and their `src`.
 */
export function specifiersOfAstro(text: string): string[] {
  const fence = /^\s*---\r?\n([\s\S]*?)^---\s*$/m.exec(text);
  const frontmatter = fence && text.slice(0, fence.index).trim() === '' ? fence[1]! : '';
  const template = fence ? text.slice(fence.index + fence[0].length) : text;
  const found = specifiersOfScript(frontmatter);
  const tags = scanTags(template, { attributes: new Set(['src']) });
  tags.forEach((tag, index) => {
    if (tag.type !== 'start' || tag.name !== 'script') return;
    const src = (tag as StartTag).attributes.find((attribute) => attribute.name === 'src');
    if (src) found.push(src.value);
    const end = closingTag(tags, index);
    if (end >= 0) found.push(...specifiersOfScript(template.slice(tag.end, tags[end]!.start)));
  });
  return found;
}

/** The files below `root` that each source file imports by a relative path, resolved to the files they name. */
export function importLinks(root: string): ImportLink[] {
  const links: ImportLink[] = [];
  for (const file of sourceFiles(root)) {
    const text = readFileSync(join(root, file), 'utf8');
    const specifiers = file.endsWith('.astro') ? specifiersOfAstro(text) : specifiersOfScript(text, file);
    for (const specifier of specifiers) {
      if (!specifier.startsWith('./') && !specifier.startsWith('../')) continue;
      const target = resolveTarget(resolve(root, dirname(file), specifier.replace(/\?.*$/, '')));
      links.push({ from: file, to: toSlashes(relative(root, target)) });
    }
  }
  return links;
}

/** A path as an import names it, or with .ts or /index.ts added as a bundler would find it. */
function resolveTarget(path: string): string {
  for (const candidate of [path, `${path}.ts`, join(path, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return path;
}

/** The top folder of a path relative to the root ("(root)" for a file directly in it); ".." for one outside. */
export function folderOf(path: string): string {
  if (path.startsWith('../')) return '..';
  const slash = path.indexOf('/');
  return slash < 0 ? ROOT_FOLDER : path.slice(0, slash);
}

/** Folder → imported folder → the imports behind that edge ("a/x.ts -> b/y.ts"), sorted; within a folder and outside the root left out. */
export type FolderGraph = Map<string, Map<string, string[]>>;

export function folderGraph(links: readonly ImportLink[]): FolderGraph {
  const graph: FolderGraph = new Map();
  for (const { from, to } of links) {
    const source = folderOf(from);
    const target = folderOf(to);
    if (source === target || target === '..') continue;
    const edges = graph.get(source) ?? graph.set(source, new Map()).get(source)!;
    const files = edges.get(target) ?? edges.set(target, []).get(target)!;
    const line = `${from} -> ${to}`;
    if (!files.includes(line)) files.push(line);
  }
  for (const edges of graph.values()) for (const files of edges.values()) files.sort();
  return graph;
}

/** Folders that import one another, and the shortest cycle among them that shows it. */
export interface FolderCycle {
  /** Every folder of the group (a strongly connected component of the graph), sorted. */
  folders: string[];
  /** The shortest cycle through the group's first folder, the first folder repeated last. */
  cycle: string[];
}

/** One cycle for each group of folders that reach one another; empty when the folders form layers. */
export function folderCycles(graph: FolderGraph): FolderCycle[] {
  const cycles: FolderCycle[] = [];
  for (const group of stronglyConnected(graph)) {
    if (group.length < 2) continue;
    const folders = [...group].sort();
    const start = folders[0]!;
    cycles.push({ folders, cycle: [...shortestPath(graph, new Set(group), start), start] });
  }
  return cycles.sort((a, b) => a.cycle[0]!.localeCompare(b.cycle[0]!));
}

/** The message for the cycles: each one (and the whole group when it is wider), then the imports behind each of its edges. */
export function describeCycles(graph: FolderGraph, cycles: readonly FolderCycle[]): string {
  return cycles
    .map(({ folders, cycle }) => {
      const wider = folders.length > cycle.length - 1 ? ` (${folders.join(', ')} all reach one another)` : '';
      const head = `Import cycle between folders: ${cycle.join(' -> ')}${wider}`;
      const edges = cycle.slice(1).map((to, index) => {
        const from = cycle[index]!;
        return [`  ${from} -> ${to}:`, ...graph.get(from)!.get(to)!.map((line) => `    ${line}`)].join('\n');
      });
      return [head, ...edges].join('\n');
    })
    .join('\n\n');
}

/** Tarjan's algorithm over the folders, in a fixed order so the report never changes between runs. */
function stronglyConnected(graph: FolderGraph): string[][] {
  const nodes = [...new Set([...graph.keys(), ...[...graph.values()].flatMap((edges) => [...edges.keys()])])].sort();
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const connect = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of [...(graph.get(node)?.keys() ?? [])].sort()) {
      if (!index.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    groups.push(group);
  };
  for (const node of nodes) if (!index.has(node)) connect(node);
  return groups;
}

/** The folders of the shortest way from `start` back to it inside one group, breadth first, without the return. */
function shortestPath(graph: FolderGraph, members: ReadonlySet<string>, start: string): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const next of [...(graph.get(node)?.keys() ?? [])].sort()) {
      if (!members.has(next)) continue;
      if (next === start) {
        const path = [node];
        while (path[0] !== start) path.unshift(cameFrom.get(path[0]!)!);
        return path;
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start];
}

const toSlashes = (path: string) => path.split(sep).join('/');
