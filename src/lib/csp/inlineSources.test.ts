import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspHash, inlineSources } from './inlineSources.ts';

describe('inlineSources', () => {
  it('lists inline classic and module scripts, not external ones or data islands', () => {
    const html =
      '<script>a()</script><script type="module">b()</script><script type=module src="/x.js"></script>' +
      '<script type="application/json" class="d">{"s":"<\\/script>"}</script><script data-src="y">c()</script>';
    expect(inlineSources(html).scripts).toEqual(['a()', 'b()', 'c()']);
  });

  it('lists style elements byte for byte', () => {
    expect(inlineSources('<style>:root{--a:1}\n</style><p>x</p>').styles).toEqual([
      ':root{--a:1}\n',
    ]);
  });

  it('reports markup no hash can allow: handlers, style attributes, javascript: URLs', () => {
    const { blocked } = inlineSources(
      '<img src=x onerror="f()"><p style="color:red">x</p><a href="javascript:f()">y</a><a href="/ok" data-on="1">z</a>',
    );
    expect(blocked).toHaveLength(3);
    expect(blocked[0]).toMatch(/^event handler attribute onerror in <img/);
    expect(blocked[1]).toMatch(/^style attribute in <p/);
    expect(blocked[2]).toMatch(/^javascript: URL in <a/);
  });

  it('does not mistake script text, escaped text or attribute values for markup', () => {
    const html =
      '<script type="application/json">{"a":"<b onclick=x>"}</script><textarea>&lt;iframe style=&quot;border:0&quot;&gt;</textarea>' +
      '<a title="x&quot;><svg onload=&quot;f()&quot;>" aria-label=\'<script>f()</script>\'>y</a><!-- <script>g()</script> -->';
    expect(inlineSources(html)).toEqual({ scripts: [], styles: [], blocked: [] });
  });

  it('sees a javascript: URL hidden behind character references', () => {
    expect(inlineSources('<a href="java&#x09;script&colon;f()">x</a>').blocked).toHaveLength(1);
  });
});

describe('cspHash', () => {
  it('is the base64 SHA-256 source expression browsers compare against', () => {
    const expected = createHash('sha256').update('a()').digest('base64');
    expect(cspHash('a()')).toBe(`'sha256-${expected}'`);
  });
});
