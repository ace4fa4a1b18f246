import type { AstroIntegration } from 'astro';

type Hooks = Required<AstroIntegration['hooks']>;

/** The parts of Astro's hook arguments the handbook's integration hands to its helpers. */
export interface AstroIntegrationHooks {
  addDevToolbarApp: Parameters<Hooks['astro:config:setup']>[0]['addDevToolbarApp'];
  toolbar: Parameters<Hooks['astro:server:setup']>[0]['toolbar'];
}

type SetPrerenderer = Parameters<Hooks['astro:build:start']>[0]['setPrerenderer'];
/** What renders each page of a static build: Astro's own, or one that wraps it. */
export type Prerenderer = Exclude<Parameters<SetPrerenderer>[0], (...args: never[]) => unknown>;
