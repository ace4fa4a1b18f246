import { z } from 'astro/zod';
import type { GraphEntry } from '../graph/build-graph.ts';
import { type CollectionKey, COLLECTIONS } from '../model/collections.ts';
import { ISO_DATE_SCHEMAS } from '../model/fields.ts';
import { entryUrl } from '../site/urls.ts';

/**
 * Every collection as static JSON for intranet widgets and other systems, with a JSON Schema
 * generated from the same zod schema that checks the content, so the two cannot drift apart.
 * The files are ordinary pages of the build: a version built under its own prefix gets its own.
 */

export const DATA_ROOT = '/andmed/';

export function dataUrl(collection: CollectionKey): string {
  return `${DATA_ROOT}${COLLECTIONS[collection].urlSegment}.json`;
}

export function schemaUrl(collection: CollectionKey): string {
  return `${DATA_ROOT}skeemid/${COLLECTIONS[collection].urlSegment}.schema.json`;
}

/** The version of the controlled document the data belongs to. */
export interface DataVersion {
  designation: string;
  version: number;
}

export interface ExportedEntry {
  id: string;
  url: string;
  data: Record<string, unknown>;
  /** The Markdown/MDX source of a prose entry (chapters, pages, initiatives). */
  body?: string;
}

export interface CollectionExport {
  $schema: string;
  collection: CollectionKey;
  label: string;
  document?: DataVersion | undefined;
  entries: ExportedEntry[];
}

export function exportCollection(collection: CollectionKey, entries: readonly GraphEntry[], document?: DataVersion): CollectionExport {
  const prose = COLLECTIONS[collection].format !== 'yaml';
  return {
    $schema: schemaUrl(collection),
    collection,
    label: COLLECTIONS[collection].labelPlural,
    document,
    entries: entries.map((entry) => ({
      id: entry.id,
      url: entryUrl(collection, entry.id),
      data: entry.data,
      ...(prose && entry.body !== undefined ? { body: entry.body } : {}),
    })),
  };
}

/** The JSON Schema (2020-12) of one export file: the wrapper, with the entry data described by the collection's zod schema. */
export function collectionJsonSchema(collection: CollectionKey): Record<string, unknown> {
  const data = z.toJSONSchema(COLLECTIONS[collection].schema, {
    io: 'output',
    // Only the day's transform is unrepresentable, and the override below describes it.
    unrepresentable: 'any',
    override(ctx) {
      // A day is accepted as a YAML date or a string but always comes out as "YYYY-MM-DD".
      if (ISO_DATE_SCHEMAS.has(ctx.zodSchema)) {
        Object.assign(ctx.jsonSchema, { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
      }
    },
  });
  const { $schema: dialect, ...dataSchema } = data;
  return {
    $schema: dialect,
    $id: schemaUrl(collection),
    title: `VAJS käsiraamat: ${COLLECTIONS[collection].labelPlural}`,
    type: 'object',
    required: ['$schema', 'collection', 'label', 'entries'],
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      collection: { const: collection },
      label: { type: 'string' },
      document: {
        type: 'object',
        required: ['designation', 'version'],
        additionalProperties: false,
        properties: { designation: { type: 'string' }, version: { type: 'integer' } },
      },
      entries: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'url', 'data'],
          additionalProperties: false,
          properties: {
            id: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
            url: { type: 'string' },
            data: dataSchema,
            body: { type: 'string' },
          },
        },
      },
    },
  };
}
