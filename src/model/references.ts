import type { CollectionKey } from './collections.ts';

/**
 * Every reference between entries, declared once. `path` names the field; `[]` marks a list
 * (e.g. "participants[].role"). The graph resolves these and the checker reports broken ones,
 * so adding a reference field to a schema means adding one line here.
 */
export interface ReferenceField {
  from: CollectionKey;
  path: string;
  to: CollectionKey;
  /** Relation name from the source entry, and the inverse name from the target (pairs read as sentences). */
  relation: string;
  inverse: string;
}

export const REFERENCE_FIELDS: readonly ReferenceField[] = [
  { from: 'organizations', path: 'parent', to: 'organizations', relation: 'partOf', inverse: 'hasPart' },
  { from: 'units', path: 'organization', to: 'organizations', relation: 'unitOf', inverse: 'hasUnit' },
  { from: 'units', path: 'parent', to: 'units', relation: 'partOf', inverse: 'hasPart' },
  { from: 'positions', path: 'organization', to: 'organizations', relation: 'postAt', inverse: 'hasPost' },
  { from: 'positions', path: 'unit', to: 'units', relation: 'postIn', inverse: 'hasPost' },
  { from: 'positions', path: 'reportsTo', to: 'positions', relation: 'reportsTo', inverse: 'manages' },
  { from: 'positions', path: 'substitutedBy[]', to: 'positions', relation: 'substitutedBy', inverse: 'substitutes' },
  { from: 'positions', path: 'substitutes[]', to: 'positions', relation: 'substitutes', inverse: 'substitutedBy' },
  { from: 'positions', path: 'roles[]', to: 'roles', relation: 'carries', inverse: 'carriedBy' },
  { from: 'roles', path: 'card.functions[]', to: 'roleFunctions', relation: 'performs', inverse: 'performedBy' },
  { from: 'roles', path: 'card.targetGroups[].role', to: 'roles', relation: 'serves', inverse: 'servedBy' },
  { from: 'processes', path: 'owner', to: 'positions', relation: 'ownedBy', inverse: 'owns' },
  { from: 'processes', path: 'supportService', to: 'supportServices', relation: 'belongsTo', inverse: 'hasProcess' },
  { from: 'processes', path: 'partOf', to: 'processes', relation: 'partOf', inverse: 'hasPart' },
  { from: 'supportServices', path: 'lead', to: 'positions', relation: 'ledBy', inverse: 'leads' },
  { from: 'policyAreas', path: 'domain', to: 'policyDomains', relation: 'inDomain', inverse: 'hasArea' },
  { from: 'policyAreas', path: 'lead', to: 'positions', relation: 'ledBy', inverse: 'leads' },
  { from: 'policyAreas', path: 'coreTeam[]', to: 'positions', relation: 'hasCoreTeamMember', inverse: 'inCoreTeamOf' },
  { from: 'policyAreas', path: 'relatedPolicies[]', to: 'policyAreas', relation: 'relatedTo', inverse: 'relatedFrom' },
  { from: 'bodies', path: 'chair', to: 'roles', relation: 'chairedBy', inverse: 'chairs' },
  { from: 'bodies', path: 'participants[].role', to: 'roles', relation: 'hasParticipant', inverse: 'participatesIn' },
  { from: 'initiatives', path: 'owner', to: 'positions', relation: 'ownedBy', inverse: 'owns' },
  { from: 'initiatives', path: 'relatedPolicyAreas[]', to: 'policyAreas', relation: 'serves', inverse: 'servedBy' },
  { from: 'handbook', path: 'document', to: 'documents', relation: 'chapterOf', inverse: 'hasChapter' },
];
