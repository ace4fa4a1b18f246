import type { z } from 'astro/zod';
import { BodySchema } from './body.ts';
import { DocumentSchema } from './document.ts';
import { GlossaryTermSchema } from './glossary.ts';
import { OrganizationSchema } from './organization.ts';
import { PolicyAreaSchema, PolicyDomainSchema } from './policy.ts';
import { PositionSchema } from './position.ts';
import { ProcessSchema } from './process.ts';
import { ChapterSchema, InitiativeSchema, PageSchema } from './prose.ts';
import { RoleFunctionSchema } from './role-function.ts';
import { RoleSchema } from './role.ts';
import { ScorecardAreaSchema } from './scorecard.ts';
import { SupportServiceSchema } from './support-service.ts';
import { UnitSchema } from './unit.ts';

/** How an entry is stored: a YAML data file, or Markdown/MDX with frontmatter and a prose body. */
export type EntryFormat = 'yaml' | 'md' | 'mdx';

export interface CollectionSpec {
  /** Folder under the content root; English, like the code. */
  folder: string;
  format: EntryFormat;
  /** URL segment of the entry pages; Estonian, like the site. */
  urlSegment: string;
  /** Estonian name of one entry, as the UI shows it. */
  label: string;
  /** Estonian name of the collection, as the UI shows it. */
  labelPlural: string;
  /** The frontmatter or data field that names an entry. */
  titleField: string;
  schema: z.ZodType;
}

/** The one mapping between collection keys (code), folders (content) and Estonian words (site). */
export const COLLECTIONS = {
  organizations: { folder: 'organizations', format: 'yaml', urlSegment: 'asutused', label: 'Asutus', labelPlural: 'Asutused', titleField: 'name', schema: OrganizationSchema },
  units: { folder: 'units', format: 'yaml', urlSegment: 'struktuuriuksused', label: 'Struktuuriüksus', labelPlural: 'Struktuuriüksused', titleField: 'name', schema: UnitSchema },
  positions: { folder: 'positions', format: 'yaml', urlSegment: 'ametikohad', label: 'Ametikoht', labelPlural: 'Ametikohad', titleField: 'name', schema: PositionSchema },
  roles: { folder: 'roles', format: 'yaml', urlSegment: 'rollid', label: 'Roll', labelPlural: 'Rollid', titleField: 'name', schema: RoleSchema },
  roleFunctions: { folder: 'role-functions', format: 'yaml', urlSegment: 'rollifunktsioonid', label: 'Rollifunktsioon', labelPlural: 'Rollifunktsioonid', titleField: 'name', schema: RoleFunctionSchema },
  processes: { folder: 'processes', format: 'yaml', urlSegment: 'protsessid', label: 'Protsess', labelPlural: 'Protsessid', titleField: 'name', schema: ProcessSchema },
  supportServices: { folder: 'support-services', format: 'yaml', urlSegment: 'tugiteenused', label: 'Tugiteenus', labelPlural: 'Tugiteenused', titleField: 'name', schema: SupportServiceSchema },
  policyDomains: { folder: 'policy-domains', format: 'yaml', urlSegment: 'poliitikaalad', label: 'Poliitikaala', labelPlural: 'Poliitikaalad', titleField: 'name', schema: PolicyDomainSchema },
  policyAreas: { folder: 'policy-areas', format: 'yaml', urlSegment: 'poliitikavaldkonnad', label: 'Poliitikavaldkond', labelPlural: 'Poliitikavaldkonnad', titleField: 'name', schema: PolicyAreaSchema },
  bodies: { folder: 'bodies', format: 'yaml', urlSegment: 'juhtimisorganid', label: 'Juhtimisorgan', labelPlural: 'Juhtimisorganid ja otsustuskogud', titleField: 'name', schema: BodySchema },
  glossary: { folder: 'glossary', format: 'yaml', urlSegment: 'moisted', label: 'Mõiste', labelPlural: 'Mõisted ja lühendid', titleField: 'term', schema: GlossaryTermSchema },
  scorecard: { folder: 'scorecard', format: 'yaml', urlSegment: 'tulemuskaart', label: 'Tulemusvaldkond', labelPlural: 'Tulemuskaart', titleField: 'area', schema: ScorecardAreaSchema },
  documents: { folder: 'documents', format: 'yaml', urlSegment: 'dokumendid', label: 'Dokument', labelPlural: 'Dokumendid', titleField: 'title', schema: DocumentSchema },
  initiatives: { folder: 'initiatives', format: 'md', urlSegment: 'algatused', label: 'Algatus', labelPlural: 'Algatused', titleField: 'name', schema: InitiativeSchema },
  pages: { folder: 'pages', format: 'md', urlSegment: 'taust', label: 'Taustamaterjal', labelPlural: 'Taustamaterjalid', titleField: 'title', schema: PageSchema },
  handbook: { folder: 'handbook', format: 'mdx', urlSegment: 'kasiraamat', label: 'Peatükk', labelPlural: 'Käsiraamat', titleField: 'title', schema: ChapterSchema },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionKey = keyof typeof COLLECTIONS;

/** What an entry of the collection holds once its schema parsed it, e.g. EntryData<'processes'> is Process. */
export type EntryData<K extends CollectionKey> = z.output<(typeof COLLECTIONS)[K]['schema']>;
export const COLLECTION_KEYS = Object.keys(COLLECTIONS) as CollectionKey[];

/**
 * COLLECTIONS seen as each schema typed by what it parses to: looked up by a generic key K, a
 * schema of COLLECTIONS itself is a union of all sixteen, this one parses to EntryData<K>.
 */
const TYPED_SCHEMAS: { readonly [K in CollectionKey]: { readonly schema: z.ZodType<EntryData<K>> } } = COLLECTIONS;

/** The collection's schema, typed by what it parses to: schemaOf('processes') parses to a Process. */
export function schemaOf<K extends CollectionKey>(collection: K): z.ZodType<EntryData<K>> {
  return TYPED_SCHEMAS[collection].schema;
}

/** Parses data with the collection's schema: parseEntryData('processes', data) gives a Process or the issues. */
export function parseEntryData<K extends CollectionKey>(collection: K, data: unknown): z.ZodSafeParseResult<EntryData<K>> {
  return schemaOf(collection).safeParse(data);
}

export function isCollectionKey(value: string): value is CollectionKey {
  return Object.hasOwn(COLLECTIONS, value);
}

/** The file extension an entry of the collection must have. */
export function extensionOf(key: CollectionKey): string {
  return `.${COLLECTIONS[key].format}`;
}
