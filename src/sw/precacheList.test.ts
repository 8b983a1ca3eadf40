import { describe, expect, it } from 'vitest';
import { chunkClosure, pageAssets, staticImports } from './precacheList.ts';

describe('pageAssets', () => {
  const html = (base: string) =>
    `<style>@font-face{src:url(${base}fonts/serif.929f879d66.woff2)}</style>` +
    `<script type="module" src="${base}_astro/Story.ClV6GE3a.js"></script>` +
    `<link rel="stylesheet" href="${base}_astro/index.Bq1.css"><a href="${base}charts/">Charts</a>` +
    `<img src="https://elsewhere.example/_astro/x.js">`;
  it('lists the hashed files a page names under the base', () => {
    for (const base of ['/', '/graphics/karabakh/'])
      expect(pageAssets(html(base), base)).toEqual([
        'fonts/serif.929f879d66.woff2',
        '_astro/Story.ClV6GE3a.js',
        '_astro/index.Bq1.css',
      ]);
  });
});

describe('staticImports', () => {
  it('follows static imports and leaves dynamic ones for later', () => {
    const code =
      'import{a as b}from"./preferences.Bzxrpel8.js";import"./placeName.Do4.js";' +
      'const m=()=>import("./maplibre-gl.X1.js");';
    expect(staticImports(code)).toEqual(['preferences.Bzxrpel8.js', 'placeName.Do4.js']);
  });
});

describe('chunkClosure', () => {
  it('collects every chunk the entries need, once, skipping names with no file', () => {
    const files: Record<string, string> = {
      'a.js': 'import"./b.js";import{x}from"./c.js"',
      'b.js': 'import{y}from"./c.js"',
      'c.js': 'export const x=1,y=2;import("./lazy.js")',
    };
    expect(chunkClosure(['a.js', 'missing.js'], (n) => files[n] ?? null).sort()).toEqual([
      'a.js',
      'b.js',
      'c.js',
    ]);
  });
});
