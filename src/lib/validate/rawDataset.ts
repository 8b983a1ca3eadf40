/**
 * The data files as read from disk, before any schema has looked at them: what `readDataFiles`
 * returns and `validateDataset` and its checks take. Defined apart from both so the checks can
 * name it without importing the validator that imports them.
 */

/** A data file as read from disk: its parsed JSON, or why it could not be parsed. */
export interface RawFile {
  /** Path relative to the repository root, e.g. "data/places.json". */
  file: string;
  json?: unknown;
  /** Set when the file is missing or is not valid JSON. */
  error?: string;
  /** The file's text as read from disk, for line numbers (absent in test fixtures). */
  text?: string;
}

/** Every data file of the site, grouped by what it holds. */
export interface RawDataset {
  places: RawFile;
  sources: RawFile;
  actors: RawFile;
  figures: RawFile;
  /** Sourced control points (data/control.json); optional so older fixtures still validate. */
  control?: RawFile;
  chapters: RawFile;
  /** Titles and takeaways of the charts. */
  charts: RawFile;
  /** All files of data/events/. */
  events: RawFile[];
  /** All files of data/geometry/ ending in .geojson. */
  geometry: RawFile[];
  /** What `npm run geo` last read from data/ (data/geometry/inputs.json); absent in small fixtures. */
  geometryInputs?: RawFile;
  /** data/site.json: settings of the whole site, such as the "last updated" day. */
  site: RawFile;
  /** Story steps: Markdown files of data/story/steps/, sorted by name (chapters.json orders them). */
  steps: { file: string; text: string }[];
}
