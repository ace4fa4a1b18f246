import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, deployedHeaders, deployedServer, relocatedServer, serverBlock } from '../../scripts/lib/deploy-config.ts';
import { addedHeaders, parseNginxConfig, printNginxConfig, unquote } from '../../scripts/lib/nginx-config.ts';

// The tests serve the site with deploy/nginx.conf's server block, its listen and root replaced:
// that needs nginx's syntax read as directives and blocks, not patterns over the file.
describe('nginx configuration syntax', () => {
  it('reads directives, blocks, quoted strings and comments', () => {
    const config = parseNginxConfig(`# a comment; with { braces }
server {
    listen 80; # trailing
    add_header X-A "one; two { }" always;
    location ~ \\.ics$ { types { } default_type 'text/calendar; charset=utf-8'; }
}
`);
    expect(config).toHaveLength(1);
    const [server] = config;
    expect(server!.block!.map((d) => d.name)).toEqual(['listen', 'add_header', 'location']);
    expect(server!.block![1]!.args).toEqual(['X-A', '"one; two { }"', 'always']);
    const location = server!.block![2]!;
    expect(location.args).toEqual(['~', '\\.ics$']);
    expect(location.block!.map((d) => d.name)).toEqual(['types', 'default_type']);
    expect(unquote(location.block![1]!.args[0]!)).toBe('text/calendar; charset=utf-8');
  });

  it('prints what it read, so a reparse gives the same directives', () => {
    const text = 'server { listen 80; location / { try_files $uri $uri/ =404; } add_header A "b c" always; }';
    const once = parseNginxConfig(text);
    const strip = (value: unknown) => JSON.parse(JSON.stringify(value, (key, v) => (key === 'line' ? undefined : v)));
    expect(strip(parseNginxConfig(printNginxConfig(once)))).toEqual(strip(once));
  });

  it('names the line of a syntax error', () => {
    expect(() => parseNginxConfig('server {\n  listen 80;\n', 'x.conf')).toThrow('x.conf:1: the block opened here is never closed');
    expect(() => parseNginxConfig('root /srv\n', 'x.conf')).toThrow('x.conf:1: directive "root" has no ending ";"');
    expect(() => parseNginxConfig('a "b;\n', 'x.conf')).toThrow('x.conf:1: unterminated double-quoted string');
    expect(() => parseNginxConfig('}\n', 'x.conf')).toThrow('x.conf:1: "}" closes no block');
  });

  it('applies add_header as nginx does: a block with its own replaces its parent\'s', () => {
    const [server] = parseNginxConfig('server { add_header A 1; add_header B 2; location /x/ { add_header C 3; } location / { } }');
    const [x, root] = server!.block!.filter((d) => d.name === 'location');
    expect([...addedHeaders(server!.block!, x!.block!)]).toEqual([['C', '3']]);
    expect([...addedHeaders(server!.block!, root!.block!)]).toEqual([['A', '1'], ['B', '2']]);
  });
});

describe('deploy/nginx.conf as the tests serve it', () => {
  it('is one server block with a listen and a root, moved to a local address and a built site', () => {
    const relocated = printNginxConfig([relocatedServer(deployedServer(), '127.0.0.1:4000', '/tmp/site')]);
    expect(relocated).toContain('    listen 127.0.0.1:4000;\n');
    expect(relocated).toContain('    root "/tmp/site";\n');
    expect(relocated).not.toMatch(/listen 80|\/srv\/vajs/);
    // Everything else as written.
    expect(relocated).toContain('try_files $uri $uri/ =404;');
    expect(relocated).toContain('error_page 404 /404.html;');
  });

  it('gives the policy and headers the tests compare with', () => {
    expect(CONTENT_SECURITY_POLICY).toMatch(/^default-src 'self'; /);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(deployedHeaders('/').get('X-Content-Type-Options')).toBe('nosniff');
    // The hashed assets inherit the server's headers: a location's own add_header would drop them.
    expect(deployedHeaders('/_astro/').get('Referrer-Policy')).toBe('same-origin');
  });

  it('refuses a file whose server block the tests could not relocate, saying why', () => {
    const check = (text: string) => () => serverBlock(parseNginxConfig(text));
    expect(check('server { root /srv; }')).toThrow('has no "listen" directive');
    expect(check('server { listen 80; }')).toThrow('exactly one "root <folder>;" directive, found 0');
    expect(check('server { listen 80; root /a; } server { listen 81; root /b; }')).toThrow('exactly one top-level "server { … }" block, found 2');
    expect(check('gzip on; server { listen 80; root /a; }')).toThrow('"gzip" outside the server block');
    expect(check('server { listen 80; root /a; location /x/ { alias /b/; } }')).toThrow('"alias" inside a location');
  });
});
