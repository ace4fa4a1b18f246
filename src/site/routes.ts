import type { CollectionKey } from '../model/collections.ts';

/** Collections whose entry pages have their own template under src/pages/<segment>/[id].astro. */
export const OWN_ENTRY_PAGES: readonly CollectionKey[] = ['processes', 'roles', 'positions', 'bodies', 'policyAreas', 'initiatives', 'handbook', 'scorecard', 'organizations', 'units'];

/** Collections whose index page has its own template under src/pages/<segment>/index.astro. */
export const OWN_INDEX_PAGES: readonly CollectionKey[] = ['processes', 'roles', 'bodies', 'policyAreas', 'organizations', 'glossary', 'handbook', 'scorecard'];
