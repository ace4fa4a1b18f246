import { z } from 'astro/zod';
import { DirectiveSchema, reviewSchedule, source, text, textList } from './fields.ts';

const EarlierDocumentSchema = z.strictObject({
  designation: text('Designation of the earlier document, e.g. "S01" or "P16".'),
  version: z.number().int().min(1).describe('Its version number.'),
  title: text('Its title, where the sources give it.').optional(),
  author: text('Who compiled it, where the sources say.').optional(),
  note: text('How it relates to this document.'),
});

export const DocumentSchema = z.strictObject({
  designation: text('Designation (tähis), e.g. "S1".'),
  title: text('Title of the controlled document.'),
  version: z.number().int().min(1).describe('Version number (versioon nr).'),
  author: text('Who compiled this version (koostanud).'),
  approval: DirectiveSchema.describe('The directive (käskkiri) that approved this version.'),
  changeNotes: textList('Change notes (muudatused) of this version, as written.'),
  ...reviewSchedule,
  replaces: z.array(EarlierDocumentSchema).default([]).describe('Earlier documents this version replaced or merged.'),
  source,
});
export type Document = z.output<typeof DocumentSchema>;
