import { z } from 'astro/zod';
import { entryId, source, sourceNote, text } from './fields.ts';

export const ORGANIZATION_KINDS = ['ministeerium', 'amet', 'muu'] as const;

export const OrganizationSchema = z.strictObject({
  /** Full name as the sources write it; an abbreviation only where no expansion is given. */
  name: text('Asutuse täisnimi, nt „Sotsiaalministeerium“.'),
  shortName: text('Allikates kasutatav lühend, nt „SoM“.').optional(),
  kind: z.enum(ORGANIZATION_KINDS).describe('Asutuse liik; jäta välja, kuni allikad seda ei ütle.').optional(),
  parent: entryId('Selle asutuse id, mille valitsemisalasse see asutus kuulub.').optional(),
  note: sourceNote,
  source,
});
export type Organization = z.output<typeof OrganizationSchema>;
