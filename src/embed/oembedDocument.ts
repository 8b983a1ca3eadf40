/**
 * The oEmbed response for one embed, published as a static JSON file beside it.
 * @see https://oembed.com/ (section 2.3.4: response parameters; 2.3.4.4: the rich type)
 */
import type { EmbedEntry } from './embedEntries.ts';
import { embedDefaults } from './embedEntries.ts';
import { embedHref, embedSnippet, providerName } from './embedSnippet.ts';

/** A "rich" oEmbed response: the fields the spec requires plus the ones we can fill. */
export interface OEmbedRich {
  type: 'rich';
  version: '1.0';
  title: string;
  provider_name: string;
  provider_url: string;
  /** The embed code, exactly as the gallery offers it. */
  html: string;
  /** Width in px the html needs; the iframe is fluid, so this is the column it was sized for. */
  width: number;
  /** Height in px at that width (the loader then fits the content). */
  height: number;
  /** Seconds a consumer may cache this response. */
  cache_age: number;
}

/** The oEmbed document of `entry` on the site whose story is at `story` (origin and base path). */
export function oembedDocument(
  entry: Pick<EmbedEntry, 'kind' | 'title' | 'path' | 'height'>,
  story: string | URL,
): OEmbedRich {
  return {
    type: 'rich',
    version: '1.0',
    title: entry.title,
    provider_name: providerName,
    provider_url: embedHref('/', story),
    html: embedSnippet(entry, story),
    width: embedDefaults.width,
    height: Math.round(entry.height),
    cache_age: 86_400,
  };
}

/** Route (from the site's root, before the base path) of an embed's oEmbed document. */
export function oembedPath(entry: Pick<EmbedEntry, 'path'>): string {
  return `${entry.path}oembed.json`;
}
