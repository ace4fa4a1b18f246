import { z } from 'astro/zod';
import { entryId, source, sourceNote, text } from './fields.ts';

export const UNIT_KINDS = ['osakond', 'ühisosakond', 'talitus'] as const;

export const UnitSchema = z.strictObject({
  name: text('Name of the structural unit, e.g. "Teenuste osakond".'),
  kind: z.enum(UNIT_KINDS).describe('Kind of unit: osakond, ühisosakond or talitus.'),
  organization: entryId('Id of the organisation the unit belongs to.'),
  parent: entryId('Id of the unit this one is part of, e.g. a talitus inside an osakond.').optional(),
  note: sourceNote,
  source,
});
export type Unit = z.output<typeof UnitSchema>;
