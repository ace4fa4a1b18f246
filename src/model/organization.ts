import { z } from 'astro/zod';
import { entryId, source, sourceNote, text } from './fields.ts';

export const ORGANIZATION_KINDS = ['ministeerium', 'amet', 'muu'] as const;

export const OrganizationSchema = z.strictObject({
  /** Full name as the sources write it; an abbreviation only where no expansion is given. */
  name: text('Full name of the organisation, e.g. "Sotsiaalministeerium".'),
  shortName: text('Abbreviation used in the sources, e.g. "SoM".').optional(),
  kind: z.enum(ORGANIZATION_KINDS).describe('Kind of organisation; leave out while the sources do not say.').optional(),
  parent: entryId('Id of the organisation whose area of government this one belongs to.').optional(),
  note: sourceNote,
  source,
});
export type Organization = z.output<typeof OrganizationSchema>;
