/** Size of every share card, px: the 1.91:1 image Open Graph and Twitter's large card expect. */
export const shareImageSize = { width: 1200, height: 630 } as const;

/** What a share card shows: a chapter (with its first map) or a chart (its words only). */
export type ShareKind = 'chapter' | 'chart';

/** Site-relative address of a share card, as built by src/pages/share/[kind]/[id].png.ts. */
export function sharePath(kind: ShareKind, id: string): string {
  return `/share/${kind}/${id}.png`;
}
