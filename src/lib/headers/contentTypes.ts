/**
 * Content types of every kind of file the build writes, by extension: one list for the preview
 * server and the nginx and Caddy configurations (stock nginx knows no .mjs, .geojson or .csv, and
 * MapLibre's worker module does not start as application/octet-stream). Pure.
 */

/** Content type (with charset for text) per file extension, dot included. */
export const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** True for content types that shrink under gzip; PNG and WOFF2 are compressed already. */
export function isCompressible(contentType: string): boolean {
  return /^(text\/|application\/(json|geo\+json|xml|manifest\+json)|image\/svg\+xml)/.test(
    contentType,
  );
}
