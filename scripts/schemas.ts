/**
 * npm run schemas — writes the JSON Schemas of the content files for the author's editor
 * (.vscode/schemas/), with the ids that exist now, and ties them to the content folders in
 * .vscode/settings.json. Run it after adding or removing an entry; `npm run check` says when.
 */
import { checkContent } from '../src/check/check-content.ts';
import { writeEditorSchemas } from '../src/exports/editor-schema-files.ts';

const { graph } = checkContent('content');
const written = writeEditorSchemas(process.cwd(), graph);
console.log(written.length ? `Redaktori skeemid uuendatud: ${written.join(', ')}` : 'Redaktori skeemid on ajakohased.');
