import type { CollectionKey } from './collections.ts';

/**
 * Components that MDX chapters may use without importing them: each renders a table or list of
 * S1 from the collections, so the prose never copies what the data holds.
 */
export const PROSE_COMPONENTS = [
  'ManagementLevels',
  'BodiesTable',
  'Scorecard',
  'PolicyTaxonomy',
  'CoreProcessTable',
  'SupportServiceTable',
  'RoleAnnex',
  'ChangeNotes',
] as const;

export type ProseComponentName = (typeof PROSE_COMPONENTS)[number];

/** Component props that name an entry; the checker resolves them like any other reference. */
export const PROSE_COMPONENT_REFERENCES: Partial<Record<ProseComponentName, { prop: string; to: CollectionKey }>> = {
  RoleAnnex: { prop: 'role', to: 'roles' },
};
