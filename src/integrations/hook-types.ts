import type { AstroIntegration } from 'astro';

type Hooks = Required<AstroIntegration['hooks']>;

/** The parts of Astro's hook arguments the handbook's integration hands to its helpers. */
export interface AstroIntegrationHooks {
  addDevToolbarApp: Parameters<Hooks['astro:config:setup']>[0]['addDevToolbarApp'];
  toolbar: Parameters<Hooks['astro:server:setup']>[0]['toolbar'];
}
