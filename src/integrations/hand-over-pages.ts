import type { Prerenderer } from './hook-types.ts';

// Astro writes these as 404.html and 500.html, not as <route>/index.html (its build/common.js).
const STATUS_PAGES = new Set(['/404', '/500']);

/**
 * Astro's prerenderer, with every HTML page it renders handed to `take` by the URL it is served
 * at, before Astro writes it: what follows rendering (search index, links) runs beside the rest
 * of the render instead of reading the pages back after it. Only pages written as
 * <url>/index.html are handed over; Astro writes the rest (status pages, redirects) as they
 * are, and the finisher reads them from disk. The response Astro receives has the same bytes.
 */
export function handingOverPages(prerenderer: Prerenderer, take: (url: string, html: string) => void): Prerenderer {
  return {
    name: `${prerenderer.name}+vajs`,
    setup: async () => prerenderer.setup?.(),
    getStaticPaths: () => prerenderer.getStaticPaths(),
    teardown: async () => prerenderer.teardown?.(),
    // Astro asks for images only from a prerenderer that has the method.
    ...(prerenderer.collectStaticImages && { collectStaticImages: () => prerenderer.collectStaticImages!() }),
    async render(request, options) {
      const result = await prerenderer.render(request, options);
      const response = result instanceof Response ? result : result.response;
      const url = decodeURI(new URL(request.url).pathname);
      const isPage = response.status === 200 && response.body !== null && (response.headers.get('content-type') ?? '').startsWith('text/html');
      if (!isPage || !url.endsWith('/') || STATUS_PAGES.has(options.routeData.route)) return result;
      const body = await response.arrayBuffer();
      take(url, new TextDecoder().decode(body));
      const same = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
      return result instanceof Response ? same : { ...result, response: same };
    },
  };
}
