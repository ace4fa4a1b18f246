import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { checkEditorSchemas } from '../../src/exports/editor-schema-files.ts';
import { editorJsonSchema, editorSchemaFile } from '../../src/exports/editor-schema.ts';
import { startLanguageServer, type LanguageClient } from '../support/language-server.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const { graph } = checkContent(join(ROOT, 'content'));

describe('editorJsonSchema', () => {
  it('lists the positions that exist as the values of a process owner', () => {
    const schema = editorJsonSchema('processes', (collection) => graph.ids(collection)) as { properties: { owner: { enum: string[] } } };
    expect(schema.properties.owner.enum).toContain('kvaliteedijuht');
    expect(schema.properties.owner.enum).toEqual([...graph.ids('positions')].sort());
  });

  it('lists the roles in a list of participants of a body', () => {
    const schema = editorJsonSchema('bodies', (collection) => graph.ids(collection)) as { properties: { participants: { items: { properties: { role: { enum: string[] } } } } } };
    expect(schema.properties.participants.items.properties.role.enum).toEqual([...graph.ids('roles')].sort());
  });
});

describe('the committed editor schemas', () => {
  it('are current for content/ (npm run schemas writes them)', () => {
    expect(checkEditorSchemas(ROOT, graph)).toEqual([]);
  });

  it('are reported stale, in Estonian, once an id they list is gone', () => {
    const fewer = { ...graph, ids: (collection: Parameters<typeof graph.ids>[0]) => graph.ids(collection).filter((id) => id !== 'kvaliteedijuht') };
    // Every collection with a field that references positions: processes, support services, policy areas, and positions themselves.
    expect(checkEditorSchemas(ROOT, fewer).map((problem) => `${problem.file}: [${problem.code}] ${problem.message}`)).toEqual(
      ['positions', 'processes', 'support-services', 'policy-areas'].map((folder) => `.vscode/schemas/${folder}.schema.json: [StaleEditorSchema] Redaktori skeem ei vasta enam sisule: selles puuduvad uued id-d või on alles kustutatud id-d.`),
    );
  });
});

describe('VS Code\'s YAML language server with the committed settings', () => {
  let server: LanguageClient;
  const settings = JSON.parse(readFileSync(join(ROOT, '.vscode', 'settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string[]> };

  beforeAll(async () => {
    // The settings exactly as committed: the server resolves their workspace-relative paths.
    const yaml = { schemas: settings['yaml.schemas'], validate: true, completion: true, hover: true };
    server = startLanguageServer(process.execPath, [join(ROOT, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server'), '--stdio'], (section) => (section === 'yaml' ? yaml : null));
    const workspace = pathToFileURL(ROOT).href;
    await server.request('initialize', { processId: process.pid, rootUri: workspace, workspaceFolders: [{ uri: workspace, name: 'vajs' }], capabilities: { workspace: { configuration: true } } });
    server.notify('initialized', {});
  });

  afterAll(async () => {
    await server?.close();
  });

  const uri = pathToFileURL(join(ROOT, 'content', 'processes', 'p15.yaml')).href;
  const text = readFileSync(join(ROOT, 'content', 'processes', 'p15.yaml'), 'utf8').replace(/^owner: .*$/m, 'owner: kvaliteedijuh');

  it('marks a mistyped owner as the author types it, naming the ids it accepts', async () => {
    const published = server.next('textDocument/publishDiagnostics', (params) => (params as { uri: string; diagnostics: unknown[] }).uri === uri && (params as { diagnostics: unknown[] }).diagnostics.length > 0);
    server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    const { diagnostics } = (await published) as { diagnostics: { message: string; range: { start: { line: number } } }[] };
    const ownerLine = text.split('\n').findIndex((line) => line.startsWith('owner:'));
    const owner = diagnostics.find((diagnostic) => diagnostic.range.start.line === ownerLine);
    expect(owner?.message).toMatch(/^Value is not accepted\. Valid values: .*"kvaliteedijuht"/);
  });

  it('offers the ids of the positions where an owner is written', async () => {
    const ownerLine = text.split('\n').findIndex((line) => line.startsWith('owner:'));
    const result = (await server.request('textDocument/completion', { textDocument: { uri }, position: { line: ownerLine, character: 'owner: '.length } })) as { items: { label: string }[] };
    expect(result.items.map((item) => item.label)).toContain('kvaliteedijuht');
    expect(result.items.map((item) => item.label)).toContain('siseauditi-juht');
  });
});

// The schema file the settings name for processes is the one written for them.
it('ties the processes folder to the processes schema', () => {
  expect(JSON.parse(readFileSync(join(ROOT, '.vscode', 'settings.json'), 'utf8'))['yaml.schemas'][`./${editorSchemaFile('processes')}`]).toEqual(['content/processes/*.yaml']);
});
