import { type OrgLevel, orgTreeOf } from '../site/org-view.ts';
import { loadHandbook } from './handbook.ts';

let treeOf: Promise<(organization: string, unit?: string) => OrgLevel> | undefined;

/** The tree under an organisation or one of its units (orgTreeOf), from entries indexed once per build. */
export async function orgTree(organization: string, unit?: string): Promise<OrgLevel> {
  treeOf ??= loadHandbook().then(({ all }) => orgTreeOf({ organizations: all('organizations'), units: all('units'), positions: all('positions') }));
  return (await treeOf)(organization, unit);
}
