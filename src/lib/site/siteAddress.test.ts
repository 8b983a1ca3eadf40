import { describe, expect, it } from 'vitest';
import { LOCAL_SITE_URL, siteAddress, siteHref, sitePath } from './siteAddress.ts';

describe('siteAddress', () => {
  it('splits a newsroom address into origin and base path', () => {
    expect(siteAddress('https://news.example/graphics/karabakh/')).toEqual({
      site: 'https://news.example',
      base: '/graphics/karabakh/',
      href: 'https://news.example/graphics/karabakh/',
    });
  });

  it('keeps the folder when the address lacks its last slash', () => {
    expect(siteAddress('https://news.example/graphics/karabakh').base).toBe('/graphics/karabakh/');
  });

  it('gives the root for an address without a path', () => {
    expect(siteAddress('https://karabakh.example')).toMatchObject({ base: '/' });
  });

  it('falls back to the local preview address when SITE_URL is unset or empty', () => {
    expect(siteAddress(undefined).href).toBe(LOCAL_SITE_URL);
    expect(siteAddress('  ').href).toBe(LOCAL_SITE_URL);
    expect(new URL(LOCAL_SITE_URL).hostname).toBe('localhost');
  });

  it('refuses what cannot be a site address, naming the value', () => {
    expect(() => siteAddress('news.example/karabakh')).toThrow(/"news.example\/karabakh"/);
    expect(() => siteAddress('ftp://news.example/')).toThrow(/ftp:/);
    expect(() => siteAddress('https://news.example/k/?v=2')).toThrow(/query/);
    expect(() => siteAddress('https://me:pw@news.example/')).toThrow(/password/);
  });
});

describe('sitePath', () => {
  it('puts a route under the base path, with or without its trailing slash', () => {
    expect(sitePath('/embed/', '/graphics/karabakh/')).toBe('/graphics/karabakh/embed/');
    expect(sitePath('/#step-1', '/graphics/karabakh')).toBe('/graphics/karabakh/#step-1');
    expect(sitePath('/', '/')).toBe('/');
  });

  it('refuses a route not written from the root', () => {
    expect(() => sitePath('embed/', '/')).toThrow(/start it with \//);
  });
});

describe('siteHref', () => {
  it('keeps the base path of the site address in every absolute address', () => {
    expect(siteHref('/embed/loader.js', 'https://news.example', '/graphics/karabakh/')).toBe(
      'https://news.example/graphics/karabakh/embed/loader.js',
    );
  });
});
