import { z } from 'astro/zod';
import { DirectiveSchema, entryId, reviewSchedule, source, sourceNote, text, textList } from './fields.ts';

export const ROLE_SCOPES = ['SoM', 'asutus', 'SKA'] as const;
export const ROLE_KINDS = ['juhtimistasand', 'koostöömudel', 'rollikaart'] as const;

const DutyGroupSchema = z.strictObject({
  heading: text('Roll („müts“), mille all ülesandeid täidetakse, nii nagu allikas kirjutab, nt „Ülesanded ja vastutus portfellijuhina“.'),
  duties: z
    .array(
      z.union([
        text('Üks ülesanne.'),
        z.strictObject({ duty: text('Ülesanne, millel on alamloend.'), items: textList('Alamloend.') }),
      ]),
    )
    .describe('Ülesanded allika järjekorras; alamloendiga ülesanne kirjuta kujul { duty, items }.'),
});

const TargetGroupSchema = z.strictObject({
  name: text('Sihtrühm nii, nagu see on rollikaardil kirjas, nt „poliitikajuhid“.'),
  role: entryId('Selle rolli id, mis see sihtrühm on, kui see on roll.').optional(),
});

export const RoleCardSchema = z
  .strictObject({
    whyNeeded: text('Miks on ametikohta vaja?'),
    functionsAsWritten: text('Milliseid rolle täidab? – funktsioonid täpselt nii, nagu kaardil loetletud.'),
    functions: z
      .array(entryId('Rollifunktsiooni id.'))
      .default([])
      .describe('Loetletud funktsioonid rollifunktsioonide id-dena (rollide seletav sõnaraamat).'),
    workGoal: text('Töö eesmärk ja seos riiklike suundadega.'),
    benefit: text('Ametikoha kasu riigi / KOV / SKA / kliendi vaates.'),
    targetGroups: z.array(TargetGroupSchema).describe('Otsesed sihtgrupid.'),
    competencies: textList('Vajalikud kompetentsid.'),
    jobFamily: text('Tööpere 2024 – tööpere ja tase.'),
    jobFamilyNote: text('Tööpere all olev selgitus, kui see on olemas.').optional(),
    approval: DirectiveSchema.describe('Käskkiri, millega rollikaardid kinnitati; teadmata osad jäta välja.'),
    ...reviewSchedule,
  })
  .describe('Rollikaardi väljad (SKA rollikaart 2024).');
export type RoleCard = z.output<typeof RoleCardSchema>;

export const RoleSchema = z.strictObject({
  name: text('Rolli nimi, nt „Poliitikajuht“.'),
  kind: z.enum(ROLE_KINDS).describe('Tabeli 1 juhtimistasand, koostöömudeli roll või SKA rollikaart.'),
  scope: z.enum(ROLE_SCOPES).describe('Kus roll kehtib: ministeeriumis, ametis või SKA-s; jäta välja, kui allikad seda ei ütle.').optional(),
  order: z.number().int().min(0).describe('Järjekorranumber sama liiki rollide loendis (nt tabeli 1 read).'),
  alsoCalled: textList('Muud nimetused, mida allikad rolli kohta kasutavad.').default([]),
  levelLabel: text('Rea nimetus tabelis 1 nii, nagu S1 kirjutab, kui see erineb rolli nimest, nt „Poliitikajuht ministeeriumis“.').optional(),
  levelDescription: textList('Kirjeldusread tabelis 1 (ministeeriumi juhtimistasandid).').default([]),
  levelNote: text('NB-märkus rolli all tabelis 1.').optional(),
  annex: text('S1 lisa, mis rolli üksikasjalikult kirjeldab, nt „LISA 1“.').optional(),
  summary: text('Rolli kirjeldava lisa avalõik.').optional(),
  dutyGroups: z.array(DutyGroupSchema).default([]).describe('Ülesanded ja vastutus, rühmitatud rollide („mütside“) kaupa.'),
  overview: text('Kirjeldus teenuspõhise juhtimise slaididelt (rollide tabel).').optional(),
  overviewNote: text('Joonealune märkus rolli all slaididel.').optional(),
  card: RoleCardSchema.optional(),
  note: sourceNote,
  source,
});
export type Role = z.output<typeof RoleSchema>;
