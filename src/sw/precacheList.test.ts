import { describe, expect, it } from 'vitest';
import { chunkClosure, importedChunks, pageAssets } from './precacheList.ts';

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

describe('importedChunks', () => {
  it('finds static and on-demand imports of sibling chunks', () => {
    const code =
      'import{a as b}from"./preferences.Bzxrpel8.js";import"./placeName.Do4.js";' +
      'e(`chart-exodus`,()=>t(()=>import(`./chart-exodus.Di2GxQbT.js`)));' +
      'import{x}from"d3-array";';
    expect(importedChunks(code)).toEqual([
      'preferences.Bzxrpel8.js',
      'placeName.Do4.js',
      'chart-exodus.Di2GxQbT.js',
    ]);
  });
});

describe('chunkClosure', () => {
  it('collects every chunk the entries need, once, without the map library or names with no file', () => {
    const files: Record<string, string> = {
      'a.js': 'import"./b.js";import{x}from"./c.js"',
      'b.js': 'import{y}from"./c.js"',
      'c.js':
        'export const x=1,y=2;const m=()=>import(`./maplibre-gl.BU.js`),l=()=>import(`./lazy.js`)',
      'lazy.js': 'export const z=3',
      'maplibre-gl.BU.js': 'export default {}',
    };
    expect(chunkClosure(['a.js', 'missing.js'], (n) => files[n] ?? null).sort()).toEqual([
      'a.js',
      'b.js',
      'c.js',
      'lazy.js',
    ]);
  });
});
