import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createProblem, type Problem } from '../errors/problem.ts';
import type { Graph } from '../graph/build-graph.ts';
import { EDITOR_COLLECTIONS, editorJsonSchema, editorSchemaFile, editorSettings } from './editor-schema.ts';

/** Each editor schema file and the text it should hold for the handbook's current ids. */
function expectedFiles(graph: Graph): Map<string, string> {
  return new Map(EDITOR_COLLECTIONS.map((key) => [editorSchemaFile(key), `${JSON.stringify(editorJsonSchema(key, (target) => graph.ids(target)), null, 2)}\n`]));
}

/** Writes the editor schemas, and VS Code's settings and recommended extension beside them. */
export function writeEditorSchemas(projectRoot: string, graph: Graph): string[] {
  const written: string[] = [];
  for (const [file, text] of expectedFiles(graph)) {
    const path = join(projectRoot, file);
    mkdirSync(dirname(path), { recursive: true });
    if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
    writeFileSync(path, text);
    written.push(file);
  }
  const settingsPath = join(projectRoot, '.vscode', 'settings.json');
  const settings = existsSync(settingsPath) ? (JSON.parse(readFileSync(settingsPath, 'utf8')) as Record<string, unknown>) : {};
  writeFileSync(settingsPath, `${JSON.stringify({ ...settings, ...editorSettings() }, null, 2)}\n`);
  writeFileSync(join(projectRoot, '.vscode', 'extensions.json'), `${JSON.stringify({ recommendations: ['redhat.vscode-yaml', 'astro-build.astro-vscode'] }, null, 2)}\n`);
  return written;
}

/** A warning for each editor schema that no longer lists the ids that exist (or is missing). */
export function checkEditorSchemas(projectRoot: string, graph: Graph): Problem[] {
  const problems: Problem[] = [];
  for (const [file, text] of expectedFiles(graph)) {
    const path = join(projectRoot, file);
    if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
    problems.push(
      createProblem('StaleEditorSchema', {
        file,
        message: existsSync(path) ? 'Redaktori skeem ei vasta enam sisule: selles puuduvad uued id-d või on alles kustutatud id-d.' : 'Redaktori skeem puudub.',
        hint: 'Käivita npm run schemas ja lisa muudetud failid oma muudatusega samasse commit’i.',
      }),
    );
  }
  return problems;
}
