import { z } from 'astro/zod';
import { entryId, isoDate, source, sourceNote, text, textList } from './fields.ts';

/** A chapter of the S1 text (MDX); tables inside it are components that render the collections. */
export const ChapterSchema = z.strictObject({
  title: text('Peatüki pealkiri ilma numbrita, nt „Eesmärk ja üldsätted“.'),
  number: text('Peatüki number nagu S1-s, nt „1“; lisadel „LISA“, muudatustel „M“.'),
  order: z.number().int().min(0).describe('Peatüki järjekorranumber dokumendis.'),
  document: entryId('Selle juhitava dokumendi id, kuhu peatükk kuulub, nt „s1“.'),
  description: text('Üks lause otsingutulemuste ja lingieelvaadete jaoks.').optional(),
});
export type Chapter = z.output<typeof ChapterSchema>;

/** A background page outside the controlled document, e.g. the slides on service-based management. */
export const PageSchema = z.strictObject({
  title: text('Lehe pealkiri.'),
  order: z.number().int().min(0).describe('Järjekorranumber taustamaterjalide loendis.'),
  description: text('Üks lause otsingutulemuste ja lingieelvaadete jaoks.').optional(),
  source,
});
export type Page = z.output<typeof PageSchema>;

const GoalSchema = z.strictObject({
  metric: text('Mõõdik nii, nagu see on kirjas.'),
  target: text('Sihttase nii, nagu see on kirjas, nt „30%“ või „vähendada 15%“.'),
});

export const InitiativeSchema = z.strictObject({
  name: text('Algatuse nimi.'),
  subtitle: text('Alapealkiri nii, nagu see on kirjas.').optional(),
  presented: text('Millal ja kes seda esitles, nii nagu on kirjas.').optional(),
  presentedOn: isoDate('Materjali kuupäev, kui see on teada.').optional(),
  owner: entryId('Algatust juhtiva ametikoha id.').optional(),
  period: z
    .strictObject({ from: z.number().int(), to: z.number().int() })
    .describe('Aastad, mida ajajoon hõlmab.')
    .optional(),
  targetGroups: textList('Sihtrühmad (kellele?).'),
  goalsHeading: text('Eesmärkide pealkiri nii, nagu allikas kirjutab, koos täpsustusega, nt „Eesmärgid mõõdetavaks (näide)“.').optional(),
  goalStatement: text('Eesmärk, mida mõõdikud teenivad.').optional(),
  metricsHeading: text('Mõõdikute loetelu pealkiri nii, nagu allikas kirjutab, nt „Eesmärk-mõõdikud TERVIK-ule“.').optional(),
  goals: z.array(GoalSchema).describe('Eesmärkide mõõdikud koos sihttasemetega.'),
  goalsRemark: text('Lause, mis allikas mõõdikutele järgneb, nii nagu see on kirjas.').optional(),
  timeline: z
    .array(z.strictObject({ year: z.number().int(), items: textList('Mis sel aastal toimub.') }))
    .describe('Ajajoon aastate kaupa.'),
  relatedPolicyAreas: z.array(entryId('Poliitikavaldkonna id.')).default([]).describe('Poliitikavaldkonnad, mida algatus teenib.'),
  note: sourceNote,
  source,
});
export type Initiative = z.output<typeof InitiativeSchema>;
