/**
 * Ships to the browser, in the embed pages. The messages an embed exchanges with its parent page:
 * our own height message (read by ./loader.ts), pym.js's string protocol (so pym parents size us
 * without our loader) and the loader's settings.
 * @see https://blog.apps.npr.org/pym.js/ (messages are `pym` + id + type + value joined by `xPYMx`)
 */
import { HEIGHT_TYPE, SETTINGS_TYPE, type EmbedSettings, type HeightMessage } from './loader.ts';

/** pym.js's field separator. */
const PYM = 'xPYMx';

/** Our height message for embed `id` (`chart/<id>` or `map/<id>`). */
export function heightMessage(id: string, height: number): HeightMessage {
  return { type: HEIGHT_TYPE, id, height };
}

/** A pym.js message, e.g. `pymxPYMx<childId>xPYMxheightxPYMx<px>`. */
export function pymMessage(childId: string, type: string, value: string | number): string {
  return ['pym', childId, type, String(value)].join(PYM);
}

/** The width a pym parent sent to child `childId`, or null when `data` is anything else. */
export function readPymWidth(data: unknown, childId: string): number | null {
  if (typeof data !== 'string') return null;
  const prefix = pymMessage(childId, 'width', '');
  if (!data.startsWith(prefix)) return null;
  const rest = data.slice(prefix.length);
  return /^\d{1,5}$/.test(rest) ? Number(rest) : null;
}

/** The loader's settings if `data` is a well-formed settings message, else null. */
export function readSettings(data: unknown): EmbedSettings | null {
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Record<string, unknown>;
  if (d.type !== SETTINGS_TYPE || typeof d.topNavigation !== 'boolean') return null;
  const theme = d.theme === 'light' || d.theme === 'dark' ? d.theme : null;
  const names =
    d.names === 'en' || d.names === 'hy' || d.names === 'az' || d.names === 'both' ? d.names : null;
  if (theme === null && d.theme !== null) return null;
  if (names === null && d.names !== null) return null;
  return { type: SETTINGS_TYPE, theme, names, topNavigation: d.topNavigation };
}
