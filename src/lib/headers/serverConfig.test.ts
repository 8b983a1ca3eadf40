import { describe, expect, it } from 'vitest';
import { parseHeadersFile } from './headersFile.ts';
import { caddyConfig, nginxConfig, patternRegex } from './serverConfig.ts';

const rules = parseHeadersFile(`/k/*
  X-Content-Type-Options: nosniff
  X-Frame-Options: DENY
/k/
  X-Frame-Options: SAMEORIGIN
/k/embed/*
  Content-Security-Policy: default-src 'self'; frame-ancestors *
`);
const input = { rules, base: '/k/', root: '/srv/dist', listen: '8080' };

describe('patternRegex', () => {
  it('matches what the _headers pattern matches, and nothing else', () => {
    const re = new RegExp(patternRegex('/k/embed/*'));
    expect(re.test('/k/embed/')).toBe(true);
    expect(re.test('/k/embed/chart/x/')).toBe(true);
    expect(re.test('/k/embedded')).toBe(false);
    expect(new RegExp(patternRegex('/k/a.js')).test('/k/aXjs')).toBe(false);
  });
});

describe('nginxConfig', () => {
  const conf = nginxConfig(input);

  it('gives each header the value of the last rule matching a path, as Netlify does', () => {
    const map = /map \$uri \$karabakh_header_1 \{([^}]*)\}/.exec(conf)![1]!;
    // First match wins in a map: the later rule (/k/) comes before the earlier one (/k/*).
    expect(map.indexOf('"~^/k/$" "SAMEORIGIN"')).toBeGreaterThan(-1);
    expect(map.indexOf('"~^/k/$"')).toBeLessThan(map.indexOf('"~^/k/.*$" "DENY"'));
    expect(conf).toContain('add_header X-Frame-Options $karabakh_header_1 always;');
  });

  it('serves the folder from dist/ with the types stock nginx lacks, gzip and the 404 page', () => {
    expect(conf).toContain('location /k/ {\n        alias /srv/dist/;');
    expect(conf).toMatch(/text\/javascript js mjs;/);
    expect(conf).toMatch(/application\/geo\+json geojson;/);
    expect(conf).toMatch(/text\/csv csv;/);
    expect(conf).toContain('gzip on;');
    expect(conf).toContain('error_page 403 404 =404 /k/404.html;');
    expect(conf).toContain('location = /k/_headers {\n        return 404;');
  });
});

describe('caddyConfig', () => {
  const conf = caddyConfig({ ...input, listen: 'https://news.example' });

  it('sets the rules in file order inside a route, so a later rule wins', () => {
    const deny = conf.indexOf('X-Frame-Options "DENY"');
    const same = conf.indexOf('X-Frame-Options "SAMEORIGIN"');
    expect(deny).toBeGreaterThan(-1);
    expect(same).toBeGreaterThan(deny);
    expect(conf).toContain('@rule2 path_regexp ^/k/embed/.*$');
  });

  it('hides _headers and the world outside the folder, and answers misses with the 404 page', () => {
    expect(conf).toContain('@hidden path /k/_headers');
    expect(conf).toContain('@outside not path /k/*');
    expect(conf).toContain('rewrite * /k/404.html');
    expect(conf).toContain('uri strip_prefix /k');
    expect(conf).toContain('header @type1 Content-Type "text/javascript; charset=utf-8"');
  });

  it('refuses a header value it could not write safely', () => {
    const bad = parseHeadersFile('/k/*\n  X-Test: a"b\n');
    expect(() => caddyConfig({ ...input, rules: bad })).toThrow(/a"b/);
  });
});
