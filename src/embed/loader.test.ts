import { describe, expect, it } from 'vitest';
import {
  acceptHeight,
  clampHeight,
  embedKeyFromSrc,
  heightLimits,
  hostSettings,
  readHeightMessage,
} from './loader.ts';
import { readSettings } from './childMessages.ts';

const SITE = 'https://karabakh.example';
const attrs = (values: Record<string, string>) => ({
  getAttribute: (name: string) => values[name] ?? null,
});

describe('clampHeight', () => {
  it('rounds up to whole pixels', () => {
    expect(clampHeight(640.2)).toBe(641);
  });

  it('keeps heights within the limits', () => {
    expect(clampHeight(3)).toBe(heightLimits.min);
    expect(clampHeight(-50)).toBe(heightLimits.min);
    expect(clampHeight(1e9)).toBe(heightLimits.max);
    expect(clampHeight(Infinity)).toBe(heightLimits.max);
  });
});

describe('readHeightMessage', () => {
  it('accepts { type, id, height } for a chart or a map', () => {
    expect(
      readHeightMessage({ type: 'karabakh:embed-height', id: 'map/the-new-line', height: 812 }),
    ).toEqual({ type: 'karabakh:embed-height', id: 'map/the-new-line', height: 812 });
  });

  it.each([
    ['a string', 'karabakh:embed-height'],
    ['null', null],
    ['another type', { type: 'resize', id: 'chart/exodus', height: 10 }],
    ['a height as text', { type: 'karabakh:embed-height', id: 'chart/exodus', height: '900' }],
    [
      'a height that is not a number',
      { type: 'karabakh:embed-height', id: 'chart/exodus', height: NaN },
    ],
    ['an id of another kind', { type: 'karabakh:embed-height', id: 'page/exodus', height: 10 }],
    ['an id with markup', { type: 'karabakh:embed-height', id: 'chart/<b>', height: 10 }],
    ['a pym message', 'pymxPYMxfooxPYMxheightxPYMx300'],
  ])('rejects %s', (_name, data) => {
    expect(readHeightMessage(data)).toBeNull();
  });
});

describe('embedKeyFromSrc', () => {
  it('reads the embed from its address, with or without a base path or query', () => {
    expect(embedKeyFromSrc(`${SITE}/embed/chart/exodus/`)).toBe('chart/exodus');
    expect(embedKeyFromSrc(`${SITE}/base/embed/map/the-new-line/?theme=dark`)).toBe(
      'map/the-new-line',
    );
    expect(embedKeyFromSrc(`${SITE}/embed/map/x/index.html#a`)).toBe('map/x');
  });

  it('is null for anything else', () => {
    expect(embedKeyFromSrc(`${SITE}/charts/`)).toBeNull();
    expect(embedKeyFromSrc(`${SITE}/embed/chart/exodus/oembed.json`)).toBeNull();
  });
});

describe('acceptHeight', () => {
  const windowA = { name: 'a' };
  const windowB = { name: 'b' };
  const frames = [
    { src: `${SITE}/embed/chart/exodus/`, contentWindow: windowA },
    { src: `${SITE}/embed/map/the-new-line/`, contentWindow: windowB },
  ];
  const message = (id: string, height: number) => ({ type: 'karabakh:embed-height', id, height });

  it('sizes the frame whose window sent the message, clamped', () => {
    const hit = acceptHeight(
      { origin: SITE, source: windowB, data: message('map/the-new-line', 99999) },
      frames,
      'https://host.example/article',
    );
    expect(hit).toEqual({ frame: frames[1], height: heightLimits.max });
  });

  it('ignores a message from another origin, even from the frame’s window', () => {
    const forged = {
      origin: 'https://evil.example',
      source: windowA,
      data: message('chart/exodus', 300),
    };
    expect(acceptHeight(forged, frames, 'https://host.example/')).toBeNull();
  });

  it('ignores a message from a window that is not a marked frame', () => {
    const stranger = { origin: SITE, source: { name: 'c' }, data: message('chart/exodus', 300) };
    expect(acceptHeight(stranger, frames, 'https://host.example/')).toBeNull();
    expect(acceptHeight({ ...stranger, source: null }, frames, 'https://host.example/')).toBeNull();
  });

  it('ignores a message naming another embed than the frame shows', () => {
    const mixed = { origin: SITE, source: windowA, data: message('map/the-new-line', 300) };
    expect(acceptHeight(mixed, frames, 'https://host.example/')).toBeNull();
  });

  it('resolves relative frame addresses against the host page', () => {
    const local = [{ src: '/embed/chart/exodus/', contentWindow: windowA }];
    const hit = acceptHeight(
      { origin: 'https://host.example', source: windowA, data: message('chart/exodus', 500) },
      local,
      'https://host.example/story/',
    );
    expect(hit?.height).toBe(500);
  });
});

describe('hostSettings', () => {
  it('takes the iframe’s data-theme and data-names over the host page’s', () => {
    const s = hostSettings(
      attrs({ 'data-theme': 'dark', 'data-names': 'both' }),
      attrs({ 'data-theme': 'light' }),
    );
    expect(s).toMatchObject({ theme: 'dark', names: 'both', topNavigation: true });
  });

  it('falls back to the host page, then to no choice, ignoring unknown values', () => {
    expect(
      hostSettings(attrs({ 'data-theme': 'sepia' }), attrs({ 'data-theme': 'dark' })).theme,
    ).toBe('dark');
    expect(hostSettings(attrs({}), attrs({ 'data-names': 'fr' }))).toMatchObject({
      theme: null,
      names: null,
    });
  });

  it('notices a sandbox that forbids navigating the top page', () => {
    expect(
      hostSettings(attrs({ sandbox: 'allow-scripts allow-same-origin allow-popups' }), attrs({}))
        .topNavigation,
    ).toBe(false);
    expect(
      hostSettings(
        attrs({ sandbox: 'allow-scripts allow-top-navigation-by-user-activation' }),
        attrs({}),
      ).topNavigation,
    ).toBe(true);
  });

  it('builds messages the embed accepts', () => {
    const s = hostSettings(attrs({ 'data-theme': 'dark', 'data-names': 'hy' }), attrs({}));
    expect(readSettings(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });
});
