/** Bytes on the wire, grouped by the kinds a budget talks about. */

export const byteKinds = [
  'document',
  'script',
  'stylesheet',
  'font',
  'image',
  'fetch',
  'other',
] as const;
export type ByteKind = (typeof byteKinds)[number];

/** One finished request: its address, the browser's resource type and the bytes received. */
export interface TransferRecord {
  url: string;
  /** Playwright's `request.resourceType()` (Chromium's resource type, lower-cased). */
  resourceType: string;
  /** Encoded (compressed) body bytes received. */
  bytes: number;
}

/** Totals per kind plus the sum of all. */
export type ByteTotals = Record<ByteKind | 'total', number>;

const BY_RESOURCE_TYPE: Record<string, ByteKind> = {
  document: 'document',
  script: 'script',
  stylesheet: 'stylesheet',
  font: 'font',
  image: 'image',
  fetch: 'fetch',
  xhr: 'fetch',
};

/**
 * The kind of a request. Chromium types a dedicated worker's script as "other", but it is code
 * the reader downloads (MapLibre's worker is a third of the map library), so it counts as script.
 */
export function byteKind(resourceType: string, url: string): ByteKind {
  const kind = BY_RESOURCE_TYPE[resourceType.toLowerCase()];
  if (kind) return kind;
  return /\.m?js(?:[?#]|$)/.test(new URL(url, 'http://x').pathname) ? 'script' : 'other';
}

/** Sums bytes per kind; data: and blob: URLs never touch the network and are left out. */
export function totalBytesByKind(records: readonly TransferRecord[]): ByteTotals {
  const totals = Object.fromEntries([...byteKinds, 'total'].map((k) => [k, 0])) as ByteTotals;
  for (const r of records) {
    if (/^(data|blob):/.test(r.url)) continue;
    totals[byteKind(r.resourceType, r.url)] += r.bytes;
    totals.total += r.bytes;
  }
  return totals;
}
