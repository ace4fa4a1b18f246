import type { PolicyArea, PolicyDomain } from '../model/policy.ts';

/** A policy area in the taxonomy's list: the link, and whether it carries the horizontal policy badge. */
export interface TaxonomyListArea {
  id: string;
  horizontal: boolean;
}

/** One policy domain of the list under the figure: its groups in order, each with its areas, then the areas outside a group. */
export interface TaxonomyListDomain {
  id: string;
  groups: { name: string; areas: TaxonomyListArea[] }[];
  ungrouped: TaxonomyListArea[];
}

export interface PolicyTaxonomyView {
  /** What the figure is drawn from (buildTaxonomy in figures/taxonomy.ts): the domains and the areas in their order. */
  figure: {
    domains: { id: string; name: string; groups: PolicyDomain['groups'] }[];
    areas: { id: string; name: string; horizontal: boolean; domain: string; group?: string | undefined }[];
  };
  /** The same taxonomy as text. */
  domains: TaxonomyListDomain[];
}

/**
 * The policy-area taxonomy (S1 figure 2) from the domains and areas in their order: the figure's
 * input and the list under it, the areas indexed once by domain and group.
 */
export function policyTaxonomyView(
  domains: readonly { id: string; data: Pick<PolicyDomain, 'name' | 'groups'> }[],
  areas: readonly { id: string; data: Pick<PolicyArea, 'name' | 'horizontal' | 'domain' | 'group'> }[],
): PolicyTaxonomyView {
  const byPlace = new Map(Array.from(Map.groupBy(areas, (entry) => entry.data.domain), ([domain, list]) => [domain, Map.groupBy(list, (entry) => entry.data.group)]));
  const listed = (domain: string, group: string | undefined): TaxonomyListArea[] =>
    (byPlace.get(domain)?.get(group) ?? []).map((entry) => ({ id: entry.id, horizontal: entry.data.horizontal }));
  return {
    figure: {
      domains: domains.map((entry) => ({ id: entry.id, name: entry.data.name, groups: entry.data.groups })),
      areas: areas.map(({ id, data }) => ({ id, name: data.name, horizontal: data.horizontal, domain: data.domain, group: data.group })),
    },
    domains: domains.map((entry) => ({
      id: entry.id,
      groups: entry.data.groups.map((group) => ({ name: group.name, areas: listed(entry.id, group.id) })),
      ungrouped: listed(entry.id, undefined),
    })),
  };
}
