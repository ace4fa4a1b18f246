import { describe, expect, it } from 'vitest';
import { handingOverPages } from '../../src/integrations/hand-over-pages.ts';
import type { Prerenderer } from '../../src/integrations/hook-types.ts';

type Route = Parameters<Prerenderer['render']>[1]['routeData'];
const route = (path: string) => ({ route: path }) as Route;

/** Stands in for Astro's prerenderer: answers each URL with the response given for it. */
function prerendererOf(responses: Record<string, () => Response>, calls: string[] = []): Prerenderer {
  return {
    name: 'astro:default',
    setup: async () => void calls.push('setup'),
    getStaticPaths: async () => [],
    teardown: async () => void calls.push('teardown'),
    render: async (request) => responses[new URL(request.url).pathname]!(),
  };
}

const html = (body: string, status = 200) => new Response(body, { status, headers: { 'content-type': 'text/html' } });

describe('handingOverPages', () => {
  it('hands over each HTML page by its decoded URL and gives Astro the same response', async () => {
    const taken: [string, string][] = [];
    const wrapped = handingOverPages(prerendererOf({ '/m%C3%B5isted/': () => html('<h1>Mõisted</h1>') }), (url, page) => taken.push([url, page]));
    const result = await wrapped.render(new Request('http://localhost/m%C3%B5isted/'), { routeData: route('/mõisted') });
    const response = result instanceof Response ? result : result.response;
    expect(taken).toEqual([['/mõisted/', '<h1>Mõisted</h1>']]);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(await response.text()).toBe('<h1>Mõisted</h1>');
  });

  it('keeps the metadata of a result that carries it', async () => {
    const metadata = { contentEntryKeys: ['processes:p15'] };
    const base = prerendererOf({});
    base.render = async () => ({ response: html('<p>P15</p>'), metadata }) as Awaited<ReturnType<Prerenderer['render']>>;
    const taken: string[] = [];
    const result = await handingOverPages(base, (url) => taken.push(url)).render(new Request('http://localhost/protsessid/p15/'), { routeData: route('/protsessid/[id]') });
    expect(taken).toEqual(['/protsessid/p15/']);
    expect(result).toMatchObject({ metadata });
    expect(await (result as { response: Response }).response.text()).toBe('<p>P15</p>');
  });

  it('leaves status pages, redirects and other files to be read from disk', async () => {
    const taken: string[] = [];
    const wrapped = handingOverPages(
      prerendererOf({
        '/404/': () => html('<h1>Lehte ei leitud</h1>'),
        '/vana/': () => new Response(null, { status: 301, headers: { location: '/uus/' } }),
        '/kalender.ics': () => new Response('BEGIN:VCALENDAR', { headers: { 'content-type': 'text/calendar' } }),
      }),
      (url) => taken.push(url),
    );
    const answered = [
      await wrapped.render(new Request('http://localhost/404/'), { routeData: route('/404') }),
      await wrapped.render(new Request('http://localhost/vana/'), { routeData: route('/vana') }),
      await wrapped.render(new Request('http://localhost/kalender.ics'), { routeData: route('/kalender.ics') }),
    ] as Response[];
    expect(taken).toEqual([]);
    expect(answered.map((response) => response.status)).toEqual([200, 301, 200]);
    expect(await answered[0]!.text()).toBe('<h1>Lehte ei leitud</h1>');
  });

  it('runs the setup and teardown of the prerenderer it wraps', async () => {
    const calls: string[] = [];
    const wrapped = handingOverPages(prerendererOf({}, calls), () => undefined);
    await wrapped.setup?.();
    await wrapped.teardown?.();
    expect(calls).toEqual(['setup', 'teardown']);
    expect(wrapped.collectStaticImages).toBeUndefined();
  });
});
