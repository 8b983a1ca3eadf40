/**
 * Ships to the browser, in the embed pages. What an embed's address asks for: `?theme=`,
 * `?names=` and pym.js's `childId`, and how those combine with what the host page's loader says.
 */
import type { NameMode } from '../lib/placeName.ts';
import { nameModes } from '../lib/placeName.ts';
import type { EmbedSettings } from './loader.ts';

/** Colour theme an embed can be asked for; `auto` follows the reader's system setting. */
export type EmbedTheme = 'light' | 'dark' | 'auto';

/** The embed's address parameters; null where absent or not one of the allowed values. */
export interface EmbedParams {
  theme: EmbedTheme | null;
  names: NameMode | null;
  /** Set by pym.js parents: the id to put in pym messages. */
  childId: string | null;
}

/** Reads `?theme=light|dark|auto`, `?names=en|hy|az|both` and `?childId=` from a query string. */
export function readEmbedParams(search: string): EmbedParams {
  const q = new URLSearchParams(search);
  const theme = q.get('theme');
  const names = q.get('names');
  const childId = q.get('childId');
  return {
    theme: theme === 'light' || theme === 'dark' || theme === 'auto' ? theme : null,
    names: (nameModes as readonly string[]).includes(names ?? '') ? (names as NameMode) : null,
    childId: childId && childId.length <= 200 && !childId.includes('xPYMx') ? childId : null,
  };
}

/** What the embed shows: `light` / `dark` (null = follow the system) and the naming convention. */
export interface EffectiveSettings {
  theme: 'light' | 'dark' | null;
  names: NameMode;
  topNavigation: boolean;
}

/**
 * The address wins (the publisher wrote it into the snippet), then the host page's choice passed by
 * the loader, then the defaults: the reader's system theme, English usage, links to the top page.
 */
export function effectiveSettings(
  params: EmbedParams,
  host: EmbedSettings | null,
): EffectiveSettings {
  const theme = params.theme ?? host?.theme ?? 'auto';
  return {
    theme: theme === 'auto' ? null : theme,
    names: params.names ?? host?.names ?? 'en',
    topNavigation: host?.topNavigation ?? true,
  };
}
