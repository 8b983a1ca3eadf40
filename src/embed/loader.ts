/**
 * Ships to publishers' pages, as /embed/loader.js: src/pages/embed/loader.js.ts compiles this file
 * alone to dependency-free ES2019 and appends `startLoader(window)`. So it imports nothing and
 * runs nothing at import time; the functions are exported for the unit tests.
 *
 * It sizes every `<iframe data-karabakh-embed>` on the page to the height its embed reports, and
 * tells each embed the host's theme and naming choice. A message counts only when it comes from
 * one of those iframes' windows, from the origin of that iframe's `src`, for the embed that `src`
 * names, in the expected shape; heights are clamped.
 */

/** Heights, px, an iframe may be given. */
export const heightLimits = { min: 100, max: 6000 } as const;

/** Message type embeds post to their parent (src/embed/childMessages.ts builds it). */
export const HEIGHT_TYPE = 'karabakh:embed-height';
/** Message type the loader posts into an embed. */
export const SETTINGS_TYPE = 'karabakh:embed-settings';

/** `{ type, id, height }` from an embed. */
export interface HeightMessage {
  type: typeof HEIGHT_TYPE;
  /** `chart/<id>` or `map/<id>`. */
  id: string;
  height: number;
}

/** What the host page chose for an embed; null leaves the embed's own default. */
export interface EmbedSettings {
  type: typeof SETTINGS_TYPE;
  theme: 'light' | 'dark' | null;
  names: 'en' | 'hy' | 'az' | 'both' | null;
  /** False when a sandbox keeps the embed from navigating the top page (links then open a tab). */
  topNavigation: boolean;
}

const KEY = /^(chart|map)\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NAMES = ['en', 'hy', 'az', 'both'];

/** A height the page can take: whole pixels within {@link heightLimits}. */
export function clampHeight(px: number): number {
  return Math.min(heightLimits.max, Math.max(heightLimits.min, Math.ceil(px)));
}

/** The message if `data` is a well-formed height message, else null. */
export function readHeightMessage(data: unknown): HeightMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Record<string, unknown>;
  if (d.type !== HEIGHT_TYPE || typeof d.id !== 'string' || d.id.length > 100) return null;
  if (!KEY.test(d.id) || typeof d.height !== 'number' || !isFinite(d.height)) return null;
  return { type: HEIGHT_TYPE, id: d.id, height: d.height };
}

/** `chart/<id>` or `map/<id>` from an embed address (any origin or base path), else null. */
export function embedKeyFromSrc(src: string): string | null {
  const m = /\/embed\/(chart|map)\/([a-z0-9-]+)\/?(?:index\.html)?(?:[?#]|$)/.exec(src);
  return m ? `${m[1]}/${m[2]}` : null;
}

/** The part of an iframe {@link acceptHeight} reads. */
export interface FrameLike {
  src: string;
  contentWindow: unknown;
}

/** The part of a MessageEvent {@link acceptHeight} reads. */
export interface MessageLike {
  origin: string;
  source: unknown;
  data: unknown;
}

/**
 * The frame a message sizes and the height to give it, or null when the message must be ignored:
 * it is malformed, comes from no marked frame's window, from another origin than the frame's `src`
 * (say the frame was navigated elsewhere), or names another embed than the frame shows.
 */
export function acceptHeight<F extends FrameLike>(
  event: MessageLike,
  frames: readonly F[],
  base: string,
): { frame: F; height: number } | null {
  const message = readHeightMessage(event.data);
  if (!message || !event.source) return null;
  for (const frame of frames) {
    if (frame.contentWindow !== event.source) continue;
    let url: URL;
    try {
      url = new URL(frame.src, base);
    } catch {
      return null;
    }
    if (url.origin !== event.origin || embedKeyFromSrc(url.href) !== message.id) return null;
    return { frame, height: clampHeight(message.height) };
  }
  return null;
}

function pick<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return value !== null && (allowed as readonly string[]).indexOf(value) >= 0 ? (value as T) : null;
}

/**
 * The host's choices for one frame: `data-theme` / `data-names` on the iframe win over the same
 * attributes on the host's `<html>`; anything else (or nothing) means the embed's own default.
 */
export function hostSettings(
  frame: { getAttribute(name: string): string | null },
  root: { getAttribute(name: string): string | null },
): EmbedSettings {
  const read = <T extends string>(name: string, allowed: readonly T[]) =>
    pick(frame.getAttribute(name), allowed) ?? pick(root.getAttribute(name), allowed);
  const sandbox = frame.getAttribute('sandbox');
  return {
    type: SETTINGS_TYPE,
    theme: read('data-theme', ['light', 'dark'] as const),
    names: read('data-names', NAMES as readonly ('en' | 'hy' | 'az' | 'both')[]),
    topNavigation: sandbox === null || /(^|\s)allow-top-navigation/.test(sandbox),
  };
}

/** Starts listening on `win` (once per page, however many snippets include the script). */
export function startLoader(win: Window): void {
  const flagged = win as unknown as { karabakhEmbedLoader?: boolean };
  if (flagged.karabakhEmbedLoader) return;
  flagged.karabakhEmbedLoader = true;
  const doc = win.document;
  // Settings last sent to each frame; only frames that have spoken get any (before that the frame
  // may still hold another document, and postMessage to it would fail).
  const sent = new WeakMap<HTMLIFrameElement, string>();
  const frames = () =>
    Array.prototype.slice.call(
      doc.querySelectorAll('iframe[data-karabakh-embed]'),
    ) as HTMLIFrameElement[];
  const send = (frame: HTMLIFrameElement) => {
    const settings = hostSettings(frame, doc.documentElement);
    const json = JSON.stringify(settings);
    if (sent.get(frame) === json || !frame.contentWindow) return;
    sent.set(frame, json);
    frame.contentWindow.postMessage(settings, new URL(frame.src, doc.baseURI).origin);
  };
  win.addEventListener('message', (event) => {
    const hit = acceptHeight(event, frames(), doc.baseURI);
    if (!hit) return;
    hit.frame.style.height = `${hit.height}px`;
    send(hit.frame);
  });
  // A host that switches theme (or naming) later passes the change on.
  new MutationObserver(() => {
    for (const frame of frames()) if (sent.has(frame)) send(frame);
  }).observe(doc.documentElement, {
    attributes: true,
    subtree: true,
    attributeFilter: ['data-theme', 'data-names', 'sandbox'],
  });
}
