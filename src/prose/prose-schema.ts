import { defaultSchema, type Schema } from 'hast-util-sanitize';

/** Tags of GitHub's schema that prose has no use for and that only widen what an author can inject. */
const DROPPED_TAGS = new Set(['picture', 'source', 'rp', 'rt', 'ruby', 'strike']);
/** Form and frame attributes of GitHub's catch-all list: prose has no forms. */
const DROPPED_ATTRIBUTES = new Set(['accept', 'acceptCharset', 'action', 'encType', 'method', 'prompt', 'accessKey']);

/**
 * What raw HTML in prose may keep — GitHub's sanitizer schema, narrowed. The checker judges
 * content by it and the build renders through it, so the two cannot disagree. Additions: <abbr>
 * (the glossary plugin explains abbreviations with it) and data-entry on links (ref: links mark
 * the collection they point into).
 */
export const PROSE_SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []).filter((tag) => !DROPPED_TAGS.has(tag)), 'abbr'],
  attributes: {
    ...defaultSchema.attributes,
    a: [...(defaultSchema.attributes?.a ?? []), 'dataEntry'],
    abbr: ['title'],
    '*': (defaultSchema.attributes?.['*'] ?? []).filter((name) => typeof name !== 'string' || !DROPPED_ATTRIBUTES.has(name)),
  },
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto'],
  },
};

/** The URL schemes prose may link to, as authors read them. */
export const ALLOWED_LINK_SCHEMES = 'http-, https- ja mailto-aadressid';
